/**
 * Plan the status and DOT cells for one table: symbols (value mode) or live KPI formulas
 * (formula mode), keeping what officers recorded unless asked to replace it.
 * Writes only to the table's status and DOT columns, or to two new columns after the last
 * period when the table has none, never over a cell of the user's data.
 */
import { address } from "../sheet/a1";
import { isCellError, type CellInput } from "../sheet/grid";
import {
  directionOfCells,
  isProblem,
  judgeCells,
  polarityOfCell,
  targetOfCell,
  type Scalar,
} from "../judging/cell-judgement";
import { isInYear } from "../assessment/in-year";
import type { MeasureAssessment } from "../assessment/types";
import type { Anchor, CellEdit, ColourRange, ColourRule, Fill, PlanValue, WorkbookPlan } from "./workbook-plan";
import type { ScorecardTable } from "../layout/scorecard";
import { periodCell, type MeasureRow, type TableRows } from "../layout/rows";
import { DIRECTIONS, STATUSES, type Direction, type Movement, type Status } from "../judging/types";
import { statusWordsOf } from "./status-words";
import { DOT_ARROWS, DOT_FILLS, DOT_WORDS, STATUS_SYMBOLS, VALUE_ARROWS, statusFill } from "../judging";
import { textWidth } from "./text-fit";

export type WriteMode = "value" | "formula";
export type RecordedChoice = "keep" | "replace";
export type DotStyle = "arrow" | "word" | "value";

export interface WritebackOptions {
  mode: WriteMode;
  recorded: RecordedChoice;
  dotStyle: DotStyle;
  /** The tolerance as the officer wrote it ("2pp"), passed to =KPI.STATUS when it is not the default. */
  tolerance?: string;
}

export const DEFAULT_TOLERANCE_TEXT = "5%";

export const DEFAULT_WRITEBACK: WritebackOptions = { mode: "value", recorded: "keep", dotStyle: "arrow" };

export { DOT_FILLS };

export function dotText(dot: Direction, movement: Movement, style: DotStyle): string {
  if (style === "word") return DOT_WORDS[dot];
  if (style === "value")
    return dot === "not-applicable" && movement === "unknown" ? DOT_ARROWS["not-applicable"] : VALUE_ARROWS[movement];
  return DOT_ARROWS[dot];
}

/** Where the status and DOT go: the layout chose them from the cells it read (the table's own, or two free columns). */
export function statusColumns(rows: TableRows): { status: number; dot: number; added: boolean } {
  return rows.place;
}

/** A cell's value as a custom function receives it, or undefined for an error cell (the formula would show the error). */
function rawAt(cell: CellInput | undefined): Scalar | undefined {
  const v = cell === undefined ? null : cell.value;
  return isCellError(v) ? undefined : v;
}

/**
 * The live formula for a measure's status or DOT, or null when a formula would not give the engine's
 * judgement: that cell gets the symbol instead, so formula mode never shows another answer than the
 * preview, now or when the figures change. A formula sees only the value, the target and the polarity,
 * so it is written only for a plain or comparator target that is not profiled over the year (no
 * cumulative target, no in-year measure), or for "No target", with the polarity the engine used; and it
 * must give today's answer too (a figure that cannot be read, say, gives none).
 */
function formulaFor(
  r: MeasureRow,
  table: ScorecardTable,
  m: MeasureAssessment,
  what: "status" | "dot",
  options: WritebackOptions,
): string | null {
  const { target, polarity } = table.roles;
  if (table.current === null) return null;
  const value = address(m.row, table.current.column);
  const polRaw = polarity === undefined ? null : rawAt(r.cells.polarity);
  const current = rawAt(periodCell(r, table.current));
  if (polRaw === undefined || current === undefined) return null;
  if (what === "status") {
    const t = m.target;
    if (target === undefined) return null;
    // "No target" stays □ under a formula too, and turns live when a target is typed in.
    const judgedAlike =
      t.kind === "not-applicable" ||
      ((t.kind === "plain" || t.kind === "comparator") && !t.flags.cumulative && !isInYear(m.measure));
    if (!judgedAlike) return null;
    const targetRaw = rawAt(r.cells.target);
    if (targetRaw === undefined) return null;
    // The polarity the function would read must be the engine's, or say it in the formula.
    const targetRead = targetOfCell(targetRaw);
    const usesCell =
      polarity !== undefined && polarityOfCell(polRaw, isProblem(targetRead) ? undefined : targetRead) === m.polarity;
    const pol = usesCell ? address(m.row, polarity) : `"${m.polarity}"`;
    const tolerance =
      options.tolerance === undefined || options.tolerance === DEFAULT_TOLERANCE_TEXT ? null : options.tolerance;
    const judged = judgeCells(current, targetRaw, usesCell ? polRaw : m.polarity, tolerance);
    if (isProblem(judged) || judged.status !== m.status) return null;
    return `=KPI.STATUS(${value},${address(m.row, target)},${pol}${tolerance === null ? "" : `,"${tolerance}"`})`;
  }
  if (table.comparison === null) return null;
  const previous = rawAt(periodCell(r, table.comparison));
  if (previous === undefined) return null;
  const usesCell = polarity !== undefined && polarityOfCell(polRaw) === m.polarity;
  const direction = directionOfCells(current, previous, usesCell ? polRaw : m.polarity);
  if (isProblem(direction) || direction.direction !== m.dot || direction.movement !== m.movement) return null;
  const pol = usesCell ? address(m.row, polarity) : `"${m.polarity}"`;
  return `=KPI.DOT(${value},${address(m.row, table.comparison.column)},${pol}${options.dotStyle === "arrow" ? "" : `,"${options.dotStyle}"`})`;
}

const text = (t: string): PlanValue => ({ kind: "text", text: t });

/**
 * A column wide enough for its heading on one line, in bold, with the cell's padding: a quarter more than the
 * default font needs, as the table's headings (whose look the heading takes) are often in a larger one.
 */
function headingWidth(heading: string): number {
  return Math.ceil(textWidth(heading, true) * 1.25 + 1.5);
}

/** Excel's last column (XFD). */
export const LAST_COLUMN = 16_384;

export function planStatusWrites(
  tableRows: TableRows,
  measures: MeasureAssessment[],
  options: WritebackOptions = DEFAULT_WRITEBACK,
): WorkbookPlan {
  const { table } = tableRows;
  const columns = statusColumns(tableRows);
  // No room to add columns (the sheet is full to XFD): write nothing rather than past Excel's edge.
  if (columns.status > LAST_COLUMN || columns.dot > LAST_COLUMN)
    return {
      edits: [{ sheet: table.sheet, cells: [] }],
      addedColumns: [],
      colourRanges: [],
      symbolsNotFormulas: 0,
      anchors: [],
      sheets: [],
    };
  const cells: CellEdit[] = [];
  const addedColumns: WorkbookPlan["addedColumns"] = [];
  // Added headings take the look of the table's last heading (its font, borders, alignment) on each header row.
  const lastColumn = Math.min(columns.status, columns.dot) - 1;
  const look = columns.added && lastColumn >= 1 ? { styleFrom: lastColumn } : {};
  // Symbols in a column the add-in added sit in the middle of it (an officer's own column keeps its alignment).
  const centred = (column: number): Partial<CellEdit> =>
    columns.added && addedColumns.some((a) => a.column === column) ? { align: "center" } : {};
  if (columns.added) {
    // A header repeated after a page break gets the same headings, so the table still reads as one next time.
    const headingRows = tableRows.headings;
    if (table.roles.status === undefined) {
      for (const { row, before } of headingRows)
        cells.push({
          row,
          column: columns.status,
          value: { kind: "text", text: "Overall status" },
          bold: true,
          fill: "header",
          align: "center",
          ...look,
          before: before.status,
        });
      addedColumns.push({
        sheet: table.sheet,
        column: columns.status,
        header: "Overall status",
        width: headingWidth("Overall status"),
      });
    }
    if (table.roles.dot === undefined) {
      for (const { row, before } of headingRows)
        cells.push({
          row,
          column: columns.dot,
          value: { kind: "text", text: "DOT" },
          bold: true,
          fill: "header",
          align: "center",
          ...look,
          before: before.dot,
        });
      addedColumns.push({ sheet: table.sheet, column: columns.dot, header: "DOT", width: headingWidth("DOT") });
    }
  }
  let symbolsNotFormulas = 0;
  // The column's own words for the statuses, where it keeps them in words (see status-words.ts).
  const words = statusWordsOf(tableRows);
  const statusText = (s: Status) => words[s] ?? STATUS_SYMBOLS[s];
  const rowsByNumber = new Map(tableRows.rows.map((r) => [r.row, r]));
  for (const m of measures) {
    const r = rowsByNumber.get(m.row);
    if (r === undefined) continue;
    // The record of past writes says which cells hold an officer's judgement (m.keep); without it, any recorded one.
    // An override is the officer's choice: its symbol is written, never a formula (it would give the computed one).
    const keepStatus =
      m.override === undefined && options.recorded === "keep" && (m.keep?.status ?? m.recordedStatusText !== null);
    const keepDot = options.recorded === "keep" && (m.keep?.dot ?? m.recordedDotText !== null);
    if (!keepStatus) {
      const shown = m.override?.status ?? m.status;
      const formula =
        options.mode === "formula" && m.override === undefined ? formulaFor(r, table, m, "status", options) : null;
      if (options.mode === "formula" && formula === null && m.override === undefined) symbolsNotFormulas++;
      const value: PlanValue =
        formula === null ? { kind: "text", text: statusText(shown) } : { kind: "formula", formula };
      cells.push({
        row: m.row,
        column: columns.status,
        value,
        fill: statusFill(shown),
        ...centred(columns.status),
        before: r.before.status,
      });
    }
    if (!keepDot) {
      const formula = options.mode === "formula" ? formulaFor(r, table, m, "dot", options) : null;
      if (options.mode === "formula" && formula === null) symbolsNotFormulas++;
      const value: PlanValue =
        formula === null
          ? { kind: "text", text: dotText(m.dot, m.movement, options.dotStyle) }
          : { kind: "formula", formula };
      cells.push({
        row: m.row,
        column: columns.dot,
        value,
        fill: DOT_FILLS[m.dot],
        ...centred(columns.dot),
        before: r.before.dot,
      });
    }
  }
  // An officer's own symbol, kept, is coloured by the same rule as the computed ones around it: the colour
  // ranges run over it (it is not written). Value arrows are left out: their colour depends on the measure.
  const kept: CellEdit[] = [];
  for (const m of measures) {
    if (!rowsByNumber.has(m.row) || options.recorded !== "keep") continue;
    if (m.recordedStatusText !== null && m.recordedStatus !== null)
      kept.push({
        row: m.row,
        column: columns.status,
        value: text(m.recordedStatusText),
        fill: statusFill(m.recordedStatus),
      });
    if (m.recordedDotText !== null && m.recordedDot !== null && options.dotStyle !== "value")
      kept.push({ row: m.row, column: columns.dot, value: text(m.recordedDotText), fill: DOT_FILLS[m.recordedDot] });
  }
  const statusRules = [
    ...STATUS_RULES,
    ...Object.entries(words).map(([s, text]) => ({ text, fill: statusFill(s as Status) as ColourRule["fill"] })),
  ];
  const colourRanges = colourRangesOf(
    table.sheet,
    [...cells, ...kept],
    columns,
    options.dotStyle,
    measures,
    statusRules,
  );
  return {
    edits: [{ sheet: table.sheet, cells }],
    addedColumns,
    colourRanges,
    symbolsNotFormulas,
    anchors: anchorsOf(tableRows),
    sheets: [],
  };
}

const STATUS_RULES: ColourRule[] = STATUSES.map((s) => ({
  text: STATUS_SYMBOLS[s],
  fill: statusFill(s) as ColourRule["fill"],
}));
const DOT_RULES: ColourRule[] = DIRECTIONS.flatMap((d) => [
  { text: DOT_ARROWS[d], fill: DOT_FILLS[d] },
  { text: DOT_WORDS[d], fill: DOT_FILLS[d] },
]);

/** The text a cell shows, as a rule tests it: a symbol written, or the symbol its formula gives. */
function shownText(
  cell: CellEdit,
  measures: Map<number, MeasureAssessment>,
  what: ColourRange["what"],
  style: DotStyle,
): string | null {
  if (cell.value.kind === "text") return cell.value.text;
  const m = measures.get(cell.row);
  if (m === undefined) return null;
  return what === "status" ? STATUS_SYMBOLS[m.override?.status ?? m.status] : dotText(m.dot, m.movement, style);
}

/**
 * The colour rules for the filled cells: one range per run of adjacent written cells in a column, so the
 * rules colour exactly the cells the plan fills (a kept recorded status between two runs stays as it was).
 * Status and DOT symbols have one colour each; value arrows (↑ is good for one measure, bad for the next)
 * split a run where the same arrow needs another colour.
 */
function colourRangesOf(
  sheet: string,
  cells: CellEdit[],
  columns: { status: number; dot: number },
  style: DotStyle,
  measures: MeasureAssessment[] = [],
  statusRules: ColourRule[] = STATUS_RULES,
): ColourRange[] {
  const byRow = new Map(measures.map((m) => [m.row, m]));
  const ranges: ColourRange[] = [];
  const filled = cells
    .filter((c) => c.fill !== undefined && c.fill !== "none")
    .sort((a, b) => a.column - b.column || a.row - b.row);
  let open: (ColourRange & { seen: Map<string, Fill> }) | null = null;
  for (const cell of filled) {
    const fill = cell.fill as Exclude<Fill, "none">;
    const what: ColourRange["what"] = fill === "header" ? "header" : cell.column === columns.status ? "status" : "dot";
    const text = shownText(cell, byRow, what, style) ?? "";
    const fixed = what === "status" ? statusRules : what === "dot" && style !== "value" ? DOT_RULES : null;
    const fits =
      open !== null &&
      open.column === cell.column &&
      open.lastRow === cell.row - 1 &&
      open.what === what &&
      (fixed !== null || (open.seen.get(text) ?? fill) === fill);
    if (!fits || open === null) {
      if (open !== null) ranges.push(closed(open));
      open = {
        sheet,
        column: cell.column,
        firstRow: cell.row,
        lastRow: cell.row,
        what,
        rules: fixed ?? [],
        seen: new Map(),
      };
    } else open.lastRow = cell.row;
    if (fixed === null && !open.seen.has(text)) {
      open.seen.set(text, fill);
      open.rules = [...open.rules, { text, fill }];
    }
  }
  if (open !== null) ranges.push(closed(open));
  return ranges;
}

function closed(r: ColourRange & { seen: Map<string, Fill> }): ColourRange {
  const { seen: _seen, ...range } = r;
  return range;
}

/** The table's measure (or ref) column from its header row to its last measure, as the layout read it. */
function anchorsOf({ table, anchor }: TableRows): Anchor[] {
  return anchor === null ? [] : [{ sheet: table.sheet, ...anchor }];
}
