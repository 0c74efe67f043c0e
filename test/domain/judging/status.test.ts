import {
  assessDirection,
  assessStatus,
  readBands,
  readTarget,
  readValue,
  profileTarget,
  variance,
} from "../../../src/domain/judging";
import type { Polarity } from "../../../src/domain/judging/types";

const judge = (value: unknown, target: unknown, polarity: Polarity, options?: Parameters<typeof assessStatus>[3]) =>
  assessStatus(readValue(value as string), readTarget(target as string), polarity, options);

describe("assessStatus against a target", () => {
  it("explains an off-target measure in one line", () => {
    expect(judge("10.1%", "7%", "low")).toEqual({
      status: "off-target",
      reason: "10.1% against a target of 7% (lower is better): 3.1 points over, off target",
      variance: expect.any(Number),
    });
  });

  it.each([
    [94.8, 90, "low", "off-target"],
    [931, 900, "low", "near-target"],
    ["81.7%", "85.0%", "high", "near-target"],
    [113, 50, "low", "off-target"],
    ["44.4%", "100%", "high", "off-target"],
    ["7.7%", "<8%", "low", "on-target"],
    ["8%", "<8%", "low", "near-target"],
    ["72.9%", "58%+", "high", "on-target"],
    ["96.30%", "95% National target", "high", "on-target"],
    ["a) 97% b) 98%", "100% within 24 hours of inspection. (Vehicles and drivers)", "high", "near-target"],
    ["a) 94% b) 97%", "100% within 24 hours of inspection. (Vehicles and drivers)", "high", "off-target"],
  ] as [unknown, unknown, Polarity, string][])("%p against %p (%s) is %s", (value, target, polarity, status) => {
    expect(judge(value, target, polarity).status).toBe(status);
  });

  it("uses the tolerance: 5% of target by default, none at 0, points with pp", () => {
    expect(judge("81.7%", "85.0%", "high").status).toBe("near-target");
    expect(judge("81.7%", "85.0%", "high", { tolerance: 0 }).status).toBe("off-target");
    expect(judge("81.7%", "85.0%", "high", { tolerance: "2pp" }).status).toBe("off-target");
    expect(judge("81.7%", "85.0%", "high", { tolerance: { points: 4 } }).status).toBe("near-target");
    expect(judge("81.7%", "85.0%", "high", { tolerance: "5%" }).status).toBe("near-target");
  });

  it("counts meeting the target as on target", () => {
    expect(judge("85.0%", "85.0%", "high").status).toBe("on-target");
    expect(judge(900, 900, "low").status).toBe("on-target");
  });

  it("lets the comparator win over the polarity", () => {
    expect(judge("5%", "<8%", "high").status).toBe("on-target");
  });

  it("ends every path in one of the other three statuses with a reason", () => {
    expect(judge("Not available at time of publication", "95%", "high")).toMatchObject({ status: "not-available" });
    expect(judge("54%", "No target", "high")).toMatchObject({ status: "not-applicable" });
    expect(judge("54%", "95%", "none")).toMatchObject({ status: "not-applicable" });
    expect(judge("20.3%", "Inline with regional average", "high")).toMatchObject({
      status: "in-development",
      reason: 'target "Inline with regional average" refers to a benchmark that the sheet does not give',
    });
    expect(judge("202", "Current build targets reflected within new Council Plan", "high").reason).toContain(
      '"Current build targets reflected within new Council Plan"',
    );
  });

  it("judges a benchmark target against a benchmark value when one is given", () => {
    const r = assessStatus(readValue("2.59%"), readTarget("To achieve national completion rate"), "high", {
      benchmark: readValue("5.1%"),
    });
    expect(r.status).toBe("off-target");
    expect(r.reason).toContain("national benchmark 5.1%");
  });

  it("reconciles a percent value with a plain-number target and says so", () => {
    const r = assessStatus(readValue({ value: 0.949, format: "0.0%" }), readTarget(95), "high");
    expect(r.status).toBe("near-target");
    expect(r.reason).toContain("target 95 read as 95%");
  });

  it.each([
    // [value, target, polarity, status, what the reason says]
    [94, "95%", "high", "near-target", "value 94 read as 94%"],
    [{ value: 0.949, format: "General" }, "95%", "high", "near-target", "value 0.949 read as 94.9%"],
    [1.2, "<2%", "low", "on-target", "value 1.2 read as 1.2%"],
    [{ value: 0.071, text: "7.1%", format: "0.0%" }, 10, "low", "on-target", "target 10 read as 10%"],
    [{ value: 0.949, text: "94.9%", format: "0.0%" }, 0.95, "high", "near-target", "target 0.95 read as 95%"],
  ] as [unknown, string | number, Polarity, string, string][])(
    "mixed scales: %j against %p reconcile, and the reason says so",
    (value, target, polarity, status, note) => {
      const r = assessStatus(readValue(value as number), readTarget(target), polarity);
      expect(r.status).toBe(status);
      expect(r.reason).toContain(note);
    },
  );

  it("refuses to compare units that cannot agree (days against a percent)", () => {
    const r = judge("10.33 days (excluding schools)", "95%", "high");
    expect(r.status).toBe("in-development");
    expect(r.reason).toContain("cannot be compared");
  });

  it("judges a relative target against the comparison period's value", () => {
    const target = readTarget("10% reduction");
    expect(assessStatus(readValue(72), target, "low", { comparison: readValue(84) }).status).toBe("on-target");
    expect(assessStatus(readValue(84), target, "low", { comparison: readValue(84) }).status).toBe("off-target");
    expect(assessStatus(readValue(72), target, "low").status).toBe("in-development");
  });

  it("profiles a cumulative target part-way through the year, flat or by an explicit profile", () => {
    const target = readTarget("280 (Cumulative target)");
    const flat = assessStatus(readValue(81), target, "low", { periodsElapsed: 1, periodsInYear: 4 });
    expect(flat.reason).toContain("70 (280 (Cumulative target) profiled to period 1 of 4)");
    expect(flat.status).toBe("off-target");
    const profiled = assessStatus(readValue(81), target, "low", {
      periodsElapsed: 1,
      periodsInYear: 4,
      profile: [85, 65, 65, 65],
    });
    expect(profiled.status).toBe("on-target");
    expect(profiled.reason).toContain("85 (280 (Cumulative target) profiled to period 1 of 4 by the given profile)");
    expect(profileTarget(280, 2, 4)).toBe(140);
    expect(profileTarget(280, 2, 4, [85, 65, 65, 65])).toBe(150);
    // A profile that does not fit the year is not used, and the reason says so.
    const misfit = assessStatus(readValue(81), target, "low", {
      periodsElapsed: 1,
      periodsInYear: 4,
      profile: [85, 65],
    });
    expect(misfit.status).toBe("off-target");
    expect(misfit.reason).toContain("flat: the profile has 2 periods, not 4");
    // At year end the whole target applies.
    expect(assessStatus(readValue(275), target, "low", { periodsElapsed: 4, periodsInYear: 4 }).reason).toContain(
      "a target of 280 (lower is better)",
    );
  });

  it("judges parts one by one; by default the worst part decides and the reason names it", () => {
    const r = judge("a) 74% b) 88%", "85%", "high");
    expect(r.status).toBe("off-target");
    expect(r.reason).toMatch(/^part a\) decides/);
    expect(judge("a) 100% b) 100% c) 100%", "95%", "high").status).toBe("on-target");
  });

  it("turns bad options into a status with a reason, not an exception", () => {
    const r = assessStatus(readValue("5%"), readTarget("8%"), "low", { tolerance: "lots" } as never);
    expect(r.status).toBe("in-development");
    expect(r.reason).toMatch(/options could not be read/);
  });

  it("gives the signed variance: positive is better than target whatever the polarity", () => {
    expect(variance(readValue(80), readTarget(100), "high")).toBeCloseTo(-0.2);
    expect(variance(readValue(80), readTarget(100), "low")).toBeCloseTo(0.2);
  });
});

describe("assessStatus with tolerance bands (Green first, then Amber, then Red)", () => {
  it.each([
    ["95%", ["<84%", "84%+", "92%+"], "high", "on-target"],
    ["88%", ["<84%", "84%+", "92%+"], "high", "near-target"],
    ["80%", ["<84%", "84%+", "92%+"], "high", "off-target"],
    ["5%", ["16%+", "8%+", "<8%"], "low", "on-target"],
    ["10%", ["16%+", "8%+", "<8%"], "low", "near-target"],
    ["20%", ["16%+", "8%+", "<8%"], "low", "off-target"],
    ["60%", ["<50%", "50-70%", "70%"], "high", "near-target"],
    ["75%", ["<50%", "50-70%", "70%"], "high", "on-target"],
    ["1%", ["2.0%+", "0.5%+", "<0.5%"], "low", "near-target"],
    ["300", ["256.0+", "", "<256.0 (22/23)"], "low", "off-target"],
    ["200", ["256.0+", "", "<256.0 (22/23)"], "low", "on-target"],
  ] as [string, [string, string, string], Polarity, string][])(
    "%s with %j (%s) is %s",
    (value, [red, amber, green], polarity, status) => {
      expect(assessStatus(readValue(value), readBands(red, amber, green, polarity), polarity).status).toBe(status);
    },
  );
});

describe("assessStatus with incomplete or contradictory bands", () => {
  it("judges a bare Green band alone as a target read with the polarity, with the tolerance", () => {
    const only = readBands("", "", "70%", "high");
    expect(assessStatus(readValue("72%"), only, "high").status).toBe("on-target");
    const near = assessStatus(readValue("68%"), only, "high");
    expect(near.status).toBe("near-target");
    expect(near.reason).toBe(
      "68% against a target of 70% (the Green band) (higher is better): 2 points under, within the tolerance (5% of target), near target",
    );
    expect(assessStatus(readValue("60%"), only, "high").status).toBe("off-target");
    expect(assessStatus(readValue("2.5%"), readBands("", "", "2.2%", "low"), "low").status).toBe("off-target");
  });

  it("with only Red and Green, a value between them is near target", () => {
    const bands = readBands("<84%", "", "92%+", "high");
    expect(assessStatus(readValue("88%"), bands, "high")).toMatchObject({
      status: "near-target",
      reason: expect.stringContaining("between the bands"),
    });
    expect(assessStatus(readValue("80%"), bands, "high").status).toBe("off-target");
  });

  it("says so when the bands contradict the polarity, and still judges", () => {
    const r = assessStatus(readValue("5%"), readBands("16%+", "8%+", "<8%", "high"), "high");
    expect(r.status).toBe("on-target");
    expect(r.reason).toMatch(/warning: Green band "<8%" contradicts the polarity/);
  });
});

describe("assessDirection", () => {
  it("compares at the precision the cells show: 9.7% against 9.7% is stable", () => {
    const r = assessDirection(
      readValue({ value: 0.09712, format: "0.0%" }),
      readValue({ value: 0.0969, format: "0.0%" }),
      "low",
    );
    expect(r.direction).toBe("stable");
  });

  it("judges by polarity", () => {
    expect(assessDirection(readValue("11.2%"), readValue("10.3%"), "low")).toMatchObject({
      direction: "worse",
      movement: "rose",
    });
    expect(assessDirection(readValue("11.2%"), readValue("10.3%"), "high")).toMatchObject({
      direction: "improved",
      movement: "rose",
    });
    expect(assessDirection(readValue(931), readValue(933), "low")).toMatchObject({
      direction: "improved",
      movement: "fell",
    });
  });

  it("still reports the movement when the polarity is none", () => {
    expect(assessDirection(readValue("11.2%"), readValue("10.3%"), "none")).toMatchObject({
      direction: "not-applicable",
      movement: "rose",
    });
  });

  it("is not applicable when a side is missing, and says which", () => {
    const r = assessDirection(readValue("Not yet published"), readValue("2.5%"), "high");
    expect(r.direction).toBe("not-applicable");
    expect(r.reason).toContain("current period");
  });

  it("reconciles a percent with a plain figure before comparing", () => {
    expect(assessDirection(readValue("9.7%"), readValue(9.7), "low")).toMatchObject({
      direction: "stable",
      movement: "same",
    });
    expect(assessDirection(readValue({ value: 0.112, format: "General" }), readValue("10.3%"), "low")).toMatchObject({
      direction: "worse",
    });
  });

  it("honours a stable band", () => {
    expect(assessDirection(readValue("10.3%"), readValue("10.1%"), "low", { stableBand: 0.5 }).direction).toBe(
      "stable",
    );
  });
});
