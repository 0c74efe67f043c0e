/**
 * The preview's SPC view, from the pane's own model (scoreSheet with the pane's options): the worked
 * example gives the same classes as the engine, the CLI and the functions, and the filter shows only
 * one variation class; the reports' "areas for improvement" choice reaches the Exceptions sheet.
 */
import { readWorkbook } from "../../../src/adapters/xlsx/read-workbook";
import type { Grid } from "../../../src/domain/sheet/grid";
import { DEFAULT_OPTIONS, scoreSheet } from "../../../src/taskpane/scorecard/options";
import { matchesSignal, signalCounts } from "../../../src/taskpane/preview/signal-filter";
import { planReportSheet } from "../../../src/taskpane/reports/report-sheet";
import { EXPECTED, FIXTURE } from "../../domain/judging/spc/worked-example";

let grid: Grid;
beforeAll(async () => {
  const { grids } = await readWorkbook(FIXTURE);
  grid = grids[0]!;
});

describe("the preview's SPC view of the worked example", () => {
  it("gives each measure the hand-worked classes", () => {
    const { measures } = scoreSheet(grid, DEFAULT_OPTIONS);
    expect(Object.fromEntries(measures.map((m) => [m.ref, [m.spc.variation, m.spc.assurance, m.spc.rules]]))).toEqual(
      EXPECTED,
    );
  });

  it("counts and filters by variation class", () => {
    const { measures } = scoreSheet(grid, DEFAULT_OPTIONS);
    const counts = signalCounts(measures);
    expect(counts).toEqual({
      all: 7,
      "special-cause-concerning": 2,
      "special-cause-improving": 1,
      "common-cause": 3,
      "not-enough-data": 1,
    });
    expect(measures.filter((m) => matchesSignal(m, "special-cause-concerning")).map((m) => m.ref)).toEqual([
      "SPC.4",
      "SPC.6",
    ]);
    expect(measures.filter((m) => matchesSignal(m, "all"))).toHaveLength(7);
  });

  it("writes the Exceptions sheet with the areas-for-improvement choice", () => {
    const options = { ...DEFAULT_OPTIONS, worsening: "special-cause" as const };
    const sheet = planReportSheet(scoreSheet(grid, options), "exceptions", options, "2026-12-02 14:00");
    const titles = sheet.rows.map((r) => (r[0]?.value.kind === "text" ? r[0].value.text : ""));
    expect(titles).toContain("Areas for improvement: off target with special cause concerning variation (2)");
  });
});
