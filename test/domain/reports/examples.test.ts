/**
 * Report counts on the example workbooks, against counts worked out by hand from the seed report
 * (council-plan-2019-q1-exceptions.txt): ten measures, statuses recorded by officers as ✘ (priorities
 * 1, 3, 4 and 5) and ● (priority 2); the report's ten "areas for improvement" are the seven off-track
 * and worsening measures plus the two ambers of priority 2 and 5.D6, whose DOT is not applicable.
 */
import path from "node:path";
import { readWorkbook } from "../../../src/adapters/xlsx/read-workbook";
import { scoreGrids } from "../../../src/domain/pipeline";
import { statusSentence, share } from "../../../src/domain/reports";

const councilPlan = path.resolve(__dirname, "../../../examples/council-plan-2019-q1.xlsx");

describe("reports on the Council Plan 2019/20 Q1 scorecard", () => {
  let result: ReturnType<typeof scoreGrids>;
  beforeAll(async () => {
    const { grids } = await readWorkbook(councilPlan);
    result = scoreGrids(grids, { reports: ["summary", "exceptions", "checks"] });
  });

  it("counts the officers' recorded statuses: 8 off target and 2 near target of 10 measured", () => {
    const s = result.summary;
    expect(s.total).toBe(10);
    expect(s.status).toEqual({
      "on-target": 0,
      "near-target": 2,
      "off-target": 8,
      "in-development": 0,
      "not-applicable": 0,
      "not-available": 0,
    });
    expect(s.measured).toBe(10);
    expect(share(s.status["off-target"], s.measured)).toBeCloseTo(0.8);
  });

  it("breaks the counts down by priority", () => {
    const byGroup = Object.fromEntries(
      result.summary.byGroup.map((g) => [
        g.name.slice(0, 20),
        [g.current.status["off-target"], g.current.status["near-target"]],
      ]),
    );
    expect(Object.values(byGroup)).toEqual([
      [3, 0],
      [0, 2],
      [3, 0],
      [1, 0],
      [1, 0],
    ]);
  });

  it("lists the seven off-track and worsening measures as areas for improvement, with the Cabinet line", () => {
    expect(result.exceptions.map((e) => e.ref)).toEqual(["1.A2", "1.A5", "1.A8", "3.A4(b)", "3.B3", "3.B4", "4.B1(a)"]);
    expect(result.exceptions[0]?.line).toBe(
      "(1.A2) The number of children subject to a CP plan (rate per 10K population under 18) - 94.8 against a target of 90 (lower is better)",
    );
    expect(result.exceptions.find((e) => e.ref === "1.A5")?.line).toBe(
      "(1.A5) The proportion of children who are subject to repeat child protection plans (within 24 months) - 10.1% against a target of 7% (lower is better)",
    );
    expect(result.exceptions.find((e) => e.ref === "3.B4")?.note).toMatch(
      /^The new Waste Service is starting to embed/,
    );
  });

  // Q4 2018/19, worked by hand: 2.B8 933 against 900 is 3.7% over (near target); 2.B7 305 against 280 is 8.9% over (off).
  it("writes the report's sentences for priority 2 with the comparison quarter", () => {
    const p2 = result.summary.byGroup[1];
    if (p2 === undefined) throw new Error("no priority 2");
    expect(statusSentence("near-target", p2, "quarter", true)).toBe(
      "2 measures (100% of those measured this quarter) have made satisfactory progress but are not fully reaching target set, compared to 1 measure (50%) last quarter",
    );
  });

  it("flags, without fixing, the recorded statuses that differ from the computed ones", () => {
    const differs = result.checks.filter((c) => c.kind === "recorded-differs").map((c) => c.ref);
    expect(differs).toEqual(expect.arrayContaining(["1.A8", "2.B7"]));
    expect(result.measures.find((m) => m.ref === "1.A8")?.recordedStatus).toBe("off-target");
  });
});
