/** Run the `scorecard` command in-process, capturing what it prints. */
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    now: () => new Date("2026-11-24T09:00:00Z"),
  });
  return { code, stdout, stderr };
}
