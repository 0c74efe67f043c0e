/**
 * The Summary's charts through Office.js against the strict mock: stacked bars of statuses by group and the
 * direction of travel, over the Summary's own cells, in the plan's colours and place; a refresh replaces the
 * tool's charts (found by name) and leaves a user's chart on the sheet alone.
 */
import path from "node:path";
import { readWorkbook } from "../../../src/adapters/xlsx/read-workbook";
import { createOfficeGateway } from "../../../src/adapters/office/office-gateway";
import { scoreGrids } from "../../../src/domain/pipeline";
import { CHART_NAMES } from "../../../src/domain/reports/charts";
import { STATUS_CHART_COLOURS } from "../../../src/domain/judging/fills";
import type { SheetPlan } from "../../../src/domain/plan/workbook-plan";
import type { Grid } from "../../../src/domain/sheet/grid";
import { MockWorkbook } from "../../support/mock-workbook";

const example = path.resolve(__dirname, "../../../examples/council-plan-2019-q1.xlsx");
let grids: Grid[];
let summary: SheetPlan;
beforeAll(async () => {
  grids = (await readWorkbook(example)).grids;
  summary = scoreGrids(grids, { reports: ["summary"] }).plan.sheets[0] as SheetPlan;
});

const gatewayFor = (wb: MockWorkbook) => createOfficeGateway(wb.excel().run, wb.supports);

describe("the Summary's charts in Excel", () => {
  it("adds a stacked bar chart of statuses by group, one series per status over its column of the Summary", async () => {
    const wb = MockWorkbook.fromGrids(grids);
    await gatewayFor(wb).writeReport(summary);
    const charts = wb.sheets.get("Summary")!.charts;
    expect(charts.map((c) => c.name)).toEqual([CHART_NAMES.statusByGroup, CHART_NAMES.direction]);
    const [status, dot] = charts;
    expect(status?.type).toBe("BarStacked");
    expect(status?.title).toBe("Status by group");
    expect(status?.legend).toEqual({ visible: true, position: "Bottom" });
    expect(status?.categoriesReversed).toBe(true);
    expect(status?.series.map((s) => s.name)).toEqual([
      "✓ On target",
      "● Near target",
      "✘ Off target",
      "✱ In development",
      "□ Not applicable",
      "■ Not available",
    ]);
    expect(status?.series[2]?.colour).toBe(STATUS_CHART_COLOURS["off-target"]);
    // Each series reads its own column of the By group table, and the categories are the group names.
    const plan = summary.charts![0]!;
    status?.series.forEach((s, i) => {
      const ref = plan.series[i]!.ref;
      expect(s.values).toEqual({
        r0: ref.firstRow - 1,
        c0: ref.firstColumn - 1,
        rows: ref.lastRow - ref.firstRow + 1,
        cols: 1,
      });
      expect(s.categories?.c0).toBe(0);
    });
    const offTarget = plan.series[2]!.ref;
    const figures = Array.from(
      { length: offTarget.lastRow - offTarget.firstRow + 1 },
      (_, r) => wb.cell("Summary", offTarget.firstRow + r, offTarget.firstColumn)?.value,
    );
    expect(figures).toEqual([3, 0, 3, 1, 1]);
    expect(status?.position).toEqual({ start: `A${plan.anchor.from.row}`, end: expect.stringMatching(/^[A-Z]+\d+$/) });
    // The direction of travel: one series, its bars green, amber and red, its counts labelled, no legend.
    expect(dot?.type).toBe("ColumnClustered");
    expect(dot?.legend.visible).toBe(false);
    expect(dot?.series).toHaveLength(1);
    expect(dot?.series[0]?.pointColours).toEqual(["#70AD47", "#FFC000", "#E0474C"]);
    expect(dot?.series[0]?.dataLabels).toBe(true);
  });

  it("places the charts below the Summary's last written cell", async () => {
    const wb = MockWorkbook.fromGrids(grids);
    await gatewayFor(wb).writeReport(summary);
    const lastRow = Math.max(...[...wb.sheets.get("Summary")!.cells.keys()].map((k) => Number(k.split(",")[0]) + 1));
    for (const c of wb.sheets.get("Summary")!.charts)
      expect(Number(/\d+/.exec(c.position!.start)![0])).toBeGreaterThan(lastRow);
  });

  it("on a refresh replaces its own charts and keeps a chart the user added to the Summary", async () => {
    const wb = MockWorkbook.fromGrids(grids);
    const gateway = gatewayFor(wb);
    await gateway.writeReport(summary);
    const sheet = wb.sheets.get("Summary")!;
    sheet.charts.push({ ...structuredClone(sheet.charts[1]!), name: "My own chart" });
    await gateway.writeReport(summary);
    expect(sheet.charts.map((c) => c.name).sort()).toEqual(
      ["My own chart", CHART_NAMES.direction, CHART_NAMES.statusByGroup].sort(),
    );
  });

  it("draws its charts in the syncs the cells take: one finds the old charts, however many there are", async () => {
    const plain = MockWorkbook.fromGrids(grids);
    await gatewayFor(plain).writeReport({ ...summary, charts: [] });
    const wb = MockWorkbook.fromGrids(grids);
    await gatewayFor(wb).writeReport(summary);
    expect(wb.syncs).toBe(plain.syncs);
  });
});

describe("the mock's charts are as strict as Excel's", () => {
  it("refuses an unknown chart type, a range of another sheet, a series or point that is not there, and a bad colour", async () => {
    const wb = MockWorkbook.fromGrids(grids);
    wb.addSheet("Other");
    await wb.excel().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Other");
      const here = sheet.getRangeByIndexes(0, 0, 3, 2);
      const there = context.workbook.worksheets.getItem(grids[0]!.sheet).getRangeByIndexes(0, 0, 3, 1);
      expect(() => sheet.charts.add("StackedBars", here, "Columns")).toThrow(/not a chart type/);
      expect(() => sheet.charts.add("BarStacked", there, "Columns")).toThrow(/not 'Other'/);
      expect(() => sheet.charts.add("BarStacked", here, "ByColumn")).toThrow(/ChartSeriesBy/);
      const chart = sheet.charts.add("BarStacked", here, "Columns");
      expect(() => chart.series.getItemAt(2)).toThrow(/has 2 series/);
      expect(() => chart.series.getItemAt(0).points.getItemAt(3)).toThrow(/3 points/);
      expect(() => chart.series.getItemAt(0).format.fill.setSolidColor("70AD47")).toThrow(/not a colour/);
      expect(() => chart.setPosition("row 90")).toThrow(/cell address/);
      expect(wb.sheets.get("Other")!.charts).toHaveLength(0); // not until the sync
      await context.sync();
      expect(wb.sheets.get("Other")!.charts).toHaveLength(1);
    });
  });

  it("throws ApiNotFound for a member above the host's sets", async () => {
    const wb = MockWorkbook.fromGrids(grids);
    wb.apiVersion = "1.6";
    await wb.excel().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(grids[0]!.sheet);
      const chart = sheet.charts.add("BarStacked", sheet.getRangeByIndexes(0, 0, 3, 1), "Columns");
      expect(() => chart.series.add("More")).toThrow(/needs ExcelApi 1.7/);
    });
  });
});
