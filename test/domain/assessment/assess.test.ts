import path from "node:path";
import { readWorkbook } from "../../../src/adapters/xlsx/read-workbook";
import { detectScorecard } from "../../../src/domain/layout";
import { assessTable } from "../../../src/domain/assessment/assess";
import { measureRows } from "../../../src/domain/layout/rows";
import type { MeasureAssessment } from "../../../src/domain/assessment/types";

const example = (name: string) => path.resolve(__dirname, "../../../examples", name);

async function judged(name: string): Promise<MeasureAssessment[]> {
  const { grids } = await readWorkbook(example(name));
  return grids.flatMap((g) => detectScorecard(g).flatMap((t) => assessTable(measureRows(g, t))));
}

const byRef = (measures: MeasureAssessment[], ref: string) => {
  const m = measures.find((x) => x.ref === ref);
  if (m === undefined) throw new Error(`no ${ref}`);
  return m;
};

describe("assessTable on the Council Plan 2019/20 Q1 scorecard", () => {
  let measures: MeasureAssessment[];
  beforeAll(async () => {
    measures = await judged("council-plan-2019-q1.xlsx");
  });

  it("judges the measures the exception report lists as the report does", () => {
    const a2 = byRef(measures, "1.A2");
    expect([a2.status, a2.dot, a2.polarity]).toEqual(["off-target", "worse", "low"]);
    expect(a2.reason).toBe("94.8 against a target of 90 (lower is better): 4.8 over, off target");
    expect(byRef(measures, "1.A5").status).toBe("off-target"); // 10.1% against 7%
    expect(byRef(measures, "1.A8").status).toBe("near-target"); // 81.7% against 85%: within 5% of target
    expect(byRef(measures, "2.B8").status).toBe("near-target"); // 931 against 900, lower is better
    expect(byRef(measures, "3.B4").status).toBe("off-target"); // 113 against 50
    expect(byRef(measures, "5.D6").status).toBe("off-target"); // 44.4% against 100%
  });

  it("profiles the cumulative target of 2.B7 to the quarter, and keeps the officers' amber as recorded", () => {
    const b7 = byRef(measures, "2.B7");
    expect(b7.reason).toContain("profiled to period 1 of 4");
    expect(b7.recordedStatus).toBe("near-target");
  });

  it("reads the recorded statuses and DOTs that officers typed", () => {
    expect(byRef(measures, "1.A2").recordedStatus).toBe("off-target");
    expect(byRef(measures, "1.A2").recordedDot).toBe("worse");
    expect(byRef(measures, "2.B8").recordedDot).toBeNull();
  });
});

describe("assessTable on the directorate performance data, Q2 2023/24", () => {
  let measures: MeasureAssessment[];
  beforeAll(async () => {
    measures = await judged("directorate-performance-2023-q2.xlsx");
  });

  it("judges repeat child protection plans (11.2% against <8%, low) off target and worse than Q1's 10.3%", () => {
    const m = measures.find((x) => x.measure.startsWith("Proportion of children who are subject to repeat"));
    expect(m?.status).toBe("off-target");
    expect(m?.dot).toBe("worse");
    expect(m?.current?.raw).toBe("11.2%");
    expect(m?.comparison?.raw).toBe("10.3%");
  });

  it("gives every messy measure one of the six statuses with a reason", () => {
    expect(measures).toHaveLength(31);
    for (const m of measures) expect(m.reason.length).toBeGreaterThan(5);
    const missing = measures.find((x) => x.measure.startsWith("Smoking status at time of delivery"));
    expect(missing?.status).toBe("not-available");
    const noTarget = measures.find((x) => x.measure.includes("repeat victims of ASB"));
    expect(noTarget?.status).toBe("not-applicable");
    const benchmark = measures.find((x) => x.measure.includes("opiate users"));
    expect(benchmark?.status).toBe("in-development");
    expect(benchmark?.reason).toContain("benchmark that the sheet does not give");
  });
});
