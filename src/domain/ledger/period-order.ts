/**
 * Period labels in order, as the table's layout orders them; a label the table no longer shows (a column
 * deleted, a period not yet added) is read on its own. Null when a label cannot be ordered.
 */
import type { Period } from "../layout/scorecard";
import { parsePeriod } from "../layout/periods";
import { periodId } from "../layout/period-id";
import { normalise } from "./measure-key";

export interface PeriodOrder {
  /** A sort key (larger is later), or null when the label cannot be ordered. */
  orderOf(label: string): number | null;
  /** A table period's sort key as the record knows it: by its name where a position heading has one. */
  at(period: Pick<Period, "label" | "name">): number | null;
  /** Whether `next` is the period straight after `period` (the one an override expiring at `next` ends with). */
  isJustBefore(period: string, next: string): boolean;
}

/** Months between the ends of two periods of one kind in a row. */
const STEP: Partial<Record<Period["kind"], number>> = { month: 1, quarter: 3, "half-year": 6, year: 12 };

export function periodOrder(periods: readonly Period[]): PeriodOrder {
  // By heading; a position heading that stands for a named period is that period (by heading or name).
  const byLabel = new Map<string, Pick<Period, "kind" | "order" | "index" | "year" | "label">>();
  for (const p of periods) {
    const named = p.name === undefined ? null : parsePeriod(p.name);
    const at = named ?? p;
    byLabel.set(normalise(p.label), at);
    byLabel.set(normalise(periodId(p)), at);
  }
  // A history holds the same few labels many times over: each is read once.
  const memo = new Map<string, Pick<Period, "kind" | "order" | "index" | "year" | "label"> | null>();
  const read = (label: string) => {
    const id = normalise(label);
    if (memo.has(id)) return memo.get(id) ?? null;
    const inTable = byLabel.get(id);
    const parsed = inTable ?? parsePeriod(label);
    const found = parsed === null || Number.isNaN(parsed.order) ? null : parsed;
    memo.set(id, found);
    return found;
  };
  const orderOf = (label: string) => read(label)?.order ?? null;
  return {
    orderOf,
    at: (period) => orderOf(periodId(period)),
    isJustBefore(period, next) {
      const a = read(period);
      const b = read(next);
      if (a === null || b === null || Number.isNaN(a.order) || Number.isNaN(b.order) || b.order <= a.order)
        return false;
      // The table's own next period of the same kind, when it has one after this period.
      const later = periods
        .map((p) => ({ id: periodId(p), at: read(periodId(p)) }))
        .filter((p) => p.at !== null && p.at.kind === a.kind && p.at.order > a.order)
        .sort((x, y) => (x.at?.order ?? 0) - (y.at?.order ?? 0))[0];
      if (later !== undefined && normalise(later.id) === normalise(next)) return true;
      if (a.kind !== b.kind) return false;
      if (a.kind === "term" && a.index !== null && b.index !== null && a.year !== null && b.year !== null)
        return a.index === 3 ? b.index === 1 && b.year === a.year + 1 : b.index === a.index + 1 && b.year === a.year;
      const step = STEP[a.kind];
      // The order is the end month × 10 plus a rank by kind: the same kind gives the same rank.
      return step !== undefined && b.order - a.order === step * 10;
    },
  };
}
