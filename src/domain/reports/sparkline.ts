/**
 * Sparklines of a measure's trend: as text (▁▂▃▄▅▆▇█, which survives a paste into Word) and as the place of
 * its period cells on the scorecard sheet, for an Excel sparkline.
 */
import type { TrendPoint } from "../assessment/types";
import type { SparklinePlan } from "../plan/workbook-plan";

export const SPARK_BARS = "▁▂▃▄▅▆▇█";
/** A period with no readable figure. */
export const SPARK_GAP = " ";

/**
 * The figures oldest to newest as bars scaled from the lowest (▁) to the highest (█); a gap for a figure that
 * could not be read. Periods before the first figure are left out (the measure had not started); all figures
 * equal draw a flat middle line; no figure at all gives "".
 */
export function textSparkline(values: readonly (number | null)[]): string {
  const first = values.findIndex((v) => v !== null && Number.isFinite(v));
  if (first < 0) return "";
  const shown = values.slice(first).map((v) => (v !== null && Number.isFinite(v) ? v : null));
  const figures = shown.filter((v): v is number => v !== null);
  const low = Math.min(...figures);
  const high = Math.max(...figures);
  const top = SPARK_BARS.length - 1;
  return shown
    .map((v) => {
      if (v === null) return SPARK_GAP;
      const level = high === low ? Math.floor(top / 2) : Math.round(((v - low) / (high - low)) * top);
      return SPARK_BARS[level] ?? SPARK_GAP;
    })
    .join("");
}

/**
 * Where an Excel sparkline reads the trend: the measure's period cells, which must sit side by side in one
 * row (oldest to newest, or newest to oldest, drawn right to left). Null when they do not, or fewer than two
 * hold a figure: the text sparkline alone tells the trend then.
 */
export function sparklineSource(
  trend: readonly TrendPoint[],
  sheet: string,
  row: number,
): Pick<SparklinePlan, "source" | "rightToLeft"> | null {
  if (trend.filter((p) => p.value !== null).length < 2) return null;
  const columns = trend.map((p) => p.column);
  const step = (columns[1] as number) - (columns[0] as number);
  if (step !== 1 && step !== -1) return null;
  if (columns.some((c, i) => i > 0 && c - (columns[i - 1] as number) !== step)) return null;
  const first = columns[0] as number;
  const last = columns[columns.length - 1] as number;
  return {
    source: { sheet, row, firstColumn: Math.min(first, last), lastColumn: Math.max(first, last) },
    rightToLeft: step === -1,
  };
}
