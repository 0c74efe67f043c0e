/**
 * The SPC view in the reports: counts and sentences on the Summary, variation and assurance columns on the
 * Exceptions sheet, and areas for improvement that, when asked, count only special cause concerning
 * variation so that noise is not escalated.
 */
import {
  countSignals,
  findAreasForImprovement,
  planExceptionsSheet,
  planSummarySheet,
  signalSentences,
  summarise,
  findRedFlags,
  SummarySchema,
} from "../../../src/domain/reports";
import type { PlanCell } from "../../../src/domain/plan/workbook-plan";
import { measure } from "./factory";

const textOf = (c: PlanCell | undefined): string => {
  const v = c?.value;
  if (v === undefined) return "";
  return v.kind === "text" ? v.text : v.kind === "number" ? String(v.number) : "";
};
/** Each row's texts, without the blank cells a merged cell covers. */
const rowsOf = (rows: PlanCell[][]) => rows.map((r) => r.filter((c) => c.value.kind !== "blank").map(textOf));

const noiseWorse = measure({
  ref: "N1",
  status: "off-target",
  dot: "worse",
  variation: "common-cause",
  assurance: "hit-and-miss",
});
const signalWorse = measure({
  ref: "S1",
  status: "off-target",
  dot: "worse",
  variation: "special-cause-concerning",
  assurance: "consistently-missed",
});
const signalStable = measure({
  ref: "S2",
  status: "off-target",
  dot: "stable",
  variation: "special-cause-concerning",
  assurance: "consistently-missed",
});
const onTargetSignal = measure({
  ref: "S3",
  status: "on-target",
  dot: "worse",
  variation: "special-cause-concerning",
  assurance: "consistently-met",
});
const improving = measure({
  ref: "I1",
  status: "on-target",
  dot: "improved",
  variation: "special-cause-improving",
  assurance: "consistently-met",
});
const all = [noiseWorse, signalWorse, signalStable, onTargetSignal, improving];

describe("areas for improvement", () => {
  it("by direction of travel (the default): off target and worse, noise included", () => {
    expect(findAreasForImprovement(all, "computed").map((a) => a.ref)).toEqual(["N1", "S1"]);
  });
  it("by special cause: off target with special cause concerning variation, noise left out", () => {
    expect(findAreasForImprovement(all, "computed", "special-cause").map((a) => a.ref)).toEqual(["S1", "S2"]);
  });
});

describe("the Summary's signal counts", () => {
  it("counts every class and says it in the report's words", () => {
    const counts = countSignals(all);
    expect(counts.variation["special-cause-concerning"]).toBe(3);
    expect(counts.variation["common-cause"]).toBe(1);
    expect(counts.assurance["consistently-missed"]).toBe(2);
    expect(signalSentences(counts)).toEqual([
      "1 measure shows common cause variation (noise: no change to act on)",
      "1 measure shows special cause improving variation",
      "3 measures show special cause concerning variation",
      "2 measures will consistently meet their target",
      "2 measures will consistently miss their target unless the process changes",
      "1 measure will hit and miss its target at random",
    ]);
  });

  it("puts the counts and sentences on the Summary sheet, and in the summary the JSON carries", () => {
    const summary = summarise(all, { basis: "computed" });
    expect(SummarySchema.parse(summary).spc).toEqual(countSignals(all));
    const rows = rowsOf(
      planSummarySheet(summary, { title: "t", currentLabel: "Sep-24", comparisonLabel: "Aug-24", basis: "computed" })
        .rows,
    );
    expect(rows).toContainEqual(["H− / L−", "Special cause concerning", "3"]);
    expect(rows).toContainEqual(["F", "Target consistently missed", "2"]);
    expect(rows).toContainEqual(["• 3 measures show special cause concerning variation"]);
  });
});

describe("the Exceptions sheet", () => {
  it("gives each area for improvement and red flag its variation and assurance, and names the rule used", () => {
    const areas = findAreasForImprovement(all, "computed", "special-cause");
    const sheet = planExceptionsSheet(findRedFlags(all, "computed"), areas, {
      title: "t",
      currentLabel: null,
      comparisonLabel: null,
      basis: "computed",
      worsening: "special-cause",
    });
    const rows = rowsOf(sheet.rows);
    expect(rows).toContainEqual(["Areas for improvement: off target with special cause concerning variation (2)"]);
    const header = rows.find((r) => r[0] === "Ref" && r.includes("Lead officer"));
    // Variation, Assurance and Trend close the printed columns; Sheet and Row follow, for the screen.
    const at = header?.indexOf("Variation") ?? -1;
    expect(header?.slice(at, at + 3)).toEqual(["Variation", "Assurance", "Trend"]);
    const s1 = rows.find((r) => r[0] === "S1");
    expect(s1?.slice(at, at + 2)).toEqual(["Special cause concerning (L−)", "Target consistently missed (F)"]);
  });
});
