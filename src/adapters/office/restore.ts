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
import type { RestoreChange, RestoreOutcome, RestorePoint } from "./results";
import { RESTORE_SHEET } from "./owned-sheets";
import { addPoint, fromParts, MAX_POINTS, metaOf, pointOf, queueParts, toStored } from "./restore-store";
import { readPartsXml } from "./custom-xml-parts";
import { restorePointLabel, shortTime } from "../../domain/ledger";
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
/** The id of the point an earlier version kept in the very hidden sheet. */
const SHEET_POINT = "sheet";

const addressOf = (s: SavedRange) =>
  blockAddress(s.rowIndex, s.columnIndex, s.formulas.length, s.formulas[0]?.length ?? 1);

/**
 * Keep a new restore point with what the coming write will overwrite, and the colour rules it adds. The
 * newest MAX_POINTS are kept: the oldest point's parts go in the request that adds the new point's last
 * part, so a failed write leaves every earlier point as it was.
 */
export async function saveRestorePoint(
  context: Excel.RequestContext,
  saved: SavedRange[],
  savedAt: string,
  rules: RuleSet[] = [],
  change?: RestoreChange,
): Promise<void> {
  const old = await readPoints(context);
  // An earlier version's restore sheet is emptied (never deleted or unhidden, which would clear undo), so it is not used again.
  if (old.sheet !== null) old.sheet.sheet.getRange().clear();
  const stale = [...old.points, ...old.damaged].slice(MAX_POINTS - 1);
  const id = pointId(savedAt, old.points);
  const label =
    change === undefined
      ? `${saved.reduce((n, s) => n + s.formulas.length * (s.formulas[0]?.length ?? 0), 0)} cells (formulas made values), ${shortTime(savedAt)}`
      : restorePointLabel({
          period: change.period ?? "",
          statuses: change.statuses,
          dots: change.dots,
          reportSheets: change.reports,
          at: savedAt,
          face: "pane",
        });
  await addPoint(context, toStored(saved, savedAt, rules, addressOf), { id, label, change: change ?? null }, () => {
    for (const p of stale) for (const part of p.parts) part.delete();
  });
}

/** An id from the time, unique among the points kept. */
function pointId(savedAt: string, points: XmlPoint[]): string {
  const base = `p${savedAt.replace(/\D/g, "").slice(0, 17)}`;
  let id = base;
  for (let n = 2; points.some((p) => p.point.id === id); n++) id = `${base}-${n}`;
  return id;
}

function parsePoint(values: unknown[][]): RestorePoint | null {
  const head = values[0];
  if (head === undefined || head[0] !== HEADER) return null;
  return {
    id: SHEET_POINT,
    label: `${Number(head[3] ?? 0) || 0} cells on ${String(head[2] ?? "")}, ${shortTime(String(head[1] ?? ""))}`,
    savedAt: String(head[1] ?? ""),
    sheet: String(head[2] ?? ""),
    cells: Number(head[3] ?? 0) || 0,
    change: null,
  };
}

interface XmlPoint {
  parts: Excel.CustomXmlPart[];
  point: RestorePoint;
  pieces: Piece[];
  rules: RuleSet[];
}

interface Kept {
  /** Newest first. */
  points: XmlPoint[];
  /** Sets of parts that fail validation, with the time they claim if any: never used, dropped when the cap is reached. */
  damaged: { parts: Excel.CustomXmlPart[] }[];
  /** An earlier version's very hidden sheet. */
  sheet: { sheet: Excel.Worksheet; values: unknown[][] } | null;
}

function xmlPoint(parts: Excel.CustomXmlPart[], xmls: string[]): XmlPoint | null {
  const stored = fromParts(xmls);
  if (stored === null) return null;
  const meta = metaOf(xmls[0] ?? "", stored);
  const pieces: Piece[] = [];
  for (const r of stored.ranges) {
    const at = parseBlockAddress(r.address);
    if (at === null || r.formulas.length === 0) return null;
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
    parts,
    point: {
      id: meta.id,
      label: meta.label,
      savedAt: stored.savedAt,
      sheet: stored.sheet,
      cells: stored.cells,
      change: meta.change,
    },
    pieces,
    rules: stored.rules.flatMap((x) => readRuleSet(JSON.stringify(x)) ?? []),
  };
}

/** The restore points in the workbook, newest first: its custom XML, and an earlier version's very hidden sheet. */
async function readPoints(context: Excel.RequestContext): Promise<Kept> {
  const collection = queueParts(context);
  const hidden = context.workbook.worksheets.getItemOrNullObject(RESTORE_SHEET).load("name");
  await context.sync();
  const xmls = collection.items.length > 0 ? await readPartsXml(context, collection) : [];
  const groups = new Map<string, { parts: Excel.CustomXmlPart[]; xmls: string[] }>();
  collection.items.forEach((part, i) => {
    const xml = xmls[i] ?? "";
    const id = pointOf(xml);
    const group = groups.get(id) ?? { parts: [], xmls: [] };
    group.parts.push(part);
    group.xmls.push(xml);
    groups.set(id, group);
  });
  const points: XmlPoint[] = [];
  const damaged: { parts: Excel.CustomXmlPart[] }[] = [];
  for (const g of groups.values()) {
    const point = xmlPoint(g.parts, g.xmls);
    if (point === null) damaged.push({ parts: g.parts });
    else points.push(point);
  }
  // ISO times sort as text; a point an earlier version kept sorts by its own time like any other.
  points.sort((a, b) => (a.point.savedAt < b.point.savedAt ? 1 : a.point.savedAt > b.point.savedAt ? -1 : 0));
  let sheet: Kept["sheet"] = null;
  if (!hidden.isNullObject) {
    const used = hidden.getUsedRangeOrNullObject(true);
    used.load("values");
    await context.sync();
    if (!used.isNullObject) sheet = { sheet: hidden, values: used.values };
  }
  return { points, damaged, sheet };
}

/** Every restore point, newest first (at most MAX_POINTS, and an earlier version's sheet point last). */
export async function restorePoints(context: Excel.RequestContext): Promise<RestorePoint[]> {
  const kept = await readPoints(context);
  const fromSheet = kept.sheet === null ? null : parsePoint(kept.sheet.values);
  return [...kept.points.map((p) => p.point), ...(fromSheet === null ? [] : [fromSheet])];
}

/** The newest restore point, if any. */
export async function restorePoint(context: Excel.RequestContext): Promise<RestorePoint | null> {
  return (await restorePoints(context))[0] ?? null;
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
 * Put back what the writes replaced, newest first, down to and including the chosen point (the newest when
 * none is given): the workbook as it was before that write. Each point used is deleted. A cell that no
 * longer holds what a write put there (an officer typed over it, or rows moved) is left alone and counted in
 * `kept`.
 */
export async function restorePrevious(
  context: Excel.RequestContext,
  supports: Supports,
  id?: string,
): Promise<RestoreOutcome | null> {
  const read = await readPoints(context);
  const fromSheet = read.sheet === null ? null : parsePoint(read.sheet.values);
  const all: { point: RestorePoint; use: () => { pieces: Piece[]; rules: RuleSet[] }; drop: () => void }[] = [
    ...read.points.map((p) => ({
      point: p.point,
      use: () => p,
      drop: () => {
        for (const part of p.parts) part.delete();
      },
    })),
  ];
  if (fromSheet !== null && read.sheet !== null) {
    const { sheet, values } = read.sheet;
    all.push({ point: fromSheet, use: () => parsePieces(values.slice(1)), drop: () => sheet.getRange().clear() });
  }
  if (all.length === 0) {
    if (read.damaged.length > 0) throw new Error(DAMAGED);
    return null;
  }
  const upTo = id === undefined ? 0 : all.findIndex((p) => p.point.id === id);
  if (upTo < 0)
    throw new Error(
      "That restore point is no longer in this workbook (it was used or replaced); nothing was restored.",
    );
  const used = all.slice(0, upTo + 1);
  // Every sheet any of these writes touched must still be there, before anything is put back.
  const names = [
    ...new Set(
      used.flatMap((u) => {
        const { pieces, rules } = u.use();
        return [...pieces.map((p) => p.sheet), ...rules.map((r) => r.sheet)];
      }),
    ),
  ];
  const sheets = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n).load("name"));
  await context.sync();
  const missing = names.filter((_, i) => sheets[i]?.isNullObject === true);
  if (missing.length > 0) {
    throw new Error(
      `The sheet "${missing[0]}" that the last write changed is no longer in this workbook (renamed or deleted); nothing was restored.`,
    );
  }
  let kept = 0;
  let cells = 0;
  for (const u of used) {
    const { pieces, rules } = u.use();
    kept += await putBack(context, supports, pieces, rules); // each write is undone after the newer ones, on what they left
    // Used, so gone: the parts deleted, or an earlier version's sheet emptied (not deleted: that clears undo).
    u.drop();
    await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one point at a time, newest first
    cells += u.point.cells;
  }
  const chosen = used[used.length - 1]?.point as RestorePoint;
  return { point: { ...chosen, cells }, kept, undone: used.map((u) => u.point) };
}

/** Put back one write's cells that still hold what it wrote, and remove its colour rules; how many were left. */
async function putBack(
  context: Excel.RequestContext,
  supports: Supports,
  pieces: Piece[],
  rules: RuleSet[],
): Promise<number> {
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
  return kept;
}
