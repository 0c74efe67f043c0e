/** The preview's signal filter: show only measures of one SPC variation class. Pure: tested in Node. */
import type { MeasureAssessment } from "../../domain/assessment/types";
import type { Variation } from "../../domain/judging/spc";

export const SIGNAL_FILTERS = [
  "all",
  "special-cause-concerning",
  "special-cause-improving",
  "common-cause",
  "not-enough-data",
] as const;
export type SignalFilter = (typeof SIGNAL_FILTERS)[number];

export const SIGNAL_FILTER_WORDS: Record<SignalFilter, string> = {
  all: "Any variation",
  "special-cause-concerning": "Special cause concerning",
  "special-cause-improving": "Special cause improving",
  "common-cause": "Common cause (noise)",
  "not-enough-data": "Not enough data",
};

/** A measure for information only with a signal (high or low) matches only "any variation". */
export function matchesSignal(m: MeasureAssessment, filter: SignalFilter): boolean {
  return filter === "all" || m.spc.variation === (filter satisfies Variation);
}

export function signalCounts(measures: readonly MeasureAssessment[]): Record<SignalFilter, number> {
  const counts = Object.fromEntries(SIGNAL_FILTERS.map((f) => [f, 0])) as Record<SignalFilter, number>;
  for (const m of measures) for (const f of SIGNAL_FILTERS) if (matchesSignal(m, f)) counts[f]++;
  return counts;
}

export const isSignalFilter = (x: string): x is SignalFilter => (SIGNAL_FILTERS as readonly string[]).includes(x);
