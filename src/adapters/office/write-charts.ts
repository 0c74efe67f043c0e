/**
 * The report sheet's charts through the Office.js charts API (ExcelApi 1.7, the manifest's minimum): each
 * series over the sheet's own cells, in the plan's colours, placed over the plan's cells. The tool's charts of
 * an earlier run are found by name and replaced; any other chart on the sheet is left alone.
 * Office.js has no sparklines API: in Excel the pane writes the Trend column's text sparkline, and only the
 * command line's files carry Excel sparklines.
 */
import type { CellArea, ChartPlan, SheetPlan } from "../../domain/plan/workbook-plan";
import { CHART_NAMES } from "../../domain/reports/charts";
import { address } from "../../domain/sheet/a1";

const TOOL_CHARTS: readonly string[] = Object.values(CHART_NAMES);

// Office.js takes its enums' string values; the strings keep this file free of the Excel global's enums.
function chartType(plan: ChartPlan): "BarStacked" | "BarClustered" | "ColumnStacked" | "ColumnClustered" {
  const stacked = plan.grouping === "stacked";
  if (plan.direction === "bar") return stacked ? "BarStacked" : "BarClustered";
  return stacked ? "ColumnStacked" : "ColumnClustered";
}

const LEGEND = { bottom: "Bottom", right: "Right" } as const;

function drawChart(sheet: Excel.Worksheet, plan: ChartPlan): void {
  const range = (a: CellArea) =>
    sheet.getRangeByIndexes(
      a.firstRow - 1,
      a.firstColumn - 1,
      a.lastRow - a.firstRow + 1,
      a.lastColumn - a.firstColumn + 1,
    );
  const [first] = plan.series;
  if (first === undefined) return;
  // One series from the first figures; the others are added to it, each over its own cells.
  const chart = sheet.charts.add(chartType(plan), range(first.ref), "Columns");
  chart.name = plan.name;
  chart.title.text = plan.title;
  if (plan.legend === "none") chart.legend.visible = false;
  else {
    chart.legend.visible = true;
    chart.legend.position = LEGEND[plan.legend];
  }
  plan.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i > 0) series.setValues(range(s.ref));
    series.name = s.name;
    series.setXAxisValues(range(plan.categories.ref));
    series.format.fill.setSolidColor(s.colour);
    (s.pointColours ?? []).forEach((colour, p) => series.points.getItemAt(p).format.fill.setSolidColor(colour));
    if (plan.series.length === 1) series.hasDataLabels = true;
  });
  // Bars across list the first group at the top, as the Summary's table does (and the file's chart).
  if (plan.direction === "bar") chart.axes.categoryAxis.reversePlotOrder = true;
  const { from, to } = plan.anchor;
  chart.setPosition(address(from.row, from.column), address(to.row, to.column));
}

/** Replace the tool's charts on `sheet` with the plan's; one sync to find the old ones. */
export async function writeCharts(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  plan: SheetPlan,
): Promise<void> {
  const old = TOOL_CHARTS.map((name) => sheet.charts.getItemOrNullObject(name));
  old.forEach((c) => c.load("name"));
  await context.sync();
  for (const c of old) if (!c.isNullObject) c.delete();
  for (const chart of plan.charts ?? []) drawChart(sheet, chart);
}
