/**
 * The periods an override can run until: those after the current one, from the table's own columns and then
 * the next few quarters not yet added ("Q3 Oct - Dec 2023/24"), in the table's own wording where it has one.
 * Only labels the engine can place among the periods are offered.
 */
import type { Period, ScorecardTable } from "../../domain/layout/scorecard";
import { periodOrder } from "../../domain/ledger";
import { financialYear as fy } from "../../domain/layout/period-words";
import { periodId } from "../../domain/layout/period-id";

const QUARTER = /^Q([1-4])\s+(.*?)\s*(\d{4})\/(\d{2})$/;
/** A UK financial year's quarters, as the council reports name them. */
const MONTHS = ["Apr - June", "Jul - Sep", "Oct - Dec", "Jan - Mar"];

/** The next `n` quarter labels after `label`, or none when it is not a financial-year quarter. */
function nextQuarters(label: string, periods: readonly Period[], n: number): string[] {
  const m = QUARTER.exec(label.trim());
  if (m === null) return [];
  // The table's own month words for each quarter, where a column has them.
  const words = [...MONTHS];
  for (const p of periods) {
    const q = QUARTER.exec(p.label.trim());
    if (q !== null && (q[2] ?? "") !== "") words[Number(q[1]) - 1] = q[2] as string;
  }
  let index = Number(m[1]);
  let year = Number(m[3]);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    index = index === 4 ? 1 : index + 1;
    if (index === 1) year++;
    out.push(`Q${index} ${words[index - 1]} ${fy(year)}`);
  }
  return out;
}

export function untilChoices(table: ScorecardTable, ahead = 4): string[] {
  const current = table.current;
  if (current === null) return [];
  const order = periodOrder(table.periods);
  // A position heading is ordered by the period it stands for (its name), as the record orders it.
  const now = order.at(current) ?? current.order;
  // Periods of the current one's kind: a year-to-date or outturn column is no period to run until.
  const later = [...table.periods]
    .filter((p) => p.kind === current.kind && (order.at(p) ?? p.order) > now)
    .sort((a, b) => (order.at(a) ?? a.order) - (order.at(b) ?? b.order));
  const last = periodId(later[later.length - 1] ?? current);
  const labels = [...later.map(periodId), ...nextQuarters(last, table.periods, ahead)];
  const seen = new Set<string>();
  return labels.filter((l) => {
    const o = order.orderOf(l);
    if (o === null || o <= now || seen.has(l)) return false;
    seen.add(l);
    return true;
  });
}
