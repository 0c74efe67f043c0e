/** Which status counts in the reports: what officers recorded, what the engine computed, or recorded where present. */
import type { MeasureAssessment } from "../assessment/types";
import type { Direction, Status } from "../judging/types";

export const STATUS_BASES = ["recorded", "computed", "recorded-else-computed"] as const;
export type StatusBasis = (typeof STATUS_BASES)[number];
export const DEFAULT_BASIS: StatusBasis = "recorded-else-computed";

/** How the sheets say which basis was used: "Statuses: recorded where present, else computed". */
export const BASIS_WORDS: Record<StatusBasis, string> = {
  recorded: "as recorded by officers (a measure with none recorded counts as not available)",
  computed: "computed by KPI Scorecard",
  "recorded-else-computed": "recorded where present, else computed",
};

/** An officer's override counts first (it is a recorded judgement with a reason), then what is recorded, then computed. */
export function statusOf(m: MeasureAssessment, basis: StatusBasis): Status {
  if (basis === "computed") return m.status;
  if (m.override !== undefined) return m.override.status;
  if (basis === "recorded") return m.recordedStatus ?? "not-available";
  return m.recordedStatus ?? m.status;
}

export function directionOf(m: MeasureAssessment, basis: StatusBasis): Direction {
  if (basis === "computed") return m.dot;
  if (basis === "recorded") return m.recordedDot ?? "not-applicable";
  return m.recordedDot ?? m.dot;
}
