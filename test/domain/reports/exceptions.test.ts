import { cabinetLine, findAreasForImprovement, findRedFlags, targetShown } from "../../../src/domain/reports";
import { councilPlanQ1, measure } from "./factory";

describe("areas for improvement: off target and worsening", () => {
  const areas = findAreasForImprovement(councilPlanQ1());

  it("lists the off-track, worsening measures and leaves out improving ones and those with no DOT", () => {
    // 2.B7 is off but improving (and recorded amber); 2.B8 is amber; 5.D6 has no direction of travel.
    expect(areas.map((a) => a.ref)).toEqual(["1.A2", "1.A5", "3.B4", "4.B1(a)"]);
  });

  it("gives the Cabinet report's line word for word", () => {
    expect(areas[0]?.line).toBe(
      "(1.A2) The number of children subject to a child protection plan (rate per 10K population under 18) - 94.8 against a target of 90 (lower is better)",
    );
    expect(areas[1]?.line).toBe(
      "(1.A5) The proportion of children who are subject to repeat child protection plans (within 24 months) - 10.1% against a target of 7% (lower is better)",
    );
    expect(areas[3]?.line).toBe(
      "(4.B1(a)) Number of new homes delivered during the year via direct Council intervention - 8 against a target of 175 (higher is better)",
    );
  });

  it("carries what the exception report explains each with", () => {
    const a = areas[0];
    expect(a).toMatchObject({
      sheet: "Council Plan Q1 2019-20",
      row: 8,
      ref: "1.A2",
      leadOfficer: "Ailsa Barr - CYPS",
      polarity: "low",
      polarityWords: "lower is better",
      target: "90",
      targetFigure: "90",
      current: "94.8",
      comparison: "88.9",
    });
    expect(a?.note).toMatch(/^The numbers of children becoming subject to a plan/);
    expect(areas[1]).toMatchObject({
      current: "10.1%",
      comparison: "6.5%",
      leadOfficer: "Ailsa Barr - CYPS",
      note: null,
    });
    expect(areas[3]?.leadOfficer).toBeNull();
  });

  it("follows the recorded judgement by default, and the computed one when asked", () => {
    const m = measure({
      ref: "X1",
      status: "off-target",
      dot: "worse",
      recordedStatus: "near-target",
      recordedDot: "worse",
    });
    expect(findAreasForImprovement([m])).toEqual([]);
    expect(findAreasForImprovement([m], "computed").map((a) => a.ref)).toEqual(["X1"]);
  });
});

describe("red flags: off target last period and still off target", () => {
  it("lists measures off target in both periods, with both values and the target", () => {
    const flags = findRedFlags(councilPlanQ1());
    // 2.B7 is off in both periods as computed, but the officer recorded amber now: not a red flag under the default basis.
    expect(flags.map((f) => f.ref)).toEqual(["3.B4", "4.B1(a)"]);
    expect(flags[0]).toMatchObject({
      sheet: "Council Plan Q1 2019-20",
      row: 42,
      ref: "3.B4",
      measure: "Number of missed bins per 100,000 collections",
      current: "113",
      comparison: "69.51",
      target: "50",
      // Four quarters of figures: too few for process limits, and the sheet says so.
      variation: "Not enough data (4 of 12 points)",
      assurance: "Not enough data (4 of 12 points)",
      leadOfficer: "Tom Smith - Regeneration and Environment",
      currentReading: { kind: "number", value: 113 },
      comparisonReading: { kind: "number", value: 69.51 },
    });
    expect(findRedFlags(councilPlanQ1(), "computed").map((f) => f.ref)).toEqual(["2.B7", "3.B4", "4.B1(a)"]);
  });

  it("does not flag a measure newly off target, nor one whose comparison period had no data", () => {
    const newly = measure({ status: "off-target", comparisonStatus: "near-target" });
    const noData = measure({ status: "off-target", comparisonStatus: "not-available", comparison: null });
    const recovered = measure({ status: "on-target", comparisonStatus: "off-target" });
    expect(findRedFlags([newly, noData, recovered])).toEqual([]);
  });

  it("gives null, not an empty string, for a blank value", () => {
    const [flag] = findRedFlags([
      measure({ status: "off-target", comparisonStatus: "off-target", current: "  ", comparison: "12" }),
    ]);
    expect(flag?.current).toBeNull();
    expect(flag?.comparison).toBe("12");
  });
});

describe("the target as the Cabinet line gives it", () => {
  it.each([
    ["90", "90"],
    ["85.0%", "85.0%"],
    ["<8%", "<8%"],
    ["58%+", "58%+"],
    ["280 (Cumulative target)", "280"],
    ["541 (+10% on previous yr)", "541"],
    ["85% (Vehicles and drivers)", "85%"],
    ["£6.8m", "£6.8m"],
    ["10.33 days (excluding schools)", "10.33 days"],
    ["1,288", "1,288"],
    ["10% reduction", "10% reduction"],
    ["To achieve national completion rate", "To achieve national completion rate"],
  ])("%s → %s", (target, shown) => {
    expect(targetShown(measure({ target }))).toBe(shown);
  });

  it("says a target in words the engine's way: less than 8% is <8%", () => {
    expect(targetShown(measure({ target: "Less than 8%" }))).toBe("<8%");
  });

  it("gives the Green band when the target is set by tolerance bands", () => {
    expect(targetShown(measure({ bands: ["<84%", "84%+", "92%+"] }))).toBe("92%+");
  });

  it("leads with the title when the ref cell names a report, and gives that report at the end", () => {
    const m = measure({
      ref: "3.12 Social Care performance report",
      measure: "Proportion of children subject to repeat plans",
      current: "11.2%",
      target: "<8%",
      polarity: "low",
    });
    expect(cabinetLine(m)).toBe(
      "Proportion of children subject to repeat plans - 11.2% against a target of <8% (lower is better) (3.12 Social Care performance report)",
    );
    expect(
      cabinetLine(
        measure({ ref: "B.13 (SC)", measure: "Delayed transfers", current: "12", target: "10", polarity: "low" }),
      ),
    ).toMatch(/^\(B\.13 \(SC\)\) Delayed transfers - /);
  });

  it("writes a line for a measure with no ref or no figure", () => {
    expect(
      cabinetLine(
        measure({ ref: null, measure: "Missed  bins\n per 100,000", current: "", target: "50", polarity: "low" }),
      ),
    ).toBe("Missed bins per 100,000 - no figure against a target of 50 (lower is better)");
  });
});
