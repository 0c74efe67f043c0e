/** A message the pane shows in its message bar, announced to screen readers. */
import { errorWords } from "./errors";

export type Intent = "success" | "warning" | "error" | "info";

export interface PaneMessage {
  intent: Intent;
  title: string;
  text: string;
}

/** A failed workbook operation: what was being done, and why it failed in plain words. */
export function failure(what: string, err: unknown): PaneMessage {
  return { intent: "error", title: what, text: errorWords(err) };
}
