/**
 * The Exceptions sheet's Trend column: each listed measure's text sparkline as the last column of its table,
 * and an Excel sparkline over the same cell drawn from the measure's period cells (where they sit side by side).
 */
import { text, type PlanCell, type SheetPlan, type SparklinePlan } from "../plan/workbook-plan";
import type { RedFlag } from "./exceptions";
import { sparklineSource, textSparkline } from "./sparkline";

export const TREND_HEADER = "Trend";
/** Wide enough for the header and a few years of quarters or a year of months. */
const TREND_WIDTH = 14;

const isHeader = (row: PlanCell[] | undefined) =>
  row !== undefined &&
  row.length > 1 &&
  row.every((c) => c.fill === "header") &&
  row[0]?.value.kind === "text" &&
  row[0].value.text === "Ref";

/**
 * `lists` are the sheet's tables in order (areas for improvement, then red flags); each table is found by its
 * header row (Ref, Measure, …), and its rows follow it one item each.
 */
export function withTrendColumn(plan: SheetPlan, lists: readonly (readonly RedFlag[])[]): SheetPlan {
  const rows = plan.rows.map((r) => [...r]);
  const header = rows.find(isHeader);
  // Trend goes before Sheet and Row (there to find a measure on screen, left off paper), else last.
  const sheetAt = header?.findIndex((c) => c.value.kind === "text" && c.value.text === "Sheet") ?? -1;
  const column = sheetAt >= 0 ? sheetAt : (header?.length ?? 0);
  const widths = [...plan.columnWidths];
  widths.splice(column, 0, TREND_WIDTH);
  const sparklines: SparklinePlan[] = [];
  const at = (cells: PlanCell[], cell: PlanCell) => {
    while (cells.length < column) cells.push({ value: { kind: "blank" } });
    cells.splice(column, 0, cell);
  };
  let list = 0;
  rows.forEach((row, r) => {
    if (!isHeader(row)) return;
    const items = lists[list++] ?? [];
    const model = row[row.length - 1] as PlanCell;
    at(row, { ...model, value: text(TREND_HEADER), align: "left" });
    items.forEach((item, i) => {
      const cells = rows[r + 1 + i];
      if (cells === undefined) return;
      at(cells, { value: text(textSparkline(item.trend.map((p) => p.value))), border: true, valign: "top" });
      const source = sparklineSource(item.trend, item.sheet, item.row);
      if (source !== null) sparklines.push({ row: r + 2 + i, column: column + 1, ...source });
    });
  });
  // The printed columns and the filtered list grow by the column where it falls inside them.
  const page = plan.page;
  const printColumns = page?.printColumns;
  const filter = plan.autoFilter;
  return {
    ...plan,
    rows,
    columnWidths: widths,
    sparklines: [...(plan.sparklines ?? []), ...sparklines],
    ...(page === undefined || printColumns === undefined || column > printColumns
      ? {}
      : { page: { ...page, printColumns: printColumns + 1 } }),
    ...(filter === undefined || column >= filter.lastColumn
      ? {}
      : { autoFilter: { ...filter, lastColumn: filter.lastColumn + 1 } }),
  };
}
