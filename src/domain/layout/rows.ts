/**
 * The measure rows of a table with their own cells: each role's cell, the period and benchmark cells, and
 * what the write-back checks before writing (where status and DOT go, what those cells hold, the anchor).
 * Built once from the grid, so assessment and plan never take the grid. Cells are built once per row and
 * shared, not copied.
 */
import { cellAt, cellContent, cellText, type CellInput, type Grid } from "../sheet/grid";
import type { Period, ScorecardTable, SingleRole } from "./scorecard";
import { measureTitle } from "./ref-title";

export interface MeasureRow {
  row: number;
  group: string | null;
  /** The measure's title as a person reads it: its own cell, the merged cell above it, or "(untitled, row N)". */
  title: string;
  /** The cell of each single role the table has. */
  cells: Partial<Record<SingleRole, CellInput>>;
  /** The period cells, in the order of `table.periods`. */
  periods: { period: Period; cell: CellInput }[];
  /** The benchmark cells, in the order of `table.benchmarks`. */
  benchmarks: CellInput[];
  /** What the status and DOT cells hold now (formula or constant), kept before they are overwritten. */
  before: { status: string; dot: string };
}

/** Where the status and DOT go: the table's own columns, or two free columns after the last period. */
export interface StatusPlace {
  status: number;
  dot: number;
  added: boolean;
}

/** A column as read from the header row to the last measure, checked again before writing. */
export interface RowsAnchor {
  column: number;
  firstRow: number;
  contents: string[];
}

export interface TableRows {
  table: ScorecardTable;
  rows: MeasureRow[];
  place: StatusPlace;
  /** The heading rows a new status or DOT column gets a heading in, with what those cells hold now. */
  headings: { row: number; before: { status: string; dot: string } }[];
  anchor: RowsAnchor | null;
}

/** The cell of a period in a row, or undefined when the row has no such period. */
export function periodCell(row: MeasureRow, period: Period): CellInput | undefined {
  return (row.periods.find((p) => p.period === period) ?? row.periods.find((p) => p.period.column === period.column))
    ?.cell;
}

/** Where the status and DOT go: the table's own columns, or two free columns after the last period. */
export function statusColumns(grid: Grid, table: ScorecardTable): StatusPlace {
  const { status, dot } = table.roles;
  if (status !== undefined && dot !== undefined) return { status, dot, added: false };
  const lastPeriod = table.periods.reduce((m, p) => Math.max(m, p.column), 0);
  const lastColumn = table.columns.reduce((m, c) => Math.max(m, c.column), lastPeriod);
  const rows = [...table.headerRows, ...table.repeatedHeaderRows, ...table.measures.map((m) => m.row)];
  const gridRight = grid.left + (grid.values[0]?.length ?? 0) - 1;
  // A grid read from a selection does not see the columns to its right: up to the sheet's last used
  // column they may hold data, so they are not free; past it they are.
  const sheetRight = Math.max(gridRight, grid.usedRight ?? gridRight);
  const free = (column: number) =>
    column > gridRight ? column > sheetRight : rows.every((r) => cellText(cellAt(grid, r, column)) === "");
  let first = Math.max(lastPeriod, 1) + 1;
  // Never write over the user's cells: move right past anything in the way.
  if (!(free(first) && free(first + 1))) first = Math.max(lastColumn, sheetRight) + 1;
  return { status: status ?? first, dot: dot ?? (status === undefined ? first + 1 : first), added: true };
}

/** The table's measure (or ref) column from its header row to its last measure, as read. */
function anchorOf(grid: Grid, table: ScorecardTable): RowsAnchor | null {
  const column = table.roles.measure ?? table.roles.ref;
  const last = table.measures[table.measures.length - 1]?.row;
  const first = table.headerRows[table.headerRows.length - 1];
  if (column === undefined || last === undefined || first === undefined) return null;
  const contents = Array.from({ length: last - first + 1 }, (_, i) => cellContent(grid, first + i, column));
  return { column, firstRow: first, contents };
}

export function measureRows(grid: Grid, table: ScorecardTable): TableRows {
  const place = statusColumns(grid, table);
  const roles = Object.entries(table.roles) as [SingleRole, number][];
  const before = (row: number) => ({
    status: cellContent(grid, row, place.status),
    dot: cellContent(grid, row, place.dot),
  });
  const rows = table.measures.map(({ row, group }): MeasureRow => {
    const cells: Partial<Record<SingleRole, CellInput>> = {};
    for (const [role, column] of roles) cells[role] = cellAt(grid, row, column);
    return {
      row,
      group,
      title: measureTitle(grid, row, table.roles.measure),
      cells,
      periods: table.periods.map((period) => ({ period, cell: cellAt(grid, row, period.column) })),
      benchmarks: table.benchmarks.map((b) => cellAt(grid, row, b.column)),
      before: before(row),
    };
  });
  const headerRow = table.headerRows[table.headerRows.length - 1] ?? (table.measures[0]?.row ?? 2) - 1;
  const headings = place.added
    ? [headerRow, ...table.repeatedHeaderRows].map((row) => ({ row, before: before(row) }))
    : [];
  return { table, rows, place, headings, anchor: anchorOf(grid, table) };
}
