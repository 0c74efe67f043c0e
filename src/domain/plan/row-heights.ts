/** Each row's height from its wrapped cells, so wrapped rows never overlap (Excel does not fit them on opening). */
import { DEFAULT_ROW_HEIGHT, LINE_HEIGHT, wrappedLines } from "./text-fit";
import type { PlanCell, PlanValue } from "./workbook-plan";

/** The text a cell shows, for measuring (numbers are short and never wrap). */
export function shownText(v: PlanValue): string {
  if (v.kind === "text") return v.text;
  if (v.kind === "number") return String(v.number);
  return "";
}

/** The width of a cell in characters: its column, or the columns it spans. */
export function cellWidth(widths: readonly number[], column: number, span = 1): number {
  let w = 0;
  for (let c = column; c < column + Math.max(1, span); c++) w += widths[c] ?? 8.43;
  return w;
}

/** The lines a cell needs: its wrapped text in its width, or one line when it does not wrap. */
export function linesOf(cell: PlanCell, widths: readonly number[], column: number): number {
  if (cell.wrap !== true) return 1;
  return wrappedLines(shownText(cell.value), cellWidth(widths, column, cell.span), cell.bold === true);
}

/** Heights in points by row: 0 where every cell fits one line (the default height stands). */
export function rowHeightsOf(rows: readonly PlanCell[][], widths: readonly number[]): number[] {
  return rows.map((cells) => {
    const lines = Math.max(1, ...cells.map((c, i) => linesOf(c, widths, i)));
    return lines === 1 ? 0 : Math.max(DEFAULT_ROW_HEIGHT, lines * LINE_HEIGHT);
  });
}
