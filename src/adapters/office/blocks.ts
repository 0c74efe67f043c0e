/**
 * Group a plan's cell edits into rectangular blocks, so the adapter writes whole ranges (no per-cell proxy),
 * and split the blocks into chunks under Excel on the web's 5 MB request limit.
 */
import { columnLetters, parseRange } from "../../domain/sheet/a1";
import type { CellEdit, PlanCell, PlanValue } from "../../domain/plan/workbook-plan";

export interface Block {
  sheet: string;
  /** 0-based row and column of the top-left cell, as getRangeByIndexes takes them. */
  rowIndex: number;
  columnIndex: number;
  /** Formulas matrix to write: numbers, text, or "=…" for engine-built formulas. */
  formulas: (string | number)[][];
  /** Number formats: "@" keeps text literal, so a title such as "=HYPERLINK(…)" is never a formula. */
  numberFormat: string[][];
  /** The plan cells, for fills and bold. */
  cells: PlanCell[][];
  /** What each cell held when the plan was made (see CellEdit.before); undefined where the plan does not say. */
  before: (string | undefined)[][];
}

/** Keep requests well under the 5 MB limit: JSON overhead and the restore copy travel too. */
export const CHUNK_BYTES = 2_000_000;

export function formulaOf(v: PlanValue): string | number {
  if (v.kind === "text") return v.text;
  if (v.kind === "number") return v.number;
  if (v.kind === "formula") return v.formula;
  return "";
}

export function formatOf(v: PlanValue): string {
  if (v.kind === "text") return "@";
  if (v.kind === "number") return v.format ?? "General";
  return "General";
}

/** Vertical runs of consecutive rows in one column, then adjacent equal runs merged side by side. */
export function toBlocks(sheet: string, edits: CellEdit[]): Block[] {
  const byColumn = new Map<number, CellEdit[]>();
  for (const e of edits) {
    const list = byColumn.get(e.column);
    if (list === undefined) byColumn.set(e.column, [e]);
    else list.push(e);
  }
  type Run = { column: number; top: number; cells: CellEdit[] };
  const runs: Run[] = [];
  for (const [column, list] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.row - b.row);
    let run: Run | null = null;
    for (const e of list) {
      if (run !== null && e.row === run.top + run.cells.length) run.cells.push(e);
      else {
        run = { column, top: e.row, cells: [e] };
        runs.push(run);
      }
    }
  }
  // Merge runs that sit side by side over the same rows (status and DOT columns) into one block.
  const blocks: Block[] = [];
  const used = new Set<Run>();
  for (const run of runs) {
    if (used.has(run)) continue;
    const group = [run];
    used.add(run);
    for (;;) {
      const last = group[group.length - 1] as Run;
      const next = runs.find((r) => !used.has(r) && r.column === last.column + 1 && r.top === run.top && r.cells.length === run.cells.length);
      if (next === undefined) break;
      group.push(next);
      used.add(next);
    }
    const rows = run.cells.length;
    const cells = Array.from({ length: rows }, (_, i) => group.map((g) => g.cells[i] as CellEdit));
    blocks.push({
      sheet,
      rowIndex: run.top - 1,
      columnIndex: run.column - 1,
      formulas: cells.map((row) => row.map((c) => formulaOf(c.value))),
      numberFormat: cells.map((row) => row.map((c) => formatOf(c.value))),
      cells,
      before: cells.map((row) => row.map((c) => c.before)),
    });
  }
  return blocks;
}

/** A block's size on the wire, roughly: its JSON. */
export function payloadBytes(block: Block): number {
  return JSON.stringify(block.formulas).length + JSON.stringify(block.numberFormat).length + 200;
}

/** Split tall blocks and group blocks into chunks, each under the byte limit. */
export function chunk(blocks: Block[], limit = CHUNK_BYTES): Block[][] {
  const pieces: Block[] = [];
  for (const b of blocks) {
    const size = payloadBytes(b);
    if (size <= limit) {
      pieces.push(b);
      continue;
    }
    const perRow = Math.max(1, Math.floor((b.formulas.length * limit) / size));
    for (let r = 0; r < b.formulas.length; r += perRow) {
      pieces.push({
        ...b,
        rowIndex: b.rowIndex + r,
        formulas: b.formulas.slice(r, r + perRow),
        numberFormat: b.numberFormat.slice(r, r + perRow),
        cells: b.cells.slice(r, r + perRow),
        before: b.before.slice(r, r + perRow),
      });
    }
  }
  const chunks: Block[][] = [];
  let current: Block[] = [];
  let bytes = 0;
  for (const p of pieces) {
    const size = payloadBytes(p);
    if (current.length > 0 && bytes + size > limit) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(p);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** A1 address of a block, for the restore record and messages. */
export function blockAddress(rowIndex: number, columnIndex: number, rows: number, columns: number): string {
  const tl = `${columnLetters(columnIndex + 1)}${rowIndex + 1}`;
  return rows === 1 && columns === 1 ? tl : `${tl}:${columnLetters(columnIndex + columns)}${rowIndex + rows}`;
}

/** The block a `blockAddress` names (`P12:Q25`, `H2`), 0-based; null when it is not one. */
export function parseBlockAddress(address: string): { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } | null {
  // Only the form blockAddress writes: upper case, no $.
  if (!/^[A-Z]{1,3}\d{1,7}(?::[A-Z]{1,3}\d{1,7})?$/.test(address)) return null;
  const r = parseRange(address);
  if (r === null) return null;
  return { rowIndex: r.top - 1, columnIndex: r.left - 1, rowCount: r.bottom - r.top + 1, columnCount: r.right - r.left + 1 };
}
