/**
 * In-year measures: "Number of new homes delivered during the year", "% Council Tax collected in year".
 * Councils judge them part-way through the year against the share of the annual target due by then
 * ("a further 178 homes … which is over 50% of the annual target"), not against the whole year's target.
 * Counts kept per period are added up over the year so far; percentages collected in year, and figures
 * that say they are year to date or cumulative, already are.
 */
import type { Period } from "../layout/scorecard";
import { periodCell, type MeasureRow } from "../layout/rows";
import { readValue } from "../judging/values";
import { formatReading } from "../judging/format";
import type { ComparatorTarget, NumberReading, PlainTarget } from "../judging/types";

const IN_YEAR = /\b(during the year|in[- ]year|year[- ]to[- ]date|so far this year|ytd|cumulative)\b/i;
/** Titles whose figures are counted afresh each period ("delivered during the year" a quarter at a time). */
const COUNTED_PER_PERIOD = /\b(during the year|in[- ]year)\b/i;
const ALREADY_TO_DATE = /\b(year[- ]to[- ]date|so far this year|ytd|cumulative)\b/i;

/** Whether a measure's title says its target is for the whole year, reached over the year. */
export function isInYear(title: string): boolean {
  return IN_YEAR.test(title);
}

/** A count (or sum of money) that starts afresh each period: "Number of new homes delivered during the year". */
export function countedPerPeriod(title: string, value: NumberReading): boolean {
  return (
    COUNTED_PER_PERIOD.test(title) &&
    !ALREADY_TO_DATE.test(title) &&
    (value.unit === "number" || value.unit === "currency")
  );
}

const PERIOD_NOUN: Record<string, string> = {
  quarter: "a quarter's",
  month: "a month's",
  "half-year": "a half-year's",
  term: "a term's",
};

/**
 * One period's share of an annual target, for a count kept per period when the year so far cannot be
 * added up (an earlier period has no figure): the period's figure against what one period should bring.
 */
export function periodShare<T extends PlainTarget | ComparatorTarget>(target: T, period: Period): T | null {
  const progress = yearProgress(period);
  if (progress === undefined) return null;
  const share = target.threshold.value / progress.periodsInYear;
  const threshold = {
    ...target.threshold,
    value: share,
    decimals: Math.max(target.threshold.decimals, Number.isInteger(share) ? 0 : 1),
  };
  const text = `${formatReading(threshold)} (${PERIOD_NOUN[period.kind] ?? "a period's"} share of ${formatReading(target.threshold)} for the year)`;
  return { ...target, text, threshold, flags: { ...target.flags, cumulative: false, note: undefined } };
}

export interface YearToDate {
  reading: NumberReading;
  /** "201 + 178", for the reason. */
  sum: string;
}

/**
 * The year so far for a count kept per period: this period's figure and those of the earlier periods
 * of the same kind in the same year. Null when the title does not call for it, the figure is not a count,
 * the period is the first of the year, or an earlier period of the year has no figure (no guessing).
 */
export function yearToDate(
  row: MeasureRow,
  title: string,
  periods: Period[],
  current: Period,
  value: NumberReading,
): YearToDate | null {
  if (!countedPerPeriod(title, value)) return null;
  const progress = yearProgress(current);
  if (progress === undefined || current.year === null) return null;
  const earlier = periods.filter((p) => p.kind === current.kind && p.year === current.year && p.order < current.order);
  // Every earlier period of the year must be on the sheet, or the total would not be the year so far.
  if (earlier.length === 0 || earlier.length !== progress.periodsElapsed - 1) return null;
  const parts: NumberReading[] = [];
  for (const p of earlier.sort((a, b) => a.order - b.order)) {
    const cell = periodCell(row, p);
    if (cell === undefined) return null;
    const r = readValue(cell);
    if (r.kind !== "number" || r.unit !== value.unit) return null;
    parts.push(r);
  }
  parts.push(value);
  const total = parts.reduce((n, p) => n + p.value, 0);
  const decimals = Math.max(...parts.map((p) => p.decimals));
  const reading: NumberReading = {
    ...value,
    value: total,
    decimals,
    text: String(total),
    qualifiers: [...value.qualifiers, "year to date"],
  };
  return { reading, sum: parts.map(formatReading).join(" + ") };
}

/** How far through the (financial) year a period is, for profiling annual targets. */
export function yearProgress(
  period: Period | undefined,
): { periodsElapsed: number; periodsInYear: number } | undefined {
  if (period === undefined || period.index === null) return undefined;
  if (period.kind === "quarter") return { periodsElapsed: period.index, periodsInYear: 4 };
  if (period.kind === "half-year") return { periodsElapsed: period.index, periodsInYear: 2 };
  if (period.kind === "term") return { periodsElapsed: period.index, periodsInYear: 3 };
  // Calendar month to month of the financial year (April = 1).
  if (period.kind === "month") return { periodsElapsed: ((period.index + 8) % 12) + 1, periodsInYear: 12 };
  return undefined;
}
