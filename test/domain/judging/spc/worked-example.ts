/** The worked example's workbook and its hand-worked answers (the sums are in worked-example.test.ts). */
import path from "node:path";

export const FIXTURE = path.resolve(__dirname, "../../../fixtures/spc-monthly.xlsx");

/** ref → [variation, assurance, rules on the latest point], by hand (see above). */
export const EXPECTED: Record<string, [string, string, string[]]> = {
  "SPC.1": ["common-cause", "hit-and-miss", []],
  "SPC.2": ["common-cause", "consistently-met", []],
  "SPC.3": ["common-cause", "consistently-missed", []],
  "SPC.4": ["special-cause-concerning", "hit-and-miss", ["shift"]],
  "SPC.5": ["special-cause-improving", "hit-and-miss", ["trend"]],
  "SPC.6": ["special-cause-concerning", "consistently-missed", ["outside-limits"]],
  "SPC.7": ["not-enough-data", "not-enough-data", []],
};
