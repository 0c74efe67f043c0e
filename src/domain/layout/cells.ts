/**
 * Reading a sheet row by row for layout detection: the shown text of each cell (with merged
 * areas filled in where asked), blank rows, page rows, key blocks and whether a cell holds data.
 */
import { isMissingText } from "../sheet/missing";
import { cellAt, cellText, type Grid } from "../sheet/grid";

/** The grid's 1-based extent. */
export function extent(grid: Grid): { firstRow: number; lastRow: number; firstColumn: number; lastColumn: number } {
  const height = grid.values.length;
  const width = grid.values[0]?.length ?? 0;
  return {
    firstRow: grid.top,
    lastRow: grid.top + height - 1,
    firstColumn: grid.left,
    lastColumn: grid.left + width - 1,
  };
}

export function textAt(grid: Grid, row: number, column: number): string {
  const text = cellText(cellAt(grid, row, column));
  return /\s\s|[\t\n\r\u00a0]/.test(text) ? text.replace(/\s+/g, " ") : text;
}

/** The row's non-blank cells: column and text. */
export function rowCells(grid: Grid, row: number): { column: number; text: string }[] {
  const r = row - grid.top;
  const values = grid.values[r];
  if (values === undefined) return [];
  const out: { column: number; text: string }[] = [];
  for (let c = 0; c < values.length; c++) {
    const shown = grid.text[r]?.[c];
    const v = values[c];
    if ((shown === undefined || shown === "") && (v === null || v === undefined || v === "")) continue;
    const text = textAt(grid, row, grid.left + c);
    if (text !== "") out.push({ column: grid.left + c, text });
  }
  return out;
}

/** Top-left text of the merged area each cell lies in, for header rows (`Annual` over two columns). */
export function mergedTextMap(grid: Grid): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of grid.merges ?? []) {
    const text = textAt(grid, m.top, m.left);
    if (text === "") continue;
    // Header merges are small; a whole-sheet merge would only slow this down.
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 2000) continue;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) map.set(`${r}:${c}`, text);
  }
  return map;
}

export function headerText(grid: Grid, merged: Map<string, string>, row: number, column: number): string {
  return merged.get(`${row}:${column}`) ?? textAt(grid, row, column);
}

/** `1 of 6`, `Page 2 of 6`, `2/6`: a printed page number carried into the sheet. */
export function isPageText(text: string): boolean {
  return /^(page\s*)?\d{1,3}\s*(of|\/)\s*\d{1,3}$/i.test(text.trim());
}

/** The status symbols a council key uses (✓ ● ✘ ✱ □ ■ and their look-alikes). */
const SYMBOL = /^[✓✔√●•○◉✘✗✕×xX✱✳*□■▪◻◼▲▼↑↓→←↗↘⬆⬇]$|^(g|a|r)$/;

// The meanings a council key gives its symbols ("Measure progressing above or in line with target set").
const MEANING =
  /^measure\s+(is\s+)?(progress\w*|has|not|under|information|off|on|below|above)\b|^(on|off|near|below|above)\s+target\b|^under\s+development\b|^(information|data)\s+(is\s+)?not\s+(yet\s+)?available|^not\s+applicable\s+for\s+target|^(improv(ed|ing)|worse(ning)?|deteriorat(ed|ing)|no\s+change|stable)(\s+performance)?$/i;

/** A row of a key or legend: `Key`, or two or more lone symbols with their meanings. */
export function isKeyRow(cells: { text: string }[]): boolean {
  if (cells.length === 0) return false;
  const first = cells[0]?.text.toLowerCase() ?? "";
  if (/^(key|legend)\b/.test(first)) return true;
  if (cells.some((c) => /^overall status \(relevant to target\)$/i.test(c.text))) return true;
  // A measure row can hold a status and a DOT symbol too, but it has more cells and no meanings.
  if (cells.length > 8) return false;
  const symbols = cells.filter((c) => SYMBOL.test(c.text.trim())).length;
  const meanings = cells.filter((c) => MEANING.test(c.text.trim())).length;
  // Nearly every cell of a key row is a symbol or its meaning; a measure row has its figures besides.
  return symbols >= 1 && meanings >= 1 && symbols + meanings >= Math.max(2, cells.length - 1);
}

/** Text that says a figure is missing: blank, `-`, `n/a`, `Not available at time of publication`… (sheet/missing.ts). */
export { isMissingText };

/** True when the cell holds a figure for the period (anything but blank or a "not available" note). */
export function holdsData(grid: Grid, row: number, column: number): boolean {
  const cell = cellAt(grid, row, column);
  if (typeof cell.value === "number") return true;
  return !isMissingText(cellText(cell));
}
