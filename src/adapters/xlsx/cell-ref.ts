/** A1 references in sheet XML: areas (read with the domain's one A1 parser), and shifting a shared formula. */
import { columnLetters, columnNumber, parseRange } from "../../domain/sheet/a1";
import type { MergedArea } from "../../domain/sheet/grid";

export { columnNumber };

/** `A1:C3` (or one cell), either way round, as an area (top-left to bottom-right), or null. */
export function parseRangeRef(ref: string): MergedArea | null {
  const r = parseRange(ref);
  if (r === null) return null;
  return {
    top: Math.min(r.top, r.bottom),
    left: Math.min(r.left, r.right),
    bottom: Math.max(r.top, r.bottom),
    right: Math.max(r.left, r.right),
  };
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
  return formula.replace(
    /"[^"]*"|'[^']*'|(^|[^A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
    (whole, pre: string | undefined, cAbs: string, col: string, rAbs: string, row: string) => {
      if (col === undefined) return whole; // a quoted string or sheet name
      const c = cAbs === "$" ? col : columnLetters(Math.max(1, columnNumber(col) + dc));
      const r = rAbs === "$" ? row : String(Math.max(1, Number(row) + dr));
      return `${pre}${cAbs}${c}${rAbs}${r}`;
    },
  );
}
