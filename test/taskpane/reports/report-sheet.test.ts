/** Report sheets planned from the directorate example with the officer's choices. */
import type { Grid } from "../../../src/domain/sheet/grid";
import { directorateGrid } from "../examples";
import { DEFAULT_OPTIONS, scoreSheet } from "../../../src/taskpane/scorecard/options";
import { planReportSheet } from "../../../src/taskpane/reports/report-sheet";

let directorate: Grid;

beforeAll(async () => {
  directorate = await directorateGrid();
});

describe("report sheets", () => {
  it("plans each report with the owner's title, the period and the comparison kind", () => {
    const result = scoreSheet(directorate, { ...DEFAULT_OPTIONS, compare: { kind: "last-year" } });
    const summary = planReportSheet(result, "summary", DEFAULT_OPTIONS, "2026-11-24 10:00");
    const first = summary.rows[0]?.[0]?.value;
    expect(first).toEqual({ kind: "text", text: "KPI Scorecard: Summary" });
    const texts = summary.rows.flat().map((c) => (c.value.kind === "text" ? c.value.text : ""));
    expect(texts).toContain("Generated 2026-11-24 10:00");
    expect(texts.some((t) => t.startsWith("Period: Q2 Jul - Sep 2023/24"))).toBe(true);
    expect(planReportSheet(result, "exceptions", DEFAULT_OPTIONS, "x").name).toBe("Exceptions");
    expect(planReportSheet(result, "checks", DEFAULT_OPTIONS, "x").name).toBe("Checks");
  });
});
