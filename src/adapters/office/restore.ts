/**
 * The restore point: before any write, what was in every cell to be changed (formulas, constants and
 * number formats), what the write put there, and the colour rules it added, are kept in a very hidden
 * sheet of the workbook with the time. "Restore previous" puts back exactly what was there, even after
 * the workbook is saved and reopened, and leaves alone any cell an officer has changed since the write.
 */
import { contentOf } from "../../domain/sheet/grid";
import { blockAddress, parseBlockAddress } from "./blocks";
import { sameContent } from "./cell-content";
import { loadRuleDetails, prepareRecorded, readRuleSet, removeRules, type RuleSet } from "./colour-rules";
import type { RestoreOutcome, RestorePoint } from "./results";
import { RESTORE_SHEET } from "./owned-sheets";
import type { Supports } from "./api-sets";

/** What was in one rectangle before a write, and what the write put there. */
export interface SavedRange {
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  formulas: unknown[][];
  numberFormat: unknown[][];
  /** What the write put in these cells; absent for restore points kept by older versions. */
  written?: unknown[][];
}

const HEADER = "KPI Scorecard restore point";
/** Marks a row that records colour rules a write added (a sheet name cannot hold square brackets). */
const RULES_ROW = "[rules]";
/** A cell holds at most 32,767 characters: keep each saved piece well under. */
const MAX_JSON = 30_000;
/** Rows of the restore sheet written per request, well under Excel on the web's 5 MB limit. */
const MAX_REQUEST = 2_000_000;

const json = (s: SavedRange) => JSON.stringify(s.formulas).length + JSON.stringify(s.numberFormat).length + JSON.stringify(s.written ?? []).length;

/** Split saved ranges so each piece's JSON fits in one cell. */
function pieces(saved: SavedRange[]): SavedRange[] {
  const out: SavedRange[] = [];
  for (const s of saved) {
    const rows = s.formulas.length;
    const size = json(s);
    const per = size <= MAX_JSON ? rows : Math.max(1, Math.floor((rows * MAX_JSON) / size));
    for (let r = 0; r < rows; r += per) {
      out.push({
        ...s,
        rowIndex: s.rowIndex + r,
        formulas: s.formulas.slice(r, r + per),
        numberFormat: s.numberFormat.slice(r, r + per),
        ...(s.written === undefined ? {} : { written: s.written.slice(r, r + per) }),
      });
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

/** Replace the restore point with what the coming write will overwrite, and the colour rules it adds. */
export async function saveRestorePoint(context: Excel.RequestContext, saved: SavedRange[], savedAt: string, rules: RuleSet[] = []): Promise<void> {
  const sheet = await restoreSheet(context, true);
  if (sheet === null) return;
  sheet.getRange().clear();
  const cells = saved.reduce((n, s) => n + s.formulas.length * (s.formulas[0]?.length ?? 0), 0);
  const rows: string[][] = [[HEADER, savedAt, saved[0]?.sheet ?? rules[0]?.sheet ?? "", String(cells), ""]];
  for (const p of pieces(saved)) {
    const address = blockAddress(p.rowIndex, p.columnIndex, p.formulas.length, p.formulas[0]?.length ?? 1);
    rows.push([p.sheet, address, JSON.stringify(p.formulas), JSON.stringify(p.numberFormat), p.written === undefined ? "" : JSON.stringify(p.written)]);
  }
  for (const r of rules) rows.push([RULES_ROW, JSON.stringify(r), "", "", ""]);
  // In requests under the size limit: usually one.
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length && (end === start || bytes + (rows[end] ?? []).join("").length < MAX_REQUEST)) bytes += (rows[end++] ?? []).join("").length;
    const block = rows.slice(start, end);
    const range = sheet.getRangeByIndexes(start, 0, block.length, 5);
    range.numberFormat = block.map((r) => r.map(() => "@"));
    range.values = block;
    await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one sync per 2 MB of restore point
    start = end;
  }
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

function matrixOf(text: unknown): unknown[][] | null {
  if (typeof text !== "string") return null;
  try {
    const m: unknown = JSON.parse(text);
    return Array.isArray(m) && m.every((row) => Array.isArray(row)) ? (m as unknown[][]) : null;
  } catch {
    return null;
  }
}

const DAMAGED = "The restore point in this workbook is damaged; nothing was restored.";

interface Piece {
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  formulas: unknown[][];
  formats: unknown[][];
  written: unknown[][] | null;
}

function parsePieces(rows: unknown[][]): { pieces: Piece[]; rules: RuleSet[] } {
  const pieces: Piece[] = [];
  const rules: RuleSet[] = [];
  for (const row of rows) {
    if (row[0] === RULES_ROW) {
      const set = readRuleSet(row[1]);
      if (set !== null) rules.push(set);
      continue;
    }
    const [sheetName, address, formulasJson, formatJson, writtenJson] = row;
    const block = parseBlockAddress(String(address ?? ""));
    const at = block === null ? null : { rowIndex: block.rowIndex, columnIndex: block.columnIndex };
    const formulas = matrixOf(formulasJson);
    const formats = matrixOf(formatJson);
    if (at === null || formulas === null || formats === null || formulas.length === 0 || typeof sheetName !== "string" || sheetName === "") throw new Error(DAMAGED);
    pieces.push({ sheet: sheetName, ...at, formulas, formats, written: writtenJson === "" || writtenJson === undefined ? null : matrixOf(writtenJson) });
  }
  return { pieces, rules };
}

/**
 * Put back exactly what the last write replaced, then clear the restore point (it has been used). A cell
 * that no longer holds what the write put there (an officer typed over it, or rows moved) is left alone
 * and counted in `kept`.
 */
export async function restorePrevious(context: Excel.RequestContext, supports: Supports): Promise<RestoreOutcome | null> {
  const read = await readPoint(context);
  if (read === null) return null;
  const point = parsePoint(read.values);
  if (point === null) return null;
  const { pieces, rules } = parsePieces(read.values.slice(1));

  // Every sheet the write touched must still be there.
  const names = [...new Set([...pieces.map((p) => p.sheet), ...rules.map((r) => r.sheet)])];
  const sheets = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n).load("name"));
  await context.sync();
  const missing = names.filter((_, i) => sheets[i]?.isNullObject === true);
  if (missing.length > 0) {
    throw new Error(`The sheet "${missing[0]}" that the last write changed is no longer in this workbook (renamed or deleted); nothing was restored.`);
  }

  const rangeOf = (p: Piece, rows: number, columns: number, dy = 0, dx = 0) =>
    context.workbook.worksheets.getItem(p.sheet).getRangeByIndexes(p.rowIndex + dy, p.columnIndex + dx, rows, columns);
  const now = pieces.map((p) => (p.written === null ? null : rangeOf(p, p.formulas.length, p.formulas[0]?.length ?? 1).load("formulas")));
  const targets = prepareRecorded(context, rules);
  await context.sync();
  loadRuleDetails(targets, supports);
  await context.sync();

  let kept = 0;
  pieces.forEach((p, i) => {
    const current = now[i];
    const unchanged = (y: number, x: number) => current === null || current === undefined || p.written === null || sameContent(current.formulas[y]?.[x], contentOf(p.written[y]?.[x]));
    const all = p.formulas.every((row, y) => row.every((_, x) => unchanged(y, x)));
    if (all) {
      // Formats first, so text that looks like a formula stays text.
      const range = rangeOf(p, p.formulas.length, p.formulas[0]?.length ?? 1);
      range.numberFormat = p.formats as string[][];
      range.formulas = p.formulas as (string | number | boolean)[][];
      return;
    }
    p.formulas.forEach((row, y) =>
      row.forEach((f, x) => {
        if (!unchanged(y, x)) {
          kept++;
          return;
        }
        const cell = rangeOf(p, 1, 1, y, x);
        cell.numberFormat = [[p.formats[y]?.[x] as string]];
        cell.formulas = [[f as string | number | boolean]];
      }),
    );
  });
  removeRules(targets);
  read.sheet.getRange().clear();
  await context.sync();
  return { point, kept };
}
