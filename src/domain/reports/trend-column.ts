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
  const widths = [...plan.columnWidths];
  const sparklines: SparklinePlan[] = [];
  let list = 0;
  rows.forEach((row, r) => {
    if (!isHeader(row)) return;
    const items = lists[list++] ?? [];
    const column = row.length;
    const model = row[row.length - 1] as PlanCell;
    row.push({ ...model, value: text(TREND_HEADER) });
    widths[column] = Math.max(widths[column] ?? 0, TREND_WIDTH);
    items.forEach((item, i) => {
      const cells = rows[r + 1 + i];
      if (cells === undefined) return;
      while (cells.length < column) cells.push({ value: { kind: "blank" } });
      cells.push({ value: text(textSparkline(item.trend.map((p) => p.value))) });
      const source = sparklineSource(item.trend, item.sheet, item.row);
      if (source !== null) sparklines.push({ row: r + 2 + i, column: column + 1, ...source });
    });
  });
  return { ...plan, rows, columnWidths: widths, sparklines: [...(plan.sparklines ?? []), ...sparklines] };
}
