/**
 * In-year measures judged against the share of the annual target due by the period, as the councils'
 * own reports judge them. The 2016 report (corporate-plan-2016-q2-report.txt) says of 4.B1 "a further
 * 178 homes have been built against an overall target of 731 (201 homes had been built in the first
 * quarter), which is over 50% of the annual target" (l. 2308–2312), and of 5.A1 and 5.A3 that
 * collection is "on course to achieve the 97.0% target" / "the 98.0% target by year end" (l. 2555–2580):
 * all three under "Good/improved performance".
 */
import path from "node:path";
import { readWorkbook } from "../../../src/adapters/xlsx/read-workbook";
import { gridFromRows, type CellValue } from "../../../src/domain/sheet/grid";
import { scoreGrids } from "../../../src/domain/pipeline";
import type { MeasureAssessment } from "../../../src/domain/assessment/types";
import { cabinetLine } from "../../../src/domain/reports";

const example = (name: string) => path.resolve(__dirname, "../../../examples", name);

async function measures(name: string): Promise<MeasureAssessment[]> {
  const { grids } = await readWorkbook(example(name));
  return scoreGrids(grids).measures;
}

const byRef = (ms: MeasureAssessment[], ref: string) => {
  const m = ms.find((x) => x.ref === ref);
  if (m === undefined) throw new Error(`no measure ${ref}`);
  return m;
};

describe("the 2016 corporate plan, Q2", () => {
  let ms: MeasureAssessment[];
  beforeAll(async () => {
    ms = await measures("corporate-plan-2016-q2.xlsx");
  });

  it("adds up the homes built so far this year and judges them against half the annual target (4.B1)", () => {
    const m = byRef(ms, "4.B1");
    expect(m.status).toBe("on-target");
    expect(m.reason).toBe(
      "379 so far this year (201 + 178): 379 against a target of 365.5 (731 profiled to period 2 of 4) (higher is better): 13.5 over, on target",
    );
    // The Cabinet line quotes what it was judged on, not the quarter's 178 against the year's 731.
    expect(cabinetLine(m)).toMatch(
      /^\(4\.B1\) .+ - 379 so far this year against a target of 365\.5 \(731 profiled to period 2 of 4\) \(higher is better\)$/,
    );
  });

  it("judges the share of council tax and business rates collected in year against the share due by Q2 (5.A1, 5.A3)", () => {
    expect(byRef(ms, "5.A1").status).toBe("on-target");
    expect(byRef(ms, "5.A1").reason).toContain("54.3% against a target of 48.5% (97.0% profiled to period 2 of 4)");
    expect(byRef(ms, "5.A3").status).toBe("on-target");
  });

  it("keeps the seed's other clear judgements: 2.B5 not progressed, 2.B10 not fully reaching its target", () => {
    // l. 494–496: "rated as 'measure has not progressed in accordance with target set'"; l. 505–507: "still not fully reaching".
    expect(byRef(ms, "2.B5").status).toBe("off-target");
    expect(byRef(ms, "2.B10").status).toBe("near-target");
  });

  it("no longer flags 4.B1 as red or as an area for improvement", async () => {
    const { grids } = await readWorkbook(example("corporate-plan-2016-q2.xlsx"));
    const result = scoreGrids(grids);
    expect(result.redFlags.map((r) => r.ref)).not.toContain("4.B1");
    expect(result.exceptions.map((r) => r.ref)).not.toContain("4.B1");
  });
});

describe("in-year measures on small sheets", () => {
  const header: CellValue[] = [
    "Ref No.",
    "Measure",
    "Good performance",
    "Target",
    "Q1 Apr - Jun 2023/24",
    "Q2 Jul - Sep 2023/24",
    "Q3 Oct - Dec 2023/24",
  ];
  const judge = (rows: CellValue[][]) => scoreGrids([gridFromRows("S", [header, ...rows])]).measures;

  it("adds up the quarters of the year to the current one", () => {
    const [m] = judge([["A1", "Number of homes delivered during the year", "High", "400", 100, 100, 110]]);
    expect(m?.status).toBe("on-target"); // 310 against 300 due by Q3
    expect(m?.reason).toMatch(/^310 so far this year \(100 \+ 100 \+ 110\)/);
  });

  it("does not add up when an earlier quarter has no figure: the quarter against one quarter's share", () => {
    const [m] = judge([["A1", "Number of homes delivered during the year", "High", "400", "n/a", 100, 110]]);
    expect(m?.reason).toBe(
      "110 against a target of 100 (a quarter's share of 400 for the year) (higher is better): 10 over, on target",
    );
  });

  it("does not add up figures that are already year to date or cumulative, but still profiles the annual target", () => {
    const [m] = judge([["A1", "Cumulative number of homes delivered in year", "High", "400", 100, 200, 310]]);
    expect(m?.status).toBe("on-target");
    expect(m?.reason).toBe(
      "310 against a target of 300 (400 profiled to period 3 of 4) (higher is better): 10 over, on target",
    );
  });

  it("leaves measures without in-year words alone: the quarter against the whole target", () => {
    const [m] = judge([["A1", "Number of carers assessments", "High", "400", 100, 100, 110]]);
    expect(m?.reason).toBe("110 against a target of 400 (higher is better): 290 under, off target");
  });

  it("profiles a lower-is-better in-year count too", () => {
    const [m] = judge([["A1", "Number of complaints received during the year", "Low", "<400", 100, 120, 130]]);
    expect(m?.status).toBe("off-target"); // 350 against < 300 due by Q3
    expect(m?.reason).toMatch(
      /^350 so far this year \(100 \+ 120 \+ 130\): 350 against a target of 300 \(<400 profiled to period 3 of 4\) \(lower is better\)/,
    );
    if (m === undefined) throw new Error("no measure");
    expect(cabinetLine(m)).toBe(
      "(A1) Number of complaints received during the year - 350 so far this year against a target of 300 (<400 profiled to period 3 of 4) (lower is better)",
    );
  });
});
