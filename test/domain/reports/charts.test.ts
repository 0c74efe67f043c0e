/** The Summary's charts and the Exceptions' Trend column, planned from the Council Plan example. */
import path from "node:path";
import { readWorkbook } from "../../../src/adapters/xlsx/read-workbook";
import { scoreGrids } from "../../../src/domain/pipeline";
import { CHART_NAMES } from "../../../src/domain/reports/charts";
import { STATUS_CHART_COLOURS } from "../../../src/domain/judging/fills";
import type { CellArea, PlanCell, SheetPlan } from "../../../src/domain/plan/workbook-plan";

const councilPlan = path.resolve(__dirname, "../../../examples/council-plan-2019-q1.xlsx");
const textOf = (c: PlanCell | undefined) => (c?.value.kind === "text" ? c.value.text : null);
const cellsOf = (sheet: SheetPlan, a: CellArea) =>
  sheet.rows.slice(a.firstRow - 1, a.lastRow).map((r) => r[a.firstColumn - 1]);

describe("pictures on the report sheets of the Council Plan", () => {
  let summary: SheetPlan;
  let exceptions: SheetPlan;
  let result: ReturnType<typeof scoreGrids>;
  beforeAll(async () => {
    const { grids } = await readWorkbook(councilPlan);
    result = scoreGrids(grids, { reports: ["summary", "exceptions"] });
    summary = result.plan.sheets.find((s) => s.kind === "summary") as SheetPlan;
    exceptions = result.plan.sheets.find((s) => s.kind === "exceptions") as SheetPlan;
  });

  it("charts the statuses by group: one stacked bar per priority, one series per status named with its symbol", () => {
    const chart = summary.charts?.find((c) => c.name === CHART_NAMES.statusByGroup);
    expect(chart?.direction).toBe("bar");
    expect(chart?.grouping).toBe("stacked");
    expect(chart?.categories.labels).toEqual(result.summary.byGroup.map((g) => g.name));
    expect(chart?.series.map((s) => s.name)).toEqual([
      "✓ On target",
      "● Near target",
      "✘ Off target",
      "✱ In development",
      "□ Not applicable",
      "■ Not available",
    ]);
    expect(chart?.series[2]?.colour).toBe(STATUS_CHART_COLOURS["off-target"]);
    // Priorities 1, 3, 4 and 5 are off target (3, 3, 1 and 1 measures), priority 2's two are near target.
    expect(chart?.series[2]?.values).toEqual(result.summary.byGroup.map((g) => g.current.status["off-target"]));
    expect(chart?.series[2]?.values.reduce((a, b) => a + b)).toBe(8);
    expect(chart?.series[1]?.values.reduce((a, b) => a + b)).toBe(2);
  });

  it("points each series and the categories at the Summary's own cells, which hold the same figures", () => {
    for (const chart of summary.charts ?? []) {
      expect(cellsOf(summary, chart.categories.ref).map(textOf)).toEqual(chart.categories.labels);
      for (const s of chart.series)
        expect(cellsOf(summary, s.ref).map((c) => (c?.value.kind === "number" ? c.value.number : null))).toEqual(
          s.values,
        );
    }
  });

  it("charts the direction of travel: improved 2, stable 0, worse 7, coloured green, amber and red", () => {
    const chart = summary.charts?.find((c) => c.name === CHART_NAMES.direction);
    expect(chart?.categories.labels).toEqual(["Numbers have improved", "Numbers are stable", "Numbers have got worse"]);
    expect(chart?.series[0]?.values).toEqual([2, 0, 7]);
    expect(chart?.series[0]?.pointColours).toEqual([
      STATUS_CHART_COLOURS["on-target"],
      STATUS_CHART_COLOURS["near-target"],
      STATUS_CHART_COLOURS["off-target"],
    ]);
  });

  it("places both charts below the last table, side by side, so neither covers a cell the sheet writes", () => {
    const [a, b] = summary.charts ?? [];
    expect(a?.anchor.from.row).toBeGreaterThan(summary.rows.length);
    expect(b?.anchor.from.row).toBe(a?.anchor.from.row);
    expect(b?.anchor.from.column).toBeGreaterThan(a?.anchor.to.column ?? Infinity);
    for (const c of [a, b]) expect(c?.anchor.to.row).toBeGreaterThan(c?.anchor.from.row ?? Infinity);
  });

  it("adds a Trend column to both Exceptions tables, with a text sparkline and an Excel sparkline over its period cells", () => {
    const headers = exceptions.rows.filter((r) => textOf(r[0]) === "Ref");
    // Trend closes the printed columns, before Sheet and Row (there to find a measure on screen).
    expect(headers.map((r) => r.slice(-3).map(textOf))).toEqual([
      ["Trend", "Sheet", "Row"],
      ["Trend", "Sheet", "Row"],
    ]);
    const listed = result.exceptions.length + result.redFlags.length;
    // 3.B3 has no figures at all: no Excel sparkline, an empty Trend cell.
    expect(exceptions.sparklines?.length).toBe(listed - 1);
    // 3.B4 (missed bins): Q1 2018 to Q1 2019 on the scorecard, columns P to T of its row.
    const bins = exceptions.sparklines?.find((s) => s.source.row === 41);
    expect(bins?.source).toEqual({ sheet: "Council Plan Q1 2019-20", row: 41, firstColumn: 16, lastColumn: 20 });
    const cell = exceptions.rows[(bins?.row ?? 0) - 1]?.[(bins?.column ?? 0) - 1];
    const flag = result.redFlags.find((f) => f.row === 41);
    expect(flag?.trend.map((p) => p.label)).toEqual([
      "Q1 Apr - June 2018",
      "Q2 Jul - Sep 2018",
      "Q3 Oct - Dec 2018",
      "Q4 Jan - March 2019",
      "Q1 Apr - June 2019",
    ]);
    // 43.01, 44.27, 67.45, 146.09 and 113 missed bins, scaled from 43.01 (▁) to 146.09 (█).
    expect(textOf(cell)).toBe("▁▁▃█▆");
  });
});

describe("a report sheet given its owner's title", () => {
  it("moves its charts down with its rows, so they still read the cells that hold their figures", async () => {
    const { withOwnerTitle } = await import("../../../src/domain/plan/workbook-plan");
    const { withSummaryCharts } = await import("../../../src/domain/reports/charts");
    const { grids } = await readWorkbook(councilPlan);
    const result = scoreGrids(grids, { reports: ["summary"] });
    const sheet = result.plan.sheets[0] as SheetPlan;
    // A Summary planned without its title row, then given one.
    const untitled = withSummaryCharts(
      { ...sheet, rows: sheet.rows.slice(1), charts: [] },
      result.summary.byGroup.length,
    );
    const titled = withOwnerTitle(untitled);
    expect(titled.rows.length).toBe(untitled.rows.length + 1);
    for (const chart of titled.charts ?? []) {
      expect(cellsOf(titled, chart.categories.ref).map(textOf)).toEqual(chart.categories.labels);
      for (const s of chart.series)
        expect(cellsOf(titled, s.ref).map((c) => (c?.value.kind === "number" ? c.value.number : null))).toEqual(
          s.values,
        );
    }
    expect(titled.charts?.[0]?.anchor.from.row).toBe((untitled.charts?.[0]?.anchor.from.row ?? 0) + 1);
  });
});
