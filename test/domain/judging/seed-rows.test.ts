/**
 * Real rows of the 2023 directorate report (test/fixtures/seeds/directorate-performance-2023-q2.txt):
 * polarity, target, Q2 value and Q1 value as printed, judged the way a performance officer would, checked by hand.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { assessDirection, assessStatus, readPolarity, readTarget, readValue } from "../../../src/domain/judging";

type Row = [polarity: string, target: string, current: string, comparison: string, status: string, direction: string];

const ROWS: Row[] = [
  ["low", "<8%", "11.2%", "10.3%", "off-target", "worse"],
  ["Low", "<8%", "7.7%", "8.7%", "on-target", "improved"],
  ["high", "85.0%", "76.1%", "77.5%", "off-target", "worse"],
  [
    "high",
    "59%",
    "54.7% (unvalidated)",
    "Academic year measure - 2022/23 not available yet",
    "off-target",
    "not-applicable",
  ],
  [
    "high",
    "-0.06",
    "-0.15 (unvalidated)",
    "Academic year measure - 2022/23 not available yet",
    "off-target",
    "not-applicable",
  ],
  ["low", "n/a", "17 (12 Academic Year ytd 2023/24 (Sep 23)", "17", "not-applicable", "stable"],
  ["low", "5.0%", "19.8%", "6.5%", "off-target", "worse"],
  ["high", "58%+", "72.9%", "81.5%", "on-target", "worse"],
  ["Low", "<10%", "8.7%", "8.2%", "on-target", "worse"],
  ["Low", "15%", "Not available at time of publication", "11.00%", "not-available", "not-applicable"],
  ["High", "To achieve national completion rate", "2.59%", "2.93%", "in-development", "worse"],
  ["High", "20%", "18%", "17%", "off-target", "improved"],
  ["High", "Inline with regional average", "20.3%", "20.2%", "in-development", "improved"],
  // 43 over 860 is exactly the 5% tolerance.
  ["Low", "860", "903", "902", "near-target", "worse"],
  ["High", "Current build targets reflected within new Council Plan", "202", "232", "in-development", "worse"],
  ["Low", "No Target", "27", "31", "not-applicable", "improved"],
  [
    "High",
    "100% within 24 hours of inspection. (Vehicles and drivers)",
    "a) 94% b) 97%",
    "a) 97% b) 100%",
    "off-target",
    "worse",
  ],
  ["Low", "80 - based on benchmarking.", "67.06", "78.16", "on-target", "improved"],
  ["High", "95% (based on Old Council Plan and current performance).", "48%", "54%", "off-target", "worse"],
  ["Low", "27%", "24%", "25%", "on-target", "improved"],
  ["High", "95%", "", "a) 100% b) 100% c) 100%", "not-available", "not-applicable"],
  ["High", "100%", "6 (100%)", "4 (100%)", "on-target", "improved"],
  ["Low", "Target not applicable at this time", "6,361,223", "5,481,913", "not-applicable", "worse"],
];

describe("judging real rows of the 2023 directorate report", () => {
  const seed = readFileSync(
    path.resolve(__dirname, "../../fixtures/seeds/directorate-performance-2023-q2.txt"),
    "utf8",
  );

  it.each(ROWS)(
    "%s | %s | %s against %s → %s, %s",
    (polarityText, targetText, current, comparison, status, direction) => {
      // The row is really in the report, as written.
      for (const text of [targetText, current, comparison].filter((t) => t !== "")) expect(seed).toContain(text);
      const polarity = readPolarity(polarityText).polarity;
      const value = readValue(current);
      const before = readValue(comparison);
      const judged = assessStatus(value, readTarget(targetText), polarity, { comparison: before });
      expect(judged.status).toBe(status);
      expect(judged.reason).not.toMatch(/undefined|NaN/);
      expect(assessDirection(value, before, polarity).direction).toBe(direction);
    },
  );

  it("names the figure, not the words around it, in the reason", () => {
    const r = assessStatus(
      readValue("48%"),
      readTarget("95% (based on Old Council Plan and current performance)."),
      "high",
    );
    expect(r.reason).toBe("48% against a target of 95% (higher is better): 47 points under, off target");
  });

  it("judges a count with its rate in brackets by the rate, against a percent target", () => {
    const r = assessStatus(readValue("6 (100%)"), readTarget("100%"), "high");
    expect(r.reason).toContain("the 100% in brackets");
  });
});
