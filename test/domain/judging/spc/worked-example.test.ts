/**
 * The worked example (test/fixtures/spc-monthly.xlsx, made by scripts/make-spc-fixture.mjs): 18 monthly
 * figures per measure, Apr-23 to Sep-24, with the classes worked out by hand. The sums:
 *
 * Noise 50 53 48 51 47 52 50 54 49 51 48 52 50 47 53 49 51 50: total 905, mean 50.278; moving ranges
 * 3 5 3 4 5 2 4 5 2 3 4 2 3 6 4 2 1 total 58, mean 3.412 (none ≥ 3.267 × 3.412 = 11.1, so none screened);
 * limits 50.278 ± 2.66 × 3.412 = 41.20 to 59.35; two sigma 44.23 to 56.33, which no point passes; no run
 * of 7 on one side or 7 rising or falling: common cause. Target 50 (higher is better) lies between the
 * limits: hit and miss; 60 is above the upper limit: consistently missed. The same figures plus 30 against
 * 70: the target lies below the lower limit 71.20: consistently met.
 *
 * Shift (lower is better) 20 22 19 21 20 18 21 19 22 20 21 | 24 23 25 24 23 25 24: total 391, mean
 * 21.722; moving ranges total 32, mean 1.882; limits 16.71 to 26.73; two sigma 18.38 to 25.06 (only the 18
 * passes it, alone); the last 7 are all above the mean: a shift, on the bad side: special cause concerning.
 * Target <20 lies between the limits: hit and miss.
 *
 * Trend (higher is better) 40 42 39 41 40 42 39 41 40 42 39 | 38 39 40 41 42 43 44: total 732, mean 40.667;
 * moving ranges total 28, mean 1.647; limits 36.28 to 45.05; the last 7 rise each month: a trend, ending
 * above the mean: special cause improving (44 passes two sigma, 43.59, but 43 does not: one of three).
 * Only the last 4 are above the mean, so no shift. Target 45 lies between the limits: hit and miss.
 *
 * Outlier (lower is better) 120 115 125 118 122 117 124 119 121 116 123 120 118 122 119 121 117 | 160: mean
 * 2197 / 18 = 122.056; moving ranges total 118, mean 6.941; the 43 from 117 to 160 is over 3.267 × 6.941 =
 * 22.7 and is screened out, leaving 75 / 16 = 4.6875; limits 109.59 to 134.52; 160 is above the upper
 * limit: special cause concerning. Target 100 is below the lower limit and lower is better: consistently missed.
 *
 * New measure: 8 figures (Feb-24 to Sep-24): not enough data, 8 points of the 12 needed.
 */
import { readWorkbook } from "../../../../src/adapters/xlsx/read-workbook";
import { scoreGrids } from "../../../../src/domain/pipeline";
import { assessSpc, type SpcPoint } from "../../../../src/domain/judging/spc";
import { EXPECTED, FIXTURE } from "./worked-example";

const points = (values: number[]): SpcPoint[] =>
  values.map((value, i) => ({ label: `m${i + 1}`, value, source: "sheet" }));
const noise = [50, 53, 48, 51, 47, 52, 50, 54, 49, 51, 48, 52, 50, 47, 53, 49, 51, 50];

describe("the hand-worked limits", () => {
  it("noise: mean 50.278, limits 41.20 to 59.35", () => {
    const r = assessSpc({ points: points(noise), polarity: "high", target: 50 });
    expect(r.limits?.mean).toBeCloseTo(50.278, 3);
    expect(r.limits?.meanMovingRange).toBeCloseTo(58 / 17, 6);
    expect(r.limits?.lower).toBeCloseTo(41.2025, 3);
    expect(r.limits?.upper).toBeCloseTo(59.3531, 3);
    expect(r.variationReason).toMatch(
      /^Common cause \(~\): no special-cause rule fires on the latest figure \(50\); mean 50\.28, limits 41\.2 to 59\.35 from 18 points$/,
    );
  });

  it("outlier: the 43 moving range is screened out, so the limits are 109.59 to 134.52", () => {
    const r = assessSpc({
      points: points([120, 115, 125, 118, 122, 117, 124, 119, 121, 116, 123, 120, 118, 122, 119, 121, 117, 160]),
      polarity: "low",
      target: 100,
    });
    expect(r.limits?.meanMovingRange).toBeCloseTo(4.6875, 6);
    expect(r.limits?.lower).toBeCloseTo(109.587, 2);
    expect(r.limits?.upper).toBeCloseTo(134.525, 2);
    expect(r.variationReason).toContain("the latest figure (160) is above the upper limit (134.5)");
    expect(r.assuranceReason).toBe(
      "Target consistently missed (F): the target 100 is below the lower limit (109.6), lower is better",
    );
  });
});

describe("the worked example workbook through the whole engine", () => {
  let byRef: Map<string, ReturnType<typeof scoreGrids>["measures"][number]>;
  beforeAll(async () => {
    const { grids } = await readWorkbook(FIXTURE);
    byRef = new Map(scoreGrids(grids).measures.map((m) => [m.ref ?? "", m]));
  });

  it.each(Object.entries(EXPECTED))("%s gets the hand-worked classes", (ref, [variation, assurance, rules]) => {
    const m = byRef.get(ref);
    expect(m?.spc.variation).toBe(variation);
    expect(m?.spc.assurance).toBe(assurance);
    expect(m?.spc.rules).toEqual(rules);
  });

  it("a new measure names its count: 8 points of the 12 needed", () => {
    expect(byRef.get("SPC.7")?.spc.variationReason).toBe(
      "Not enough data: 8 points; at least 12 are needed for process limits",
    );
  });

  it("gives the reasons in the sheet's own figures: the outlier beyond its limit, the target against the limits", () => {
    const spc = byRef.get("SPC.6")?.spc;
    expect(spc?.variationReason).toBe(
      "Special cause concerning (H−): the latest figure (160) is above the upper limit (134.5); mean 122.1, limits 109.6 to 134.5 from 18 points",
    );
    expect(spc?.assuranceReason).toBe(
      "Target consistently missed (F): the target 100 is below the lower limit (109.6), lower is better",
    );
  });

  it("keeps the direction of travel beside the SPC view: noise can still read as worse", () => {
    const m = byRef.get("SPC.1");
    expect(m?.dot).toBe("worse");
    expect(m?.spc.variation).toBe("common-cause");
  });
});
