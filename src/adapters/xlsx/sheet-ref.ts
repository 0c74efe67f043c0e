/** A sheet-qualified range as formulas, charts and sparklines write it: `'Council Plan'!$P$12:$T$12`. */
import type { CellArea } from "../../domain/plan/workbook-plan";
import { columnLetters } from "../../domain/sheet/a1";

/** A sheet name quoted (apostrophes doubled) unless it is a plain word. */
export function quotedSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function areaRef(sheet: string, a: CellArea, absolute = true): string {
  const $ = absolute ? "$" : "";
  const corner = (row: number, column: number) => `${$}${columnLetters(column)}${$}${row}`;
  const start = corner(a.firstRow, a.firstColumn);
  const end = corner(a.lastRow, a.lastColumn);
  return `${quotedSheet(sheet)}!${start === end ? start : `${start}:${end}`}`;
}
