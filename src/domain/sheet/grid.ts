/**
 * The grid: one sheet's cells as read, with nothing interpreted yet.
 * Both adapters (ExcelJS for files, Office.js for the live workbook) build this shape,
 * so the domain never sees an ExcelJS or Office type.
 */

/** An error cell such as `#N/A` or `#DIV/0!`. */
export interface CellError {
  error: string;
}

/** What a cell holds. Dates arrive as Excel serial numbers with a date format. */
export type CellValue = number | string | boolean | null | CellError;

/** A merged area, in 1-based sheet coordinates, inclusive. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** The worksheet's name. */
  sheet: string;
  /** 1-based sheet row of `values[0]`. */
  top: number;
  /** 1-based sheet column of `values[r][0]`. */
  left: number;
  /** Cell values, row by row. Every row has the same length. */
  values: CellValue[][];
  /** The text Excel shows for each cell (same shape as `values`). */
  text: string[][];
  /** The number format of each cell, e.g. `0.0%` or `General` (same shape as `values`). */
  formats: string[][];
  /** Formulas where a cell has one (`=SUM(A1:A3)`), otherwise null. Optional: adapters may omit it. */
  formulas?: (string | null)[][];
  merges?: MergedArea[];
  /**
   * Each cell's solid fill colour as `#RRGGBB` (upper case), or null for no fill (same shape as `values`).
   * Optional: an adapter that cannot read fills omits it. A RAG column given only as colours is read from it.
   */
  fills?: (string | null)[][];
  /**
   * The sheet's last used column, when the grid is only part of the sheet (a selection). Columns past
   * the grid up to it may hold data the grid does not show.
   */
  usedRight?: number;
}

/** A single cell handed to the engine: the value, and what the sheet showed and how it was formatted. */
export interface CellInput {
  value: CellValue;
  text?: string;
  format?: string;
  /** The cell's solid fill, `#RRGGBB`, when the adapter read fills. */
  fill?: string | null;
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && typeof (value as CellError).error === "string";
}

/** The cell at a 1-based sheet row and column, or a blank cell when outside the grid. */
export function cellAt(grid: Grid, row: number, column: number): CellInput {
  const r = row - grid.top;
  const c = column - grid.left;
  const values = grid.values[r];
  if (r < 0 || c < 0 || values === undefined || c >= values.length) {
    return { value: null, text: "", format: "General" };
  }
  return {
    value: values[c] ?? null,
    text: grid.text[r]?.[c] ?? "",
    format: grid.formats[r]?.[c] ?? "General",
    ...(grid.fills ? { fill: grid.fills[r]?.[c] ?? null } : {}),
  };
}

/** The text of a cell as a person would read it, trimmed. */
export function cellText(cell: CellInput): string {
  if (cell.text !== undefined && cell.text !== "") return cell.text.trim();
  const v = cell.value;
  if (v === null) return "";
  if (isCellError(v)) return v.error;
  return String(v).trim();
}

/** Build a grid from plain rows of values (test helper, and for the command line's text input). */
export function gridFromRows(sheet: string, rows: CellValue[][], top = 1, left = 1): Grid {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const values = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
  return {
    sheet,
    top,
    left,
    values,
    text: values.map((r) => r.map((v) => (v === null ? "" : isCellError(v) ? v.error : String(v)))),
    formats: values.map((r) => r.map(() => "General")),
  };
}

/**
 * A cell's content as Excel's `formulas` gives it back, as text: the formula, or the constant (TRUE/FALSE for
 * booleans, the error for errors, "" when empty). Two reads of an unchanged cell give the same content.
 */
export function cellContent(grid: Grid, row: number, column: number): string {
  const r = row - grid.top;
  const c = column - grid.left;
  const formula = grid.formulas?.[r]?.[c];
  if (typeof formula === "string" && formula !== "") return formula;
  return contentOf(grid.values[r]?.[c] ?? null);
}

export function contentOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isCellError(value)) return value.error;
  return String(value);
}
