import { roleOfHeader } from "../../../src/domain/layout/headers";

describe("header wording → column role", () => {
  test.each([
    ["Ref No.", "ref"],
    ["Directorate ref.", "ref"],
    ["*REF NO.", "ref"],
    ["Measure", "measure"],
    ["INDICATOR", "measure"],
    ["Good performance", "polarity"],
    ["Good perf is", "polarity"],
    ["Frequency of reporting", "frequency"],
    ["TIMELINE", "frequency"],
    ["Target", "target"],
    ["Directorate target (if applicable)", "target"],
    ["Target (if applicable)", "target"],
    ["Green (target)", "green"],
    ["Red", "red"],
    ["Amber", "amber"],
    ["Overall status", "status"],
    ["RAG", "status"],
    ["RAG (Yr End)", "status"],
    ["DOT", "dot"],
    ["DOT (Yr on Yr)", "dot"],
    ["Direction of travel", "dot"],
    [
      "Data notes (where measure has not progressed in accordance with the target set provide details of what is being done to improve performance)",
      "notes",
    ],
    ["Stat neigh av.", "benchmark"],
    ["Nat av.", "benchmark"],
    ["Top qtile threshold", "benchmark"],
    ["Lead officer", "lead-officer"],
  ])("%p is %p", (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  test.each([
    "Outcome",
    "Action",
    "Lead directorate",
    "Lead Accountability (Strategic Director)",
    "Annual",
    "Quarterly",
    "Q2 Jul - Sep 2023/24",
    "",
  ])("%p names no role", (header) => {
    expect(roleOfHeader(header)).toBeNull();
  });

  test("measure data is not taken for a header", () => {
    expect(roleOfHeader("Proportion of LAC placed within a Family Based setting")).toBeNull();
    expect(roleOfHeader("3.12 Social Care performance report")).toBeNull();
    expect(roleOfHeader("Measure progressing above or in line with target set")).not.toBe("measure");
  });
});
