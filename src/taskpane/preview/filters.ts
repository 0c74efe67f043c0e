/** The preview's filters: off target, differs from recorded, missing data. Pure: tested in Node. */
import type { MeasureAssessment } from "../../domain/assessment/types";
import { differsFromRecorded } from "../../domain/reports";

export const FILTERS = ["off-target", "differs", "missing"] as const;
export type PreviewFilter = (typeof FILTERS)[number];

export const FILTER_WORDS: Record<PreviewFilter, string> = {
  "off-target": "Off target",
  differs: "Differs from recorded",
  missing: "Missing data",
};

// The Checks sheet's rule, so that its count and this filter's agree.
export { differsFromRecorded };

export function hasMissingData(m: MeasureAssessment): boolean {
  return m.current === null || m.current.reading.kind === "missing" || m.current.reading.kind === "unreadable";
}

export function matches(m: MeasureAssessment, filter: PreviewFilter): boolean {
  if (filter === "off-target") return m.status === "off-target";
  if (filter === "differs") return differsFromRecorded(m);
  return hasMissingData(m);
}

/** Measures that match any of the chosen filters; all of them when none is chosen. */
export function filterMeasures(
  measures: MeasureAssessment[],
  filters: ReadonlySet<PreviewFilter>,
): MeasureAssessment[] {
  if (filters.size === 0) return measures;
  return measures.filter((m) => [...filters].some((f) => matches(m, f)));
}

export function filterCounts(measures: MeasureAssessment[]): Record<PreviewFilter, number> {
  const counts: Record<PreviewFilter, number> = { "off-target": 0, differs: 0, missing: 0 };
  for (const m of measures) for (const f of FILTERS) if (matches(m, f)) counts[f]++;
  return counts;
}
