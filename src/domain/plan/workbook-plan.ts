/**
 * The edits to make: cell values, formats and fills for the user's status and DOT columns,
 * and whole sheets (Summary, Exceptions, Checks) that the add-in owns.
 * Both adapters apply a plan; neither decides anything.
 */

import type { Fill } from "../judging/fills";
import {
  picturesMovedDown,
  type CellArea,
  type ChartPlan,
  type ChartSeriesPlan,
  type SparklinePlan,
} from "./chart-plan";

export type { Fill, CellArea, ChartPlan, ChartSeriesPlan, SparklinePlan };
export { FILL_COLOURS } from "../judging/fills";

/**
 * One cell to write. `text` is always written as text, never as a formula, even when it starts
 * with `=`, `+`, `-` or `@`. Only `formula` cells (which the engine builds itself) are formulas.
 */
export type PlanValue =
  | { kind: "text"; text: string }
  | { kind: "number"; number: number; format?: string }
  | { kind: "formula"; formula: string }
  | { kind: "blank" };

export interface PlanCell {
  value: PlanValue;
  fill?: Fill;
  bold?: boolean;
  wrap?: boolean;
  /** Horizontal alignment; absent leaves Excel's own (text left, numbers right). */
  align?: "left" | "center" | "right";
  /** Vertical alignment: table cells sit at the top so a wrapped neighbour does not float them. */
  valign?: "top" | "center";
  /** A thin border on every side: the cell is part of a table. */
  border?: boolean;
  /** How many columns the cell spans (merged from here to the right); the cells it covers are blank. */
  span?: number;
}

/** A write into the user's own sheet, at a 1-based row and column. */
export interface CellEdit extends PlanCell {
  row: number;
  column: number;
  /**
   * What the cell held when the plan was made (its formula, or its value as text; "" when empty). An adapter
   * that writes into a live workbook checks it first, so a plan made before the sheet changed writes nothing.
   */
  before?: string;
  /**
   * The column (same row) whose look this cell takes: an added heading looks like the table's headings. The
   * cell's own bold, fill and alignment still apply on top.
   */
  styleFrom?: number;
}

/** The report sheets, in the order they are written. */
export const REPORT_KINDS = ["summary", "exceptions", "checks"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The report sheets, and the History sheet (a view of the workbook's quarter-to-quarter record). */
export type SheetKind = ReportKind | "history";

/**
 * How a report sheet prints: the adapters translate it (xlsx <pageSetup>, Office.js worksheet.pageLayout).
 * Rows are 1-based.
 */
export interface PageSetup {
  orientation: "portrait" | "landscape";
  paper: "A4";
  /** Scale to this many pages across (and as many down as it takes). */
  fitToWidth: number;
  /** Print only the first this many columns (all rows); absent prints every column. */
  printColumns?: number;
  /** Rows repeated at the top of every printed page. */
  titleRows?: { first: number; last: number };
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** The footer, in Excel's header codes (&A the sheet's name, &P the page, &N the pages). */
  footer?: string;
}

/** A sheet the add-in owns, written from A1: rows of cells. */
export interface SheetPlan {
  kind: SheetKind;
  /** The preferred name (`Summary`); adapters add a suffix when an unrelated sheet already has it. */
  name: string;
  rows: PlanCell[][];
  /** Widths in characters of the default font (Excel's column width unit). */
  columnWidths: number[];
  /** Heights in points, by row (0-based as `rows`); absent or 0 leaves the default height. */
  rowHeights?: number[];
  /** Rows kept in view when scrolling (1-based count from the top). */
  freezeRows?: number;
  /** The list that gets filter buttons: its header row and its last row (1-based), first to last column. */
  autoFilter?: { headerRow: number; lastRow: number; firstColumn: number; lastColumn: number };
  page?: PageSetup;
  /** Charts drawn from the sheet's own cells (the Summary's), placed where they cover no table. */
  charts?: ChartPlan[];
  /** Excel sparklines (the Exceptions' Trend cells); Office.js has none, so the pane writes only the text. */
  sparklines?: SparklinePlan[];
}

/** A text a colour rule looks for in a cell, and the fill it gives. */
export interface ColourRule {
  text: string;
  fill: Exclude<Fill, "none">;
}

/**
 * A run of written cells in one column that colour rules test: exactly the cells the plan fills, so
 * an adapter that colours by rule (Office) colours the cells an adapter that paints fills (the file) does.
 * `rules` gives each cell its planned fill from its text, and follows an officer who types another symbol.
 */
export interface ColourRange {
  sheet: string;
  column: number;
  firstRow: number;
  lastRow: number;
  what: "status" | "dot" | "header";
  rules: ColourRule[];
}

export interface Anchor {
  sheet: string;
  column: number;
  firstRow: number;
  /** What each cell held, top to bottom, as `cellContent` gives it. */
  contents: string[];
}

export interface WorkbookPlan {
  /** Edits in users' sheets, by sheet name. */
  edits: { sheet: string; cells: CellEdit[] }[];
  /** Columns the plan adds to a table that had no status or DOT column (header cells are in `edits`). */
  addedColumns: {
    sheet: string;
    column: number;
    header: string;
    /** In characters: the heading fits on one line. */ width: number;
  }[];
  /**
   * Where each table's status and DOT symbols live (first to last measure row), for colour rules that
   * test the cell's own text, so a colour follows when an officer types another symbol.
   */
  colourRanges: ColourRange[];
  /**
   * In formula mode, the status and DOT cells that get a symbol because a formula would not give the
   * engine's judgement (a cumulative or relative target, bands, an in-year measure…).
   */
  symbolsNotFormulas: number;
  /**
   * Cells the plan was made from but does not write: each table's measure column, from its header to its
   * last measure. An adapter writing into a live workbook checks them first, so rows inserted or moved
   * since the sheet was read stop the write.
   */
  anchors: Anchor[];
  sheets: SheetPlan[];
}

export const text = (t: string): PlanValue => ({ kind: "text", text: t });
export const num = (n: number, format?: string): PlanValue =>
  format === undefined ? { kind: "number", number: n } : { kind: "number", number: n, format };

/**
 * Every report sheet the add-in writes starts with this title in A1. It is how both adapters
 * recognise a sheet they own (refresh it in place) from a user's sheet of the same name (leave it alone).
 */
export const REPORT_TITLE_PREFIX = "KPI Scorecard";

const REPORT_NAMES: readonly string[] = ["Summary", "Exceptions", "Checks", "History"];

/**
 * A sheet the add-in wrote: A1 holds exactly one of its report titles ("KPI Scorecard: Summary").
 * A user's own sheet titled "KPI Scorecard 2024/25" is not one, and is never cleared or skipped.
 */
export function isReportTitle(a1: unknown): boolean {
  return typeof a1 === "string" && REPORT_NAMES.some((n) => a1.trim() === `${REPORT_TITLE_PREFIX}: ${n}`);
}

/** Make sure a report sheet carries the owner's title in A1. */
export function withOwnerTitle(sheet: SheetPlan): SheetPlan {
  const first = sheet.rows[0]?.[0];
  if (first?.value.kind === "text" && isReportTitle(first.value.text)) return sheet;
  const title: PlanCell = { value: { kind: "text", text: `${REPORT_TITLE_PREFIX}: ${sheet.name}` }, bold: true };
  // Everything that counts rows moves down by the title's row.
  const { rowHeights, freezeRows, autoFilter, page } = sheet;
  const titleRows = page?.titleRows;
  const laidOut: SheetPlan = {
    ...sheet,
    rows: [[title], ...sheet.rows],
    ...(rowHeights === undefined ? {} : { rowHeights: [0, ...rowHeights] }),
    ...(freezeRows === undefined ? {} : { freezeRows: freezeRows + 1 }),
    ...(autoFilter === undefined
      ? {}
      : { autoFilter: { ...autoFilter, headerRow: autoFilter.headerRow + 1, lastRow: autoFilter.lastRow + 1 } }),
    ...(page === undefined || titleRows === undefined
      ? {}
      : { page: { ...page, titleRows: { first: titleRows.first + 1, last: titleRows.last + 1 } } }),
  };
  return picturesMovedDown(laidOut, 1);
}
