/**
 * The grid as ExcelJS reads a worksheet: the file adapter's former reader, kept for tests that compare
 * the package reader with it (and show where ExcelJS misreads, such as a cached 0 or FALSE).
 */
import ExcelJS from "exceljs";
import type { CellValue, Grid, MergedArea } from "../../src/domain/sheet/grid";
import { dateToSerial, displayNumber } from "../../src/adapters/xlsx/display-text";

const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";

interface ReadCell {
  value: CellValue;
  text: string;
  format: string;
  formula: string | null;
}

type ExcelResult = ExcelJS.CellValue | undefined;

function plainValue(v: ExcelResult, numFmt: string | undefined): { value: CellValue; format: string } {
  const format = numFmt && numFmt !== "" ? numFmt : "General";
  if (v === null || v === undefined) return { value: null, format };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v, format };
  if (v instanceof Date)
    return { value: dateToSerial(v), format: numFmt && numFmt !== "" ? numFmt : DEFAULT_DATE_FORMAT };
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return { value: v.richText.map((r) => r.text).join(""), format };
    if ("error" in v && typeof v.error === "string") return { value: { error: v.error }, format };
    if ("formula" in v || "sharedFormula" in v) {
      return plainValue((v as ExcelJS.CellFormulaValue).result as ExcelResult, numFmt);
    }
    if ("text" in v && typeof v.text === "string") return { value: v.text, format }; // hyperlink
    if ("text" in v && typeof v.text === "object" && v.text !== null && "richText" in v.text) {
      return { value: (v.text as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join(""), format };
    }
  }
  return { value: String(v), format };
}

function textOf(value: CellValue, format: string): string {
  if (value === null) return "";
  if (typeof value === "number") return displayNumber(value, format);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return value.error;
}

function readCell(cell: ExcelJS.Cell): ReadCell {
  const raw = cell.value;
  const isFormula = cell.type === ExcelJS.ValueType.Formula;
  const { value, format } = plainValue(raw, cell.numFmt);
  let formula: string | null = null;
  if (isFormula) {
    const f = cell.formula;
    formula = f ? `=${f}` : null;
  }
  return { value, text: textOf(value, format), format, formula };
}

function parseRange(range: string): MergedArea | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(range.trim());
  if (!m) return null;
  const col = (letters: string) =>
    letters
      .toUpperCase()
      .split("")
      .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const a = { row: Number(m[2]), col: col(m[1] as string) };
  const b = { row: Number(m[4]), col: col(m[3] as string) };
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** The merged areas, read from the sheet's merge list without building the whole sheet model. */
function mergesOf(ws: ExcelJS.Worksheet): MergedArea[] {
  // ExcelJS keeps merges in `_merges` (address → Range); `model.merges` would serialise every row.
  const internal = (
    ws as unknown as {
      _merges?: Record<
        string,
        { range?: string; model?: { top: number; left: number; bottom: number; right: number } }
      >;
    }
  )._merges;
  const out: MergedArea[] = [];
  if (internal) {
    for (const range of Object.values(internal)) {
      if (range.model)
        out.push({
          top: range.model.top,
          left: range.model.left,
          bottom: range.model.bottom,
          right: range.model.right,
        });
      else if (range.range) {
        const area = parseRange(range.range);
        if (area) out.push(area);
      }
    }
    return out;
  }
  for (const r of ws.model.merges ?? []) {
    const area = parseRange(r);
    if (area) out.push(area);
  }
  return out;
}

/**
 * One sheet as a grid, from A1 to the last cell holding a value (or a merge). Cells inside a
 * merged area other than its top-left are blank, as Excel reports them.
 */
export function gridFromWorksheet(ws: ExcelJS.Worksheet): Grid {
  const merges = mergesOf(ws);
  const cells: { row: number; col: number; cell: ReadCell }[] = [];
  let height = 0;
  let width = 0;
  let anyFormula = false;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return; // not the top-left of its merge
      const read = readCell(cell);
      if (read.value === null && read.formula === null) return;
      if (read.formula !== null) anyFormula = true;
      cells.push({ row: rowNumber, col: colNumber, cell: read });
      if (rowNumber > height) height = rowNumber;
      if (colNumber > width) width = colNumber;
    });
  });
  for (const m of merges) {
    if (m.bottom > height) height = m.bottom;
    if (m.right > width) width = m.right;
  }
  const values: CellValue[][] = new Array(height);
  const text: string[][] = new Array(height);
  const formats: string[][] = new Array(height);
  const formulas: (string | null)[][] | undefined = anyFormula ? new Array(height) : undefined;
  for (let r = 0; r < height; r++) {
    values[r] = new Array<CellValue>(width).fill(null);
    text[r] = new Array<string>(width).fill("");
    formats[r] = new Array<string>(width).fill("General");
    if (formulas) formulas[r] = new Array<string | null>(width).fill(null);
  }
  for (const { row, col, cell } of cells) {
    const r = row - 1;
    const c = col - 1;
    (values[r] as CellValue[])[c] = cell.value;
    (text[r] as string[])[c] = cell.text;
    (formats[r] as string[])[c] = cell.format;
    if (formulas) (formulas[r] as (string | null)[])[c] = cell.formula;
  }
  const grid: Grid = { sheet: ws.name, top: 1, left: 1, values, text, formats, merges };
  if (formulas) grid.formulas = formulas;
  return grid;
}
