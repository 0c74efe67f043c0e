/** The pane's words for statuses, directions, column roles, counts and times, in the council key's language. */
import type { ColumnRole } from "../domain/layout/scorecard";
import type { Direction, Status } from "../domain/judging/types";
import type { DotStyle } from "../domain/plan/writeback";
import { STATUS_LEGEND_WORDS } from "../domain/reports/charts";

/** The charts' legend words, so the pane and the Summary's charts name a status alike. */
export const STATUS_SHORT: Record<Status, string> = STATUS_LEGEND_WORDS;

export const DOT_SHORT: Record<Direction, string> = {
  improved: "Improved",
  stable: "Stable",
  worse: "Worse",
  "not-applicable": "No direction",
};

export const ROLE_WORDS: Record<ColumnRole, string> = {
  ref: "Ref No.",
  measure: "Measure",
  "lead-officer": "Lead officer",
  polarity: "Good performance",
  frequency: "Frequency",
  target: "Target",
  red: "Red band",
  amber: "Amber band",
  green: "Green band (target)",
  status: "Overall status",
  dot: "DOT",
  notes: "Data notes",
  benchmark: "Benchmark",
  period: "Period",
  other: "Not used",
};

// Short enough not to be cut in a 320-pixel pane's dropdown.
export const DOT_STYLE_WORDS: Record<DotStyle, string> = {
  arrow: "Arrows: ↑ better, ↓ worse",
  value: "Arrows follow the number",
  word: "Words: Improved, Worse",
};

/** "1 status", "31 statuses": a count with its noun, as the pane writes numbers. */
export const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** A restore point's time as an officer reads it: "24 Nov 2026, 19:40", local time. */
export function savedAtWords(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}
