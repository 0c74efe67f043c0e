/**
 * A progress bar on stderr for long work, redrawn in place; only on a terminal, so that logs and pipes
 * get no control characters. The work is a few steps (read, judge, write), each named as it starts.
 */
export interface Progress {
  step: (name: string) => void;
  done: () => void;
}

const WIDTH = 20;

export function progressBar(write: (text: string) => void, steps: number, enabled: boolean): Progress {
  if (!enabled) return { step: () => undefined, done: () => undefined };
  let started = 0;
  let last = 0;
  const draw = (name: string) => {
    const filled = Math.round((WIDTH * (started - 1)) / steps);
    const line = `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${name}`;
    write(`\r${line.padEnd(last)}`);
    last = line.length;
  };
  return {
    step: (name) => {
      started = Math.min(started + 1, steps);
      draw(name);
    },
    done: () => {
      if (last > 0) write(`\r${" ".repeat(last)}\r`);
      last = 0;
    },
  };
}
