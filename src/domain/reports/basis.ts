/** Which status counts in the reports: what officers recorded, what the engine computed, or recorded where present. */
import type { MeasureAssessment } from "../assessment-types";
import type { Direction, Status } from "../types";

export type StatusBasis = "recorded" | "computed" | "recorded-else-computed";

export const BASIS_WORDS: Record<StatusBasis, string> = {
  recorded: "statuses as recorded by officers (measures with none recorded are counted as not available)",
  computed: "statuses computed by KPI Scorecard",
  "recorded-else-computed": "statuses recorded by officers where present, otherwise computed by KPI Scorecard",
};

export function statusOf(m: MeasureAssessment, basis: StatusBasis): Status {
  if (basis === "computed") return m.status;
  if (basis === "recorded") return m.recordedStatus ?? "not-available";
  return m.recordedStatus ?? m.status;
}

export function directionOf(m: MeasureAssessment, basis: StatusBasis): Direction {
  if (basis === "computed") return m.dot;
  if (basis === "recorded") return m.recordedDot ?? "not-applicable";
  return m.recordedDot ?? m.dot;
}
