/**
 * Choosing the reported (current) period and the one it is compared with.
 * Current: the latest period that holds data for most measures. Comparison: the previous
 * period of the same kind, or the same period last year. The caller can name either.
 */
import type { CompareChoice, Period } from "./scorecard";
import { parsePeriod, previousPeriod, sameLastYear } from "./periods";
import { isPositionPeriod } from "./position-periods";

export function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[\s\-–—]+/g, " ")
    .replace(/\s*\/\s*/g, "/")
    .trim();
}

/**
 * The period a caller names: by column, by label as written, or by what the label means, so that
 * "Q1 Apr - June 2019" finds a table's "Q1 Apr - Jun 2019" (tables on one sheet spell them differently).
 */
export function findPeriod(periods: readonly Period[], wanted: string | number): Period | null {
  if (typeof wanted === "number") return periods.find((p) => p.column === wanted) ?? null;
  const w = normaliseLabel(wanted);
  const exact = periods.find((p) => normaliseLabel(p.label) === w);
  if (exact !== undefined) return exact;
  const meant = parsePeriod(wanted);
  if (meant === null || meant.year === null || meant.index === null) return null;
  const same = periods.filter((p) => p.kind === meant.kind && p.year === meant.year && p.index === meant.index);
  return same.length === 1 ? (same[0] as Period) : null;
}

/**
 * The latest period holding data for at least half as many measures as the fullest period.
 * Year-to-date and undated columns are not reporting periods, so they are chosen only when
 * nothing else holds data.
 */
export function chooseCurrent(periods: readonly Period[], dataCount: (p: Period) => number): Period | null {
  if (periods.length === 0) return null;
  const counted = periods.map((p) => ({ p, n: dataCount(p) }));
  const reporting = counted.filter(({ p }) => p.kind !== "ytd" && (p.kind !== "other" || isPositionPeriod(p.label)));
  const pool = reporting.some(({ n }) => n > 0) ? reporting : counted;
  const most = Math.max(...pool.map(({ n }) => n));
  if (most === 0) return null;
  const enough = pool.filter(({ n }) => n * 2 >= most);
  return enough.reduce((best, x) => (x.p.order > best.p.order ? x : best)).p;
}

export function chooseComparison(
  current: Period | null,
  periods: readonly Period[],
  choice: CompareChoice,
): Period | null {
  if (choice.kind === "label") return findPeriod(periods, choice.label);
  if (current === null) return null;
  if (choice.kind === "last-year") return sameLastYear(current, periods);
  return previousPeriod(current, periods);
}
