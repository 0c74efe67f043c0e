/**
 * `detectScorecard(grid)`: every scorecard table on one sheet, with its header rows, column
 * roles, ordered periods, groups, measure rows, the chosen current and comparison periods,
 * and a confidence with the reasons for it. Pure: the grid in, the layout out.
 */
import type { Grid } from "../sheet/grid";
import type { ColumnInfo, DetectOptions, Period, ScorecardTable, SingleRole } from "./scorecard";
import { holdsData, rowCells } from "./cells";
import { chooseComparison, chooseCurrent, findPeriod } from "./choose";
import { orderPeriods } from "./periods";
import { findTables, type FoundTable } from "./tables";
import { namePositionPeriods } from "./position-names";

export { parsePeriod, sameLastYear, previousPeriod, orderPeriods } from "./periods";
export { roleOfHeader } from "./headers";
export { chooseCurrent, chooseComparison } from "./choose";
export { periodId } from "./period-id";

/** The rows above a table's header (up to ten, nearest first), then the sheet's name: where a title names the period. */
function titleTexts(grid: Grid, header: number): string[] {
  const rows: string[] = [];
  for (let row = header - 1; row >= Math.max(grid.top, header - 10); row--) {
    const text = rowCells(grid, row)
      .map((c) => c.text)
      .join(" ");
    // A title is short; a long row (a key, notes) is read only as far as a title would run.
    if (text.trim() !== "") rows.push(text.slice(0, 300));
  }
  return [...rows, grid.sheet];
}

const ROLE_NAMES: Partial<Record<SingleRole, string>> = {
  ref: "Ref",
  measure: "Measure",
  "lead-officer": "Lead officer",
  polarity: "Good performance",
  frequency: "Frequency",
  target: "Target",
  red: "Red",
  amber: "Amber",
  green: "Green",
  status: "Status",
  dot: "DOT",
  notes: "Notes",
};

/** What detection looks for, for the "no scorecard found" message. */
export const LOOKED_FOR =
  "a header row naming a Measure (or Indicator) or Ref No. column, with a Target, period columns (e.g. 'Q2 Jul - Sep 2023/24', 'Apr-19', 'Year end 2022/23') or a status column, and measure rows below it";

function listNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function toTable(grid: Grid, found: FoundTable, options: DetectOptions): ScorecardTable | null {
  const roles: Partial<Record<SingleRole, number>> = {};
  const columns: ColumnInfo[] = [];
  const benchmarks: { column: number; header: string }[] = [];
  const periodsFound: (Period & { column: number })[] = [];
  for (const c of found.header.columns) {
    let role = c.role;
    if (role !== "period" && role !== "benchmark" && role !== "other") {
      // The first column of a role wins; a second `Target` column is kept as other.
      if (roles[role] === undefined) roles[role] = c.column;
      else role = "other";
    }
    if (role === "benchmark") benchmarks.push({ column: c.column, header: c.header });
    if (role === "period" && c.period !== null) periodsFound.push({ ...c.period, column: c.column });
    columns.push({ column: c.column, header: c.header, role });
  }
  const periods = orderPeriods(periodsFound);
  const reasons: string[] = [];
  const hasTarget = roles.target !== undefined || roles.green !== undefined || roles.red !== undefined;
  if (roles.measure === undefined && roles.ref === undefined) return null;
  if (!hasTarget && periods.length === 0 && roles.status === undefined) return null;
  if (found.measures.length === 0) return null;

  const names = (Object.keys(ROLE_NAMES) as SingleRole[])
    .filter((r) => roles[r] !== undefined)
    .map((r) => ROLE_NAMES[r] as string);
  const parts = [...names];
  if (periods.length > 0) parts.push(`${periods.length} period column${periods.length === 1 ? "" : "s"}`);
  if (benchmarks.length > 0) parts.push(`${benchmarks.length} benchmark column${benchmarks.length === 1 ? "" : "s"}`);
  reasons.push(`found ${listNames(parts)}`);
  reasons.push(
    found.header.rows.length > 1
      ? `two header rows (${found.header.rows.join(" and ")})`
      : `header row ${found.header.rows[0] as number}`,
  );
  if (found.repeatedHeaderRows.length > 0)
    reasons.push(`skipped a repeated header at row ${found.repeatedHeaderRows[0] as number}`);
  const skipped = found.skipped;
  const clutter = [
    skipped.titles > 0 ? `${skipped.titles} section title row${skipped.titles === 1 ? "" : "s"}` : "",
    skipped.keys > 0 ? `${skipped.keys} key row${skipped.keys === 1 ? "" : "s"}` : "",
    skipped.pages > 0 ? `${skipped.pages} page row${skipped.pages === 1 ? "" : "s"}` : "",
  ].filter((s) => s !== "");
  reasons.push(
    `${found.measures.length} measure row${found.measures.length === 1 ? "" : "s"}${clutter.length > 0 ? `; skipped ${listNames(clutter)}` : ""}`,
  );

  // Confidence: what a scorecard needs (measure, target, periods) weighs most.
  let confidence = 0;
  confidence += roles.measure !== undefined ? 0.3 : 0.1;
  confidence += roles.ref !== undefined ? 0.1 : 0;
  confidence += hasTarget ? 0.2 : 0;
  confidence += periods.length >= 2 ? 0.2 : periods.length === 1 ? 0.15 : 0;
  confidence += roles.polarity !== undefined ? 0.1 : 0;
  confidence += roles.status !== undefined || roles.dot !== undefined ? 0.05 : 0;
  confidence += found.measures.length >= 2 ? 0.05 : 0.02;
  if (!hasTarget) reasons.push("no target column: statuses need targets");
  if (roles.polarity === undefined)
    reasons.push("no Good performance column: polarity will be assumed from the target");
  if (periods.length === 0) reasons.push("no period columns: no value to judge and no direction of travel");

  // Current and comparison periods.
  const count = (p: Period) => found.measures.filter((m) => holdsData(grid, m.row, p.column)).length;
  let current: Period | null;
  if (options.current !== undefined) {
    current = findPeriod(periods, options.current);
    reasons.push(
      current === null
        ? `current period "${String(options.current)}" not found in this table`
        : `current period ${current.label} (as asked)`,
    );
  } else {
    current = chooseCurrent(periods, count);
    if (current !== null)
      reasons.push(
        `current period ${current.label}: the latest with data for most measures (${count(current)} of ${found.measures.length})`,
      );
  }
  const choice = options.compare ?? { kind: "previous" };
  const comparison = chooseComparison(current, periods, choice);
  if (current !== null) {
    const how =
      choice.kind === "label"
        ? `"${choice.label}"`
        : choice.kind === "last-year"
          ? "same period last year"
          : "previous period";
    reasons.push(
      comparison === null
        ? `no comparison period (${how} not in this table)`
        : `comparison ${comparison.label} (${how})`,
    );
  }
  const plain: Period[] = periods.map(({ column, label, kind, year, index, order }) => ({
    column,
    label,
    kind,
    year,
    index,
    order,
  }));
  // Headings named by position take the period the sheet's title names (see position-names.ts).
  const named = namePositionPeriods(
    plain,
    current,
    titleTexts(grid, found.header.rows[0] as number),
    options.periodName,
  );
  if (named.reason !== null) reasons.push(named.reason);
  const kept = named.periods;
  return {
    sheet: grid.sheet,
    headerRows: found.header.rows,
    repeatedHeaderRows: found.repeatedLabelRows,
    group: found.group,
    columns,
    roles,
    benchmarks,
    periods: kept,
    measures: found.measures,
    current: current === null ? null : (kept.find((p) => p.column === current.column) ?? null),
    comparison: comparison === null ? null : (kept.find((p) => p.column === comparison.column) ?? null),
    confidence: Math.round(Math.min(1, confidence) * 100) / 100,
    reasons,
  };
}

/** Every scorecard table found on the sheet, top to bottom. Empty when there is none. */
export function detectScorecard(grid: Grid, options: DetectOptions = {}): ScorecardTable[] {
  const tables: ScorecardTable[] = [];
  for (const found of findTables(grid, options.roles ?? {})) {
    const table = toTable(grid, found, options);
    if (table !== null) tables.push(table);
  }
  return tables;
}
