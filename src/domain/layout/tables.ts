/**
 * Finding the tables on a sheet: header rows (one or two), column roles, the body of each
 * table, the section title rows that name groups, and the measure rows. Key blocks, blank
 * spacer rows, page rows ("1 of 6") and headers repeated at a page break are skipped.
 */
import { cellAt, type Grid } from "../sheet/grid";
import type { ColumnRole } from "./scorecard";
import { isGroupLabel, roleOfHeader } from "./headers";
import { isDateFormat, parsePeriod, periodFromDate, yearFromGroup, type PeriodInfo } from "./periods";
import { looksLikeRef, refColumnAmong } from "./ref-title";
import { extent, headerText, isKeyRow, isPageText, mergedTextMap, rowCells, textAt } from "./cells";

export interface HeaderColumn {
  column: number;
  /** `Annual / Year end 2022/23` for a two-row header, else the label. */
  header: string;
  label: string;
  role: ColumnRole;
  period: PeriodInfo | null;
}

export interface FoundHeader {
  rows: number[];
  columns: HeaderColumn[];
}

export interface FoundTable {
  header: FoundHeader;
  /** Rows of headers repeated inside the table (page breaks), skipped. */
  repeatedHeaderRows: number[];
  /** The label row (last row) of each repeated header, where column headings are written. */
  repeatedLabelRows: number[];
  group: string | null;
  measures: { row: number; group: string | null }[];
  /** Rows looked at but not taken as measures, by why: for the reasons. */
  skipped: { titles: number; keys: number; pages: number; other: number };
}

type Cell = { column: number; text: string };

const MAX_GROUP_DISTANCE = 15;

function periodOfCell(grid: Grid, row: number, column: number, label: string, group: string | null): PeriodInfo | null {
  const cell = cellAt(grid, row, column);
  if (typeof cell.value === "number" && cell.format !== undefined && isDateFormat(cell.format)) {
    return periodFromDate(cell.value, label);
  }
  return parsePeriod(label, group);
}

/** How a header cell reads on its own: a role, a period, a group label, or nothing known. */
function headerKind(text: string): "role" | "period" | "group" | null {
  if (roleOfHeader(text) !== null) return "role";
  if (parsePeriod(text) !== null) return "period";
  if (isGroupLabel(text) || yearFromGroup(text) !== null) return "group";
  return null;
}

/** A header cell holding a real Excel date (a date-formatted number), whatever text it shows. */
function isDateCell(grid: Grid, row: number, column: number): boolean {
  const cell = cellAt(grid, row, column);
  return typeof cell.value === "number" && cell.format !== undefined && isDateFormat(cell.format);
}

/** A row that can be a table's main header: it names the measure or ref column and two more. */
function isPrimaryHeader(cells: Cell[], isDate: (column: number) => boolean = () => false): boolean {
  if (cells.length < 3) return false;
  // Most rows are measures: without a Measure or Ref heading there is no need to read periods.
  const roles = cells.map((c) => roleOfHeader(c.text));
  if (!roles.some((r) => r === "measure" || r === "ref")) return false;
  let known = 0;
  cells.forEach((c, i) => {
    if (roles[i] !== null || parsePeriod(c.text) !== null || isDate(c.column)) known++;
  });
  return known >= 3;
}

/** A second header row below the main one: period labels and role names, no measure data. */
function isSecondHeaderRow(cells: Cell[]): boolean {
  if (cells.length === 0) return false;
  const headerLike = cells.filter((c) => c.text.length <= 80 && headerKind(c.text) !== null).length;
  return headerLike >= 1 && headerLike / cells.length >= 0.6;
}

/** A group row above the main one: `Annual`, `Quarterly`, `2022 / 23`, `TARGET & TOLERANCES`. */
function isGroupRowAbove(cells: Cell[], anchorColumns: Set<number>, firstColumn: number): boolean {
  if (cells.length === 0) return false;
  if (cells.length === 1 && cells[0]?.column === firstColumn) return false; // a section title
  if (cells.some((c) => anchorColumns.has(c.column) || c.text.length > 40 || isPageText(c.text))) return false;
  return cells.some((c) => headerKind(c.text) !== null);
}

function buildHeader(grid: Grid, rows: number[], merged: Map<string, string>): FoundHeader {
  const useCarry = grid.merges === undefined; // without merge information, a group spans until the next one
  const { firstColumn, lastColumn } = extent(grid);
  const topRow = rows[0] as number;
  const bottomRow = rows[rows.length - 1] as number;
  const columns: HeaderColumn[] = [];
  let carried: string | null = null;
  for (let c = firstColumn; c <= lastColumn; c++) {
    const top = headerText(grid, merged, topRow, c);
    const bottom = rows.length > 1 ? headerText(grid, merged, bottomRow, c) : "";
    let label: string;
    let group: string | null = null;
    if (rows.length === 1 || bottom === "" || bottom === top) {
      label = top;
      if (useCarry && top === "") carried = null;
    } else {
      label = bottom;
      if (top !== "") {
        group = top;
        carried = top;
      } else if (useCarry && carried !== null) group = carried;
    }
    if (label === "") continue;
    const role = roleOfHeader(label);
    let period: PeriodInfo | null = null;
    let finalRole: ColumnRole;
    if (role !== null) finalRole = role;
    else {
      period = periodOfCell(grid, label === bottom ? bottomRow : topRow, c, label, group);
      if (period !== null) finalRole = "period";
      else if (group !== null && roleOfHeader(group) === "benchmark") finalRole = "benchmark";
      else finalRole = "other";
    }
    columns.push({ column: c, header: group ? `${group} / ${label}` : label, label, role: finalRole, period });
  }
  return { rows, columns };
}

/** The same columns in the same places: a header repeated after a page break. */
function sameHeader(a: FoundHeader, b: FoundHeader): boolean {
  const sig = (h: FoundHeader) =>
    h.columns.map((c) => `${c.column}:${c.role}:${c.period?.label.toLowerCase() ?? ""}`).join("|");
  return sig(a) === sig(b);
}

/** A one-cell row naming a section: `Children and Young People's Services`, `Corporate Priority 1 – …`. */
function titleOf(cells: Cell[]): string | null {
  if (cells.length !== 1) return null;
  const text = (cells[0] as Cell).text.trim();
  if (text.length < 3 || text.length > 150 || !/[a-z]/i.test(text)) return null;
  if (isPageText(text) || /[.;:]$/.test(text) || /^(key|legend)\b/i.test(text)) return null;
  return text;
}

/** Finds the main header rows of every table, with their group row or second row. */
function findHeaders(grid: Grid): FoundHeader[] {
  const { firstRow, lastRow, firstColumn } = extent(grid);
  const merged = mergedTextMap(grid);
  const headers: FoundHeader[] = [];
  let row = firstRow;
  while (row <= lastRow) {
    const cells = rowCells(grid, row);
    if (!isPrimaryHeader(cells, (column) => isDateCell(grid, row, column))) {
      row++;
      continue;
    }
    const anchors = new Set(
      cells.filter((c) => ["measure", "ref"].includes(roleOfHeader(c.text) ?? "")).map((c) => c.column),
    );
    const rows = [row];
    const below = row + 1 <= lastRow ? rowCells(grid, row + 1) : [];
    const belowHasData = below.some((c) => anchors.has(c.column));
    if (!belowHasData && isSecondHeaderRow(below) && !isPrimaryHeader(below)) rows.push(row + 1);
    else {
      const previous = headers[headers.length - 1];
      const aboveFree = previous === undefined || !previous.rows.includes(row - 1);
      if (row - 1 >= firstRow && aboveFree && isGroupRowAbove(rowCells(grid, row - 1), anchors, firstColumn))
        rows.unshift(row - 1);
    }
    headers.push(buildHeader(grid, rows, merged));
    row = (rows[rows.length - 1] as number) + 1;
  }
  return headers;
}

function roleColumns(header: FoundHeader): Partial<Record<ColumnRole, number[]>> {
  const out: Partial<Record<ColumnRole, number[]>> = {};
  for (const c of header.columns) (out[c.role] ??= []).push(c.column);
  return out;
}

/** Every table on the sheet, top to bottom. `roles` replaces detected column roles. */
export function findTables(grid: Grid, overrides: Record<number, ColumnRole> = {}): FoundTable[] {
  const headers = findHeaders(grid).map((h) => applyOverrides(grid, splitRefAndTitle(grid, h), overrides));
  const { lastRow, firstColumn } = extent(grid);
  const tables: FoundTable[] = [];
  let previousEnd = extent(grid).firstRow - 1;
  for (let i = 0; i < headers.length; i++) {
    const header = headers[i] as FoundHeader;
    const table: FoundTable = {
      header,
      repeatedHeaderRows: [],
      repeatedLabelRows: [],
      group: groupAbove(grid, header.rows[0] as number, previousEnd, firstColumn),
      measures: [],
      skipped: { titles: 0, keys: 0, pages: 0, other: 0 },
    };
    const roles = roleColumns(header);
    const measureColumn = roles.measure?.[0];
    const refColumn = roles.ref?.[0];
    const valueColumns = header.columns
      .filter((c) => ["target", "red", "amber", "green", "status", "dot", "period"].includes(c.role))
      .map((c) => c.column);
    let section: string | null = null;
    let row = (header.rows[header.rows.length - 1] as number) + 1;
    // A header repeated at a page break continues this table; any other header starts a new one.
    while (
      i + 1 < headers.length &&
      sameHeader(headers[i + 1] as FoundHeader, header) &&
      !titleBefore(grid, ((headers[i + 1] as FoundHeader).rows[0] as number) - 1, row)
    ) {
      i++;
      const repeat = (headers[i] as FoundHeader).rows;
      table.repeatedHeaderRows.push(...repeat);
      table.repeatedLabelRows.push(repeat[repeat.length - 1] as number);
    }
    const next = headers[i + 1];
    const end = next === undefined ? lastRow : (next.rows[0] as number) - 1;
    const skip = new Set(table.repeatedHeaderRows);
    for (; row <= end; row++) {
      if (skip.has(row)) continue;
      const cells = rowCells(grid, row);
      if (cells.length === 0) continue;
      if (cells.length === 1 && isPageText((cells[0] as Cell).text)) {
        table.skipped.pages++;
        continue;
      }
      if (isKeyRow(cells)) {
        table.skipped.keys++;
        continue;
      }
      const title = measureColumn === undefined ? "" : textAt(grid, row, measureColumn);
      const ref = refColumn === undefined ? "" : textAt(grid, row, refColumn);
      const hasTitle = /[a-z]{2}/i.test(title);
      const hasValue = valueColumns.some((c) => textAt(grid, row, c) !== "");
      // A row with a ref, figures or a target is a measure even when its title cell is empty (a title merged
      // over sub-rows, or left blank); a lone text in the ref column is a section title, not a measure.
      const untitled =
        measureColumn !== undefined && title === "" && (looksLikeRef(ref) || (hasValue && cells.length >= 2));
      const isMeasure = ((measureColumn !== undefined ? hasTitle : ref !== "") && (ref !== "" || hasValue)) || untitled;
      if (isMeasure) {
        table.measures.push({ row, group: section ?? table.group });
        continue;
      }
      const sectionTitle = titleOf(cells);
      if (sectionTitle !== null) {
        section = sectionTitle;
        table.skipped.titles++;
      } else table.skipped.other++;
    }
    const last = table.measures[table.measures.length - 1];
    previousEnd = last === undefined ? end : last.row;
    tables.push(table);
  }
  return tables;
}

/** True when a section title row lies between `to` and the data above it (down to `from`): a new section starts. */
function titleBefore(grid: Grid, to: number, from: number): boolean {
  for (let row = to; row >= from; row--) {
    const cells = rowCells(grid, row);
    if (cells.length === 0 || isKeyRow(cells) || (cells.length === 1 && isPageText((cells[0] as Cell).text))) continue;
    if (titleOf(cells) !== null) return true;
    if (cells.length >= 3) return false;
  }
  return false;
}

/** The section title nearest above a header, past blank, page, key and note rows, not into the table before. */
function groupAbove(grid: Grid, headerTop: number, previousEnd: number, firstColumn: number): string | null {
  const stop = Math.max(previousEnd + 1, headerTop - MAX_GROUP_DISTANCE);
  for (let row = headerTop - 1; row >= stop; row--) {
    const cells = rowCells(grid, row);
    if (cells.length === 0 || isKeyRow(cells)) continue;
    const title = titleOf(cells);
    if (title !== null && (cells[0] as Cell).column <= firstColumn + 1) return title;
  }
  return null;
}

/** `Indicator` (refs) beside `Description` (words): the column of refs is the ref column. */
function splitRefAndTitle(grid: Grid, header: FoundHeader): FoundHeader {
  if (header.columns.some((c) => c.role === "ref")) return header;
  const measures = header.columns.filter((c) => c.role === "measure").map((c) => c.column);
  const refColumn = refColumnAmong(grid, measures, (header.rows[header.rows.length - 1] as number) + 1);
  if (refColumn === null) return header;
  return {
    ...header,
    columns: header.columns.map((c) => (c.column === refColumn ? { ...c, role: "ref" as const } : c)),
  };
}

function applyOverrides(grid: Grid, header: FoundHeader, overrides: Record<number, ColumnRole>): FoundHeader {
  if (Object.keys(overrides).length === 0) return header;
  const columns = header.columns.map((c) => {
    const role = overrides[c.column];
    if (role === undefined || role === c.role) return c;
    if (role !== "period") return { ...c, role, period: null };
    const period = parsePeriod(c.label) ?? {
      label: c.label,
      kind: "other" as const,
      year: null,
      index: null,
      order: Number.NaN,
    };
    return { ...c, role, period };
  });
  // An override may name a column the header left blank.
  for (const [key, role] of Object.entries(overrides)) {
    const column = Number(key);
    if (columns.some((c) => c.column === column)) continue;
    const label = textAt(grid, header.rows[header.rows.length - 1] as number, column) || `Column ${column}`;
    const period =
      role === "period" ? { label, kind: "other" as const, year: null, index: null, order: Number.NaN } : null;
    columns.push({ column, header: label, label, role, period });
  }
  columns.sort((a, b) => a.column - b.column);
  return { ...header, columns };
}
