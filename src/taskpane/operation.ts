/**
 * One workbook operation at a time: which one is under way, its progress, and the message it leaves.
 * A second click while one runs is ignored rather than queued.
 */
import { useCallback, useRef, useState } from "react";
import type { PaneMessage } from "./message";

export type Busy = "find" | "override" | "apply" | "report" | "restore" | "convert" | null;

export interface Operation {
  busy: Busy;
  progress: { done: number; total: number } | null;
  message: PaneMessage | null;
  /** The operation that left the message, so the pane shows it beside the button that caused it. */
  messageFrom: Exclude<Busy, null> | null;
  /** Run one operation; ignored while another runs. Busy and progress clear when it ends. */
  run: (kind: Exclude<Busy, null>, work: () => Promise<void>) => Promise<void>;
  say: (message: PaneMessage | null) => void;
  setProgress: (progress: { done: number; total: number } | null) => void;
}

export function useOperation(): Operation {
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [said, setSaid] = useState<{ message: PaneMessage; from: Exclude<Busy, null> | null } | null>(null);
  const running = useRef(false);
  const kind = useRef<Exclude<Busy, null> | null>(null);
  const say = useCallback(
    (message: PaneMessage | null) => setSaid(message === null ? null : { message, from: kind.current }),
    [],
  );

  const run = useCallback(async (which: Exclude<Busy, null>, work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    kind.current = which;
    setBusy(which);
    try {
      await work();
    } finally {
      running.current = false;
      kind.current = null;
      setBusy(null);
      setProgress(null);
    }
  }, []);

  return { busy, progress, message: said?.message ?? null, messageFrom: said?.from ?? null, run, say, setProgress };
}
