/**
 * The special-cause rules at their edges, as NHSRplotthedots' tests pin them
 * (tests/testthat/test-ptd_calculate_point_type.R): 6 on one side is no shift, 7 is; a repeated value
 * breaks a trend; two of three near a limit must share a side of the mean; every point of a run is flagged.
 */
import { assessSpc, processLimits, rulesByPoint, type Limits, type SpcPoint } from "../../../../src/domain/judging/spc";

const limits = (mean: number, half: number): Limits => ({
  mean,
  meanMovingRange: half / 2.66,
  lower: mean - half,
  upper: mean + half,
  nearLower: mean - (2 / 3) * half,
  nearUpper: mean + (2 / 3) * half,
  baselinePoints: 12,
});
const flagged = (values: number[], l: Limits, rule: string) =>
  rulesByPoint(values, l).map((r) => (r.includes(rule as never) ? 1 : 0));

describe("shift: 7 or more on one side of the mean", () => {
  it("6 above is not a shift; 7 is, and all 7 are flagged", () => {
    expect(flagged([1, 1, 1, 1, 1, 1, -1], limits(0, 10), "shift")).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(flagged([-1, 1, 1, 1, 1, 1, 1, 1, -1], limits(0, 10), "shift")).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 0]);
  });
  it("a point on the mean breaks the run", () => {
    expect(flagged([1, 1, 1, 0, 1, 1, 1, 1], limits(0, 10), "shift")).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe("trend: 7 or more each rising or each falling", () => {
  it("7 rising is a trend, 6 is not, and a repeated value breaks it", () => {
    expect(flagged([1, 2, 3, 4, 5, 6, 7], limits(4, 10), "trend")).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(flagged([2, 1, 2, 3, 4, 5, 6, 3], limits(4, 10), "trend")).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(flagged([1, 2, 3, 3, 4, 5, 6], limits(4, 10), "trend")).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(flagged([9, 7, 6, 5, 4, 3, 2, 1], limits(4, 10), "trend")).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });
});

describe("two of three beyond two sigma on one side", () => {
  // Mean 0, limits ±3, two sigma ±2.
  it("flags the two near points of a window all on one side", () => {
    expect(flagged([0.5, 2.5, 1, 2.5, 0.5], limits(0, 3), "two-of-three")).toEqual([0, 1, 0, 1, 0]);
  });
  it("not when the window crosses the mean, nor when the points are on opposite sides", () => {
    expect(flagged([2.5, -1, 2.5], limits(0, 3), "two-of-three")).toEqual([0, 0, 0]);
    expect(flagged([2.5, -2.5, 1], limits(0, 3), "two-of-three")).toEqual([0, 0, 0]);
  });
  it("a point beyond the limit is outside, not near", () => {
    expect(flagged([3.5, 2.5, 1], limits(0, 3), "two-of-three")).toEqual([0, 0, 0]);
    expect(flagged([3.5, 2.5, 1], limits(0, 3), "outside-limits")).toEqual([1, 0, 0]);
  });
});

describe("limits, baseline and rebasing", () => {
  const pts = (values: number[]): SpcPoint[] =>
    values.map((value, i) => ({ label: `P${i + 1}`, value, source: "sheet" }));
  it("mean ± 2.66 × the mean moving range", () => {
    const l = processLimits([10, 12, 11, 13]);
    expect(l.mean).toBe(11.5);
    expect(l.meanMovingRange).toBeCloseTo(5 / 3);
    expect(l.upper).toBeCloseTo(11.5 + 2.66 * (5 / 3));
  });
  it("a fixed baseline works the limits out from its first points only, and judges the rest against them", () => {
    const values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 20, 21, 20];
    const fixed = assessSpc({ points: pts(values), polarity: "high", target: null, options: { baseline: 12 } });
    expect(fixed.limits?.mean).toBe(10.5);
    expect(fixed.limits?.baselinePoints).toBe(12);
    expect(fixed.variation).toBe("special-cause-improving");
    expect(fixed.rules).toContain("outside-limits");
  });
  it("a baseline shorter than the minimum is widened to 12 points, never fewer", () => {
    const values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 20, 21, 20];
    expect(
      assessSpc({ points: pts(values), polarity: "high", target: null, options: { baseline: 3 } }).limits
        ?.baselinePoints,
    ).toBe(12);
  });
  it("recalculating at a label starts a new group: too few points since then is not enough data", () => {
    const values = [20, 22, 19, 21, 20, 18, 21, 19, 22, 20, 21, 24, 23, 25, 24, 23, 25, 24];
    const r = assessSpc({ points: pts(values), polarity: "low", target: null, options: { rebaseAt: ["P12"] } });
    expect(r.variation).toBe("not-enough-data");
    expect(r.variationReason).toBe(
      "Not enough data: 7 points since the limits were recalculated at P12; at least 12 are needed for process limits",
    );
  });
  it("no good direction: a signal is high or low, and assurance has no target to judge", () => {
    const values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 30];
    const r = assessSpc({ points: pts(values), polarity: "none", target: 12 });
    expect(r.variation).toBe("special-cause-high");
    expect(r.assurance).toBe("no-target");
  });
});
