/**
 * One workbook operation at a time: which one is under way, its progress, and the message it leaves.
 * A second click while one runs is ignored rather than queued.
 */
import { useCallback, useRef, useState } from "react";
import type { PaneMessage } from "./message";

export type Busy = "find" | "apply" | "report" | "restore" | "convert" | null;

export interface Operation {
  busy: Busy;
  progress: { done: number; total: number } | null;
  message: PaneMessage | null;
  /** Run one operation; ignored while another runs. Busy and progress clear when it ends. */
  run: (kind: Exclude<Busy, null>, work: () => Promise<void>) => Promise<void>;
  say: (message: PaneMessage | null) => void;
  setProgress: (progress: { done: number; total: number } | null) => void;
}

export function useOperation(): Operation {
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, say] = useState<PaneMessage | null>(null);
  const running = useRef(false);

  const run = useCallback(async (kind: Exclude<Busy, null>, work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(kind);
    try {
      await work();
    } finally {
      running.current = false;
      setBusy(null);
      setProgress(null);
    }
  }, []);

  return { busy, progress, message, run, say, setProgress };
}
