/** The preview's filters over the real example scorecards. */
import type { Grid } from "../../../src/domain/sheet/grid";
import { directorateGrid, councilPlanGrid } from "../examples";
import { DEFAULT_OPTIONS, scoreSheet } from "../../../src/taskpane/scorecard/options";
import { filterCounts, filterMeasures } from "../../../src/taskpane/preview/filters";
import { runHealthChecks } from "../../../src/domain/reports";

let directorate: Grid;
let councilPlan: Grid;

beforeAll(async () => {
  directorate = await directorateGrid();
  councilPlan = await councilPlanGrid();
});

describe("the preview's filters", () => {
  it("counts and shows off-target, differs-from-recorded and missing-data measures", () => {
    const { measures } = scoreSheet(directorate, DEFAULT_OPTIONS);
    const counts = filterCounts(measures);
    expect(counts["off-target"]).toBe(10);
    expect(counts.missing).toBe(4);
    expect(filterMeasures(measures, new Set(["off-target"]))).toHaveLength(10);
    expect(filterMeasures(measures, new Set())).toHaveLength(31);
    // Any of the chosen filters, not all.
    const either = filterMeasures(measures, new Set(["off-target", "missing"]));
    expect(either.length).toBe(
      measures.filter(
        (m) =>
          m.status === "off-target" ||
          m.current?.reading.kind === "missing" ||
          m.current?.reading.kind === "unreadable",
      ).length,
    );
  });

  it("names the council plan measures whose recorded judgement differs from the computed one", () => {
    const { measures } = scoreSheet(councilPlan, DEFAULT_OPTIONS);
    const differs = filterMeasures(measures, new Set(["differs"]));
    for (const m of differs)
      expect(m.recordedStatus !== m.status || (m.recordedDot !== null && m.recordedDot !== m.dot)).toBe(true);
    expect(differs.length).toBe(filterCounts(measures).differs);
  });
});

describe("Differs from recorded and the Checks sheet", () => {
  it("count the same measures, by status and by direction, on the Council Plan", () => {
    const result = scoreSheet(councilPlan, DEFAULT_OPTIONS);
    const differs = filterMeasures(result.measures, new Set(["differs"])).map((m) => m.row);
    const checked = runHealthChecks(result.measures)
      .filter((c) => c.kind === "recorded-differs")
      .map((c) => c.row);
    expect(differs.length).toBeGreaterThan(0);
    expect(checked).toEqual(differs);
    expect(filterCounts(result.measures).differs).toBe(checked.length);
  });
});
