/**
 * The SPC view of one measure, beside its status and direction of travel: its history (for now the row's
 * own period columns of the current period's kind, up to the current period; the frozen history of past
 * publishes joins as points of source "history") through the XmR engine.
 */
import type { Period } from "../layout/scorecard";
import type { BandsReading, Polarity, TargetReading, Unit, ValueReading } from "../judging/types";
import { formatNumber } from "../judging/format";
import { targetFigure } from "../judging/spc/target";
import { assessSpc, type SpcOptions, type SpcPoint, type SpcResult } from "../judging/spc";

export type MeasureSpc = SpcResult & {
  /** Periods in the history with no figure (left out, and named in the reason). */
  gaps: number;
};

/** The row's figures, oldest first: periods of the current one's kind, up to and including it. */
export function historyOf(
  periods: readonly Period[],
  current: Period | undefined,
  readingOf: (period: Period) => ValueReading | undefined,
): { points: SpcPoint[]; gaps: number; unit: Unit | null; decimals: number } {
  const points: SpcPoint[] = [];
  let gaps = 0;
  let unit: Unit | null = null;
  let decimals = 0;
  if (current === undefined) return { points, gaps, unit, decimals };
  const same = periods
    .filter((p) => p.kind === current.kind && p.order <= current.order)
    .sort((a, b) => a.order - b.order);
  for (const p of same) {
    const r = readingOf(p);
    if (r?.kind === "number") {
      points.push({ label: p.label, value: r.value, source: "sheet" });
      unit ??= r.unit;
      decimals = Math.max(decimals, r.decimals);
    } else if (points.length > 0) gaps++;
  }
  return { points, gaps, unit, decimals };
}

export function measureSpc(
  history: ReturnType<typeof historyOf>,
  polarity: Polarity,
  target: TargetReading | BandsReading,
  options?: SpcOptions,
): MeasureSpc {
  const { points, gaps, unit, decimals } = history;
  // Figures as the sheet shows them (160, 8.7%); a mean or limit one decimal finer (122.1, 8.65%).
  const format =
    unit === null
      ? undefined
      : (n: number) => {
          const shown = unit === "percent" ? n * 100 : n;
          const exact = Math.abs(shown - Number(shown.toFixed(decimals))) < 1e-9;
          return formatNumber(n, unit, exact ? decimals : Math.min(decimals + 1, 4));
        };
  const result = assessSpc({
    points,
    polarity,
    target: targetFigure(target),
    ...(options ? { options } : {}),
    ...(format ? { format } : {}),
  });
  if (gaps === 0) return { ...result, gaps };
  const note = ` (${gaps} period${gaps === 1 ? "" : "s"} without a figure left out)`;
  return { ...result, gaps, variationReason: result.variationReason + note };
}
