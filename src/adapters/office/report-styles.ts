/**
 * A report's cell styles as rectangles: runs of equal styles down each column, joined side by side, so a
 * table costs a few ranges (its header, each column of its body), not one per cell.
 */
import type { PlanCell } from "../../domain/plan/workbook-plan";

export type CellStyle = Pick<PlanCell, "bold" | "wrap" | "align" | "valign" | "border"> & {
  fill?: Exclude<PlanCell["fill"], "none" | undefined>;
};

export interface StyleRectangle {
  /** 0-based, as getRangeByIndexes takes them. */
  row: number;
  column: number;
  rows: number;
  columns: number;
  style: CellStyle;
}

function styleOf(cell: PlanCell | undefined): CellStyle | null {
  if (cell === undefined) return null;
  const style: CellStyle = {};
  if (cell.bold === true) style.bold = true;
  if (cell.fill !== undefined && cell.fill !== "none") style.fill = cell.fill;
  if (cell.wrap === true) style.wrap = true;
  if (cell.align !== undefined) style.align = cell.align;
  if (cell.valign !== undefined) style.valign = cell.valign;
  if (cell.border === true) style.border = true;
  return Object.keys(style).length === 0 ? null : style;
}

const keyOf = (s: CellStyle) =>
  `${s.bold ? 1 : 0}|${s.fill ?? ""}|${s.wrap ? 1 : 0}|${s.align ?? ""}|${s.valign ?? ""}|${s.border ? 1 : 0}`;

export function styleRectangles(rows: readonly PlanCell[][]): StyleRectangle[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const runs: (StyleRectangle & { key: string })[] = [];
  for (let c = 0; c < width; c++) {
    let open: (StyleRectangle & { key: string }) | null = null;
    rows.forEach((cells, r) => {
      const style = styleOf(cells[c]);
      const key = style === null ? null : keyOf(style);
      if (open !== null && key === open.key && open.row + open.rows === r) {
        open.rows++;
        return;
      }
      open = style === null || key === null ? null : { row: r, column: c, rows: 1, columns: 1, style, key };
      if (open !== null) runs.push(open);
    });
  }
  // Join a run to the one on its left when they cover the same rows with the same style.
  const joined: (StyleRectangle & { key: string })[] = [];
  for (const run of runs) {
    const left = joined.find(
      (j) => j.key === run.key && j.row === run.row && j.rows === run.rows && j.column + j.columns === run.column,
    );
    if (left !== undefined) left.columns++;
    else joined.push({ ...run });
  }
  return joined.map(({ key: _key, ...r }) => r);
}
