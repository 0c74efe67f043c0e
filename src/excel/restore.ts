/**
 * The restore point: before any write, what was in every cell to be changed (formulas and number
 * formats) is kept in a very hidden sheet of the workbook, with the time, so "Restore previous" puts
 * it back exactly, even after the workbook is saved and reopened.
 */
import { blockAddress } from "./blocks";
import { prepareRemoval, readRuleSets, removeRules, type RuleSet } from "./colour-rules";
import type { RestorePoint } from "./gateway";
import { RESTORE_SHEET } from "./owned-sheets";

/** What was in one rectangle before a write. */
export interface SavedRange {
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  formulas: unknown[][];
  numberFormat: unknown[][];
}

const HEADER = "KPI Scorecard restore point";
/** A cell holds at most 32,767 characters: keep each saved piece well under. */
const MAX_JSON = 30_000;

/** Split saved ranges so each piece's JSON fits in one cell. */
function pieces(saved: SavedRange[]): SavedRange[] {
  const out: SavedRange[] = [];
  for (const s of saved) {
    const size = JSON.stringify(s.formulas).length + JSON.stringify(s.numberFormat).length;
    const rows = s.formulas.length;
    const per = size <= MAX_JSON ? rows : Math.max(1, Math.floor((rows * MAX_JSON) / size));
    for (let r = 0; r < rows; r += per) {
      out.push({ ...s, rowIndex: s.rowIndex + r, formulas: s.formulas.slice(r, r + per), numberFormat: s.numberFormat.slice(r, r + per) });
    }
  }
  return out;
}

async function restoreSheet(context: Excel.RequestContext, create: boolean): Promise<Excel.Worksheet | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(RESTORE_SHEET);
  sheet.load("name");
  await context.sync();
  if (!sheet.isNullObject) return sheet;
  if (!create) return null;
  const added = context.workbook.worksheets.add(RESTORE_SHEET);
  added.visibility = "VeryHidden";
  return added;
}

/** Marks a row that records colour rules a write added (a sheet name cannot hold square brackets). */
const RULES_ROW = "[rules]";

/** Replace the restore point with what the coming write will overwrite. Returns the rows it used. */
export async function saveRestorePoint(context: Excel.RequestContext, saved: SavedRange[], savedAt: string): Promise<number> {
  const sheet = await restoreSheet(context, true);
  if (sheet === null) return 0;
  sheet.getRange().clear();
  const cells = saved.reduce((n, s) => n + s.formulas.length * (s.formulas[0]?.length ?? 0), 0);
  const rows: string[][] = [[HEADER, savedAt, saved[0]?.sheet ?? "", String(cells)]];
  for (const p of pieces(saved)) {
    const address = blockAddress(p.rowIndex, p.columnIndex, p.formulas.length, p.formulas[0]?.length ?? 1);
    rows.push([p.sheet, address, JSON.stringify(p.formulas), JSON.stringify(p.numberFormat)]);
  }
  const range = sheet.getRangeByIndexes(0, 0, rows.length, 4);
  range.numberFormat = rows.map((r) => r.map(() => "@"));
  range.values = rows;
  await context.sync();
  return rows.length;
}

/** Add to the restore point the colour rules the write added, one row each, below what it keeps. */
export async function recordAddedRules(context: Excel.RequestContext, sets: RuleSet[], firstRow: number): Promise<void> {
  if (sets.length > 0) {
    const rows = sets.map((s) => [RULES_ROW, JSON.stringify(s), "", ""]);
    const range = context.workbook.worksheets.getItem(RESTORE_SHEET).getRangeByIndexes(firstRow, 0, rows.length, 4);
    range.numberFormat = rows.map((r) => r.map(() => "@"));
    range.values = rows;
  }
  await context.sync();
}

function parsePoint(values: unknown[][]): RestorePoint | null {
  const head = values[0];
  if (head === undefined || head[0] !== HEADER) return null;
  return { savedAt: String(head[1] ?? ""), sheet: String(head[2] ?? ""), cells: Number(head[3] ?? 0) || 0 };
}

async function readPoint(context: Excel.RequestContext): Promise<{ sheet: Excel.Worksheet; values: unknown[][] } | null> {
  const sheet = await restoreSheet(context, false);
  if (sheet === null) return null;
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  if (used.isNullObject) return null;
  return { sheet, values: used.values };
}

export async function restorePoint(context: Excel.RequestContext): Promise<RestorePoint | null> {
  const read = await readPoint(context);
  return read === null ? null : parsePoint(read.values);
}

function parseAddress(address: string): { rowIndex: number; columnIndex: number } | null {
  const m = /^([A-Z]{1,3})(\d{1,7})(?::[A-Z]{1,3}\d{1,7})?$/.exec(address);
  if (m === null) return null;
  const column = (m[1] ?? "").split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { rowIndex: Number(m[2]) - 1, columnIndex: column - 1 };
}

function matrixOf(json: unknown): unknown[][] | null {
  if (typeof json !== "string") return null;
  try {
    const m: unknown = JSON.parse(json);
    return Array.isArray(m) && m.every((row) => Array.isArray(row)) ? (m as unknown[][]) : null;
  } catch {
    return null;
  }
}

/** Put back exactly what the last write replaced, then clear the restore point (it has been used). */
export async function restorePrevious(context: Excel.RequestContext): Promise<RestorePoint | null> {
  const read = await readPoint(context);
  if (read === null) return null;
  const point = parsePoint(read.values);
  if (point === null) return null;
  const body = read.values.slice(1);
  const addedRules = readRuleSets(`[${body.filter((r) => r[0] === RULES_ROW).map((r) => String(r[1] ?? "")).join(",")}]`);
  const removal = prepareRemoval(context, addedRules);
  await context.sync();
  for (const row of body) {
    if (row[0] === RULES_ROW) continue;
    const [sheetName, address, formulasJson, formatJson] = row;
    const at = parseAddress(String(address ?? ""));
    const formulas = matrixOf(formulasJson);
    const formats = matrixOf(formatJson);
    if (at === null || formulas === null || formats === null || formulas.length === 0) {
      throw new Error("The restore point in this workbook is damaged; nothing was restored.");
    }
    const range = context.workbook.worksheets
      .getItem(String(sheetName))
      .getRangeByIndexes(at.rowIndex, at.columnIndex, formulas.length, formulas[0]?.length ?? 1);
    // Formats first, so text that looks like a formula stays text.
    range.numberFormat = formats as string[][];
    range.formulas = formulas as (string | number | boolean)[][];
  }
  removeRules(context, removal);
  read.sheet.getRange().clear();
  await context.sync();
  return point;
}
