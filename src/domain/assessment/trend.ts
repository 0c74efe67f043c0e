/**
 * A measure's trend: its figures in the periods of the current one's kind, up to and including it, oldest
 * first, with a gap (null) where a period's cell holds no readable figure. The sparklines draw it.
 */
import type { Period } from "../layout/scorecard";
import type { ValueReading } from "../judging/types";

export interface TrendPoint {
  label: string;
  /** The period's column on the scorecard sheet (1-based). */
  column: number;
  value: number | null;
}

export function trendOf(
  periods: readonly Period[],
  current: Period | undefined,
  readingOf: (period: Period) => ValueReading | undefined,
): TrendPoint[] {
  if (current === undefined) return [];
  return periods
    .filter((p) => p.kind === current.kind && p.order <= current.order)
    .sort((a, b) => a.order - b.order)
    .map((p) => {
      const r = readingOf(p);
      return { label: p.label, column: p.column, value: r?.kind === "number" ? r.value : null };
    });
}
