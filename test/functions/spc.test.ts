/**
 * =KPI.VARIATION, =KPI.ASSURANCE and =KPI.LIMITS as Excel calls them (2-D arrays, null for an omitted
 * argument), and the same answers as the engine gives the worked example's measures.
 */
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { scoreGrids } from "../../src/domain/pipeline";
import { assurance, limits, variation } from "../../src/functions/spc";
import { EXPECTED, FIXTURE } from "../domain/judging/spc/worked-example";
import type { Out } from "../../src/functions/kpi";
import type { Scalar } from "../../src/domain/judging/cell-judgement";

const noise = [50, 53, 48, 51, 47, 52, 50, 54, 49, 51, 48, 52, 50, 47, 53, 49, 51, 50];
const shift = [20, 22, 19, 21, 20, 18, 21, 19, 22, 20, 21, 24, 23, 25, 24, 23, 25, 24];

const WORDS: Record<string, string> = {
  "common-cause": "Common cause",
  "special-cause-improving": "Special cause improving",
  "special-cause-concerning": "Special cause concerning",
  "consistently-met": "Target consistently met",
  "consistently-missed": "Target consistently missed",
  "hit-and-miss": "Hit and miss",
};

describe("=KPI.VARIATION", () => {
  it("reads formatted numbers Excel sends as data-type values, and an error cell as a gap", () => {
    const typed = shift.map((v) => ({ type: "Double", basicValue: v / 100, numberFormat: "0%" }));
    expect(variation([typed], [["low"]], null)).toEqual([["Special cause concerning"]]);
    const withError = [...typed, { type: "Error", basicValue: "#DIV/0!" }];
    expect(variation([withError], [["low"]], null)).toEqual([["Special cause concerning"]]);
    expect(limits([typed])).toEqual(limits([shift.map((v) => v / 100)]));
  });

  it("gives the class words, the icon text or the reason", () => {
    expect(variation([shift], [["low"]], null)).toEqual([["Special cause concerning"]]);
    expect(variation([shift], [["low"]], [["icon"]])).toEqual([["H−"]]);
    expect(variation([shift], [["high"]], [["icon"]])).toEqual([["H+"]]);
    expect(variation([noise], null, [["icon"]])).toEqual([["~"]]);
    expect(String(variation([shift], [["low"]], [["reason"]])[0]?.[0])).toMatch(
      /a run of 7 or more points above the mean \(21\.72\)/,
    );
  });

  it("reads a single column as one history, downwards", () => {
    expect(
      variation(
        shift.map((v) => [v]),
        [["low"]],
        null,
      ),
    ).toEqual([["Special cause concerning"]]);
  });

  it("spills one answer per row of a block, with a polarity per row", () => {
    expect(variation([noise, shift], [["high"], ["low"]], null)).toEqual([
      ["Common cause"],
      ["Special cause concerning"],
    ]);
  });

  it("says how many points there are when there are too few, and leaves blanks out", () => {
    expect(variation([[1, 2, null, 3, "n/a", 4, 5, 6, 7, 8]], null, null)).toEqual([
      ["Not enough data (8 of 12 points)"],
    ]);
  });

  it("gives #VALUE! with a message for a polarity or style it cannot read", () => {
    expect(variation([noise], [["sideways"]], null)).toEqual([
      [{ kpiError: "value", message: expect.stringMatching(/^polarity: cannot read "sideways"/) }],
    ]);
    expect(variation([noise], null, [["colour"]])).toEqual([
      [{ kpiError: "value", message: expect.stringMatching(/^style:/) }],
    ]);
    expect(variation([noise, shift], [["high"], ["low"], ["low"]], null)).toEqual([
      [
        {
          kpiError: "value",
          message: expect.stringMatching(/^polarity: give one cell, or one per row of the range \(2\), not 3/),
        },
      ],
    ]);
  });
});

describe("=KPI.ASSURANCE", () => {
  it("places the target against the limits, by polarity", () => {
    expect(assurance([noise], [[60]], [["high"]], null)).toEqual([["Target consistently missed"]]);
    expect(assurance([noise], [[60]], [["low"]], null)).toEqual([["Target consistently met"]]);
    expect(assurance([noise], [[50]], null, [["icon"]])).toEqual([["~"]]);
    expect(assurance([noise], [["No target"]], null, null)).toEqual([["No target"]]);
  });
  it("takes the polarity from a comparator target when left out", () => {
    expect(assurance([noise], [["<40"]], null, null)).toEqual([["Target consistently missed"]]);
  });
});

describe("=KPI.LIMITS", () => {
  it("spills mean, lower and upper per row; #N/A with the reason for too few points", () => {
    const [[mean, lower, upper], short] = limits([noise, [1, 2, 3]]) as [Out[], Out[]];
    expect(mean).toBeCloseTo(50.278, 3);
    expect(lower).toBeCloseTo(41.2025, 3);
    expect(upper).toBeCloseTo(59.3531, 3);
    expect(short).toEqual(
      [0, 1, 2].map(() => ({
        kpiError: "na",
        message: "Not enough data: 3 points; at least 12 are needed for process limits",
      })),
    );
  });
});

describe("the functions and the engine agree on the worked example", () => {
  it("each measure's row of figures gives the class the assessment gives", async () => {
    const { grids } = await readWorkbook(FIXTURE);
    const { tables } = scoreGrids(grids);
    const [{ table, measures }] = tables as [(typeof tables)[number]];
    const grid = grids[0]!;
    expect(measures).toHaveLength(Object.keys(EXPECTED).length);
    for (const m of measures) {
      const row = table.periods.map((p) => grid.values[m.row - grid.top]?.[p.column - grid.left] as Scalar);
      const [[v]] = variation([row], [[m.polarityText]], null) as [[string]];
      const [[a]] = assurance([row], [[m.targetText]], [[m.polarityText]], null) as [[string]];
      const [expectedVariation, expectedAssurance] = EXPECTED[m.ref ?? ""]!;
      const notEnough = "Not enough data (8 of 12 points)";
      expect(v).toBe(WORDS[expectedVariation] ?? notEnough);
      expect(a).toBe(WORDS[expectedAssurance] ?? notEnough);
      expect([m.spc.variation, m.spc.assurance]).toEqual([expectedVariation, expectedAssurance]);
    }
  });
});
