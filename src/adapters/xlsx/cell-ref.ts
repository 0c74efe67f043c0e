/** A1 references in sheet XML: parsing cell and range references, and shifting a shared formula. */
import { columnLetters } from "../../domain/sheet/a1";
import type { MergedArea } from "../../domain/sheet/grid";

export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x1f);
  return n;
}

/** `B12` → { row: 12, col: 2 }, or null. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  return m ? { row: Number(m[2]), col: columnNumber((m[1] as string).toUpperCase()) } : null;
}

/** `A1:C3` (or one cell) → the area, or null. */
export function parseRangeRef(ref: string): MergedArea | null {
  const [a, b] = ref.trim().split(":");
  const p = parseCellRef(a ?? "");
  const q = b === undefined ? p : parseCellRef(b);
  if (p === null || q === null) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export function rangeRef(a: MergedArea): string {
  const tl = `${columnLetters(a.left)}${a.top}`;
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${columnLetters(a.right)}${a.bottom}`;
}

/**
 * A shared formula as seen from a cell `dr` rows and `dc` columns from its master: relative references move,
 * `$` ones stay. Text in quotes and function names are left alone.
 */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  return formula.replace(/"[^"]*"|'[^']*'|(^|[^A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g, (whole, pre: string | undefined, cAbs: string, col: string, rAbs: string, row: string) => {
    if (col === undefined) return whole; // a quoted string or sheet name
    const c = cAbs === "$" ? col : columnLetters(Math.max(1, columnNumber(col) + dc));
    const r = rAbs === "$" ? row : String(Math.max(1, Number(row) + dr));
    return `${pre}${cAbs}${c}${rAbs}${r}`;
  });
}
