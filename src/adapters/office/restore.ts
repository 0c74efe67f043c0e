/**
 * The restore point: before any write, what was in every cell to be changed (formulas, constants and
 * number formats), what the write put there, and the colour rules it added, are kept in the workbook's
 * custom XML (restore-store.ts) with the time. "Restore previous" puts back exactly what was there, even
 * after the workbook is saved and reopened, and leaves alone any cell an officer has changed since the
 * write. A restore point an earlier version kept in a very hidden sheet is still read and used.
 */
import { contentOf } from "../../domain/sheet/grid";
import { blockAddress, parseBlockAddress } from "./blocks";
import { sameContent } from "./cell-content";
import { loadRuleDetails, prepareRecorded, readRuleSet, removeRules, type RuleSet } from "./colour-rules";
import type { RestoreOutcome, RestorePoint } from "./results";
import { RESTORE_SHEET } from "./owned-sheets";
import { fromParts, queueParts, readParts, toStored, writeParts } from "./restore-store";
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

/** The very hidden sheet of earlier versions: a header row, then one row per saved range or rule set. */
const HEADER = "KPI Scorecard restore point";
/** Marks a row that records colour rules a write added (a sheet name cannot hold square brackets). */
const RULES_ROW = "[rules]";

const addressOf = (s: SavedRange) =>
  blockAddress(s.rowIndex, s.columnIndex, s.formulas.length, s.formulas[0]?.length ?? 1);

/** Replace the restore point with what the coming write will overwrite, and the colour rules it adds. */
export async function saveRestorePoint(
  context: Excel.RequestContext,
  saved: SavedRange[],
  savedAt: string,
  rules: RuleSet[] = [],
): Promise<void> {
  const old = queueParts(context);
  // An earlier version's restore sheet is emptied (never deleted or unhidden, which would clear undo), so it is not used again.
  const sheet = context.workbook.worksheets.getItemOrNullObject(RESTORE_SHEET).load("name");
  await context.sync();
  if (!sheet.isNullObject) sheet.getRange().clear();
  await writeParts(context, old, toStored(saved, savedAt, rules, addressOf));
}

function parsePoint(values: unknown[][]): RestorePoint | null {
  const head = values[0];
  if (head === undefined || head[0] !== HEADER) return null;
  return { savedAt: String(head[1] ?? ""), sheet: String(head[2] ?? ""), cells: Number(head[3] ?? 0) || 0 };
}

type Kept =
  | { kind: "xml"; parts: Excel.CustomXmlPartScopedCollection; point: RestorePoint; pieces: Piece[]; rules: RuleSet[] }
  | { kind: "sheet"; sheet: Excel.Worksheet; values: unknown[][] };

/** The restore point in the workbook: its custom XML, else an earlier version's very hidden sheet. */
async function readPoint(context: Excel.RequestContext): Promise<Kept | "damaged" | null> {
  const parts = queueParts(context);
  const sheet = context.workbook.worksheets.getItemOrNullObject(RESTORE_SHEET).load("name");
  await context.sync();
  if (parts.items.length > 0) {
    const stored = fromParts(await readParts(context, parts));
    if (stored === null) return "damaged";
    const pieces: Piece[] = [];
    for (const r of stored.ranges) {
      const at = parseBlockAddress(r.address);
      if (at === null || r.formulas.length === 0) return "damaged";
      pieces.push({
        sheet: r.sheet,
        rowIndex: at.rowIndex,
        columnIndex: at.columnIndex,
        formulas: r.formulas,
        formats: r.numberFormat,
        written: r.written ?? null,
      });
    }
    return {
      kind: "xml",
      parts,
      point: { savedAt: stored.savedAt, sheet: stored.sheet, cells: stored.cells },
      pieces,
      rules: stored.rules.flatMap((x) => readRuleSet(JSON.stringify(x)) ?? []),
    };
  }
  if (sheet.isNullObject) return null;
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  if (used.isNullObject) return null;
  return { kind: "sheet", sheet, values: used.values };
}

export async function restorePoint(context: Excel.RequestContext): Promise<RestorePoint | null> {
  const read = await readPoint(context);
  if (read === null || read === "damaged") return null;
  return read.kind === "xml" ? read.point : parsePoint(read.values);
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
    if (
      at === null ||
      formulas === null ||
      formats === null ||
      formulas.length === 0 ||
      typeof sheetName !== "string" ||
      sheetName === ""
    )
      throw new Error(DAMAGED);
    pieces.push({
      sheet: sheetName,
      ...at,
      formulas,
      formats,
      written: writtenJson === "" || writtenJson === undefined ? null : matrixOf(writtenJson),
    });
  }
  return { pieces, rules };
}

/**
 * Put back exactly what the last write replaced, then clear the restore point (it has been used). A cell
 * that no longer holds what the write put there (an officer typed over it, or rows moved) is left alone
 * and counted in `kept`.
 */
export async function restorePrevious(
  context: Excel.RequestContext,
  supports: Supports,
): Promise<RestoreOutcome | null> {
  const read = await readPoint(context);
  if (read === "damaged") throw new Error(DAMAGED);
  if (read === null) return null;
  const point = read.kind === "xml" ? read.point : parsePoint(read.values);
  if (point === null) return null;
  const { pieces, rules } = read.kind === "xml" ? read : parsePieces(read.values.slice(1));

  // Every sheet the write touched must still be there.
  const names = [...new Set([...pieces.map((p) => p.sheet), ...rules.map((r) => r.sheet)])];
  const sheets = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n).load("name"));
  await context.sync();
  const missing = names.filter((_, i) => sheets[i]?.isNullObject === true);
  if (missing.length > 0) {
    throw new Error(
      `The sheet "${missing[0]}" that the last write changed is no longer in this workbook (renamed or deleted); nothing was restored.`,
    );
  }

  const rangeOf = (p: Piece, rows: number, columns: number, dy = 0, dx = 0) =>
    context.workbook.worksheets.getItem(p.sheet).getRangeByIndexes(p.rowIndex + dy, p.columnIndex + dx, rows, columns);
  const now = pieces.map((p) =>
    p.written === null ? null : rangeOf(p, p.formulas.length, p.formulas[0]?.length ?? 1).load("formulas"),
  );
  const targets = prepareRecorded(context, rules);
  await context.sync();
  loadRuleDetails(targets, supports);
  await context.sync();

  let kept = 0;
  pieces.forEach((p, i) => {
    const current = now[i];
    const unchanged = (y: number, x: number) =>
      current === null ||
      current === undefined ||
      p.written === null ||
      sameContent(current.formulas[y]?.[x], contentOf(p.written[y]?.[x]));
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
  // Used, so gone: the parts deleted, or an earlier version's sheet emptied (not deleted: that clears undo).
  if (read.kind === "xml") for (const part of read.parts.items) part.delete();
  else read.sheet.getRange().clear();
  await context.sync();
  return { point, kept };
}
