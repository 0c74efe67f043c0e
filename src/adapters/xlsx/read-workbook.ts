/**
 * The file adapter: an .xlsx read with ExcelJS becomes one Grid per sheet, the same shape the
 * Office.js adapter builds, so the domain never sees an ExcelJS type.
 * Bad input (missing file, not an .xlsx, password-protected) is a WorkbookReadError with a
 * one-line message for the user; nothing else about the file is trusted.
 */
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import type { CellValue, Grid, MergedArea } from "../../domain/sheet/grid";
import { dateToSerial, displayNumber } from "./display-text";
import { parseRange } from "../../domain/sheet/a1";

/** A workbook the tool cannot read. `message` is one line, fit to show the user as is. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// OLE compound file: an encrypted (password-protected) .xlsx, or an old binary .xls.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

async function checkFile(path: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new WorkbookReadError(`${path} is a folder, not an .xlsx workbook`);
    if (stat.size === 0) throw new WorkbookReadError(`${path} is empty, not an .xlsx workbook`);
    handle = await fs.open(path, "r");
    const head = new Uint8Array(8);
    await handle.read(head, 0, 8, 0);
    if (startsWith(head, OLE_MAGIC)) {
      throw new WorkbookReadError(
        `${path} is password-protected (encrypted) or an old .xls workbook: save it as an .xlsx without a password`,
      );
    }
    if (!startsWith(head, ZIP_MAGIC)) throw new WorkbookReadError(`${path} is not an .xlsx workbook (it is not a zip package)`);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookReadError(`File not found: ${path}`);
    if (code === "EACCES" || code === "EPERM") throw new WorkbookReadError(`Cannot open ${path}: permission denied`);
    throw new WorkbookReadError(`Cannot open ${path}: ${oneLine(err)}`);
  } finally {
    await handle?.close();
  }
}

function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split("\n")[0]?.trim() || "unknown error";
}

/** Reads every sheet of an .xlsx file into grids. The workbook is returned too, for writing a copy. */
export async function readWorkbook(path: string): Promise<{ grids: Grid[]; workbook: ExcelJS.Workbook }> {
  await checkFile(path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (err) {
    throw new WorkbookReadError(`${path} could not be read as an .xlsx workbook: ${oneLine(err)}`);
  }
  // A zip that is not a workbook (a .docx renamed, say) loads with no sheets.
  if (workbook.worksheets.length === 0) throw new WorkbookReadError(`${path} has no worksheets: it is not an .xlsx workbook`);
  const grids: Grid[] = [];
  workbook.eachSheet((ws) => grids.push(gridFromWorksheet(ws)));
  return { grids, workbook };
}

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
  if (v instanceof Date) return { value: dateToSerial(v), format: numFmt && numFmt !== "" ? numFmt : DEFAULT_DATE_FORMAT };
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

function mergedArea(range: string): MergedArea | null {
  // A merge is always a range (A1:B2), written either way round.
  if (!range.includes(":")) return null;
  const r = parseRange(range);
  if (r === null) return null;
  return { top: Math.min(r.top, r.bottom), left: Math.min(r.left, r.right), bottom: Math.max(r.top, r.bottom), right: Math.max(r.left, r.right) };
}

/** The merged areas, read from the sheet's merge list without building the whole sheet model. */
function mergesOf(ws: ExcelJS.Worksheet): MergedArea[] {
  // ExcelJS keeps merges in `_merges` (address → Range); `model.merges` would serialise every row.
  const internal = (ws as unknown as { _merges?: Record<string, { range?: string; model?: { top: number; left: number; bottom: number; right: number } }> })._merges;
  const out: MergedArea[] = [];
  if (internal) {
    for (const range of Object.values(internal)) {
      if (range.model) out.push({ top: range.model.top, left: range.model.left, bottom: range.model.bottom, right: range.model.right });
      else if (range.range) {
        const area = mergedArea(range.range);
        if (area) out.push(area);
      }
    }
    return out;
  }
  for (const r of ws.model.merges ?? []) {
    const area = mergedArea(r);
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
