/**
 * Signal or noise in the reports: counts of the SPC classes, their sentences ("3 measures show special
 * cause concerning variation"), and what "worsening" means for an area for improvement: the direction of
 * travel (the default), or only special cause concerning variation, so that noise is not escalated.
 */
import { z } from "zod";
import type { MeasureAssessment } from "../assessment/types";
import {
  ASSURANCES,
  ASSURANCE_WORDS,
  VARIATIONS,
  VARIATION_WORDS,
  type Assurance,
  type Variation,
} from "../judging/spc";
import { directionOf, type StatusBasis } from "./basis";
import { WORSENING, type Worsening } from "./worsening";

export { WORSENING, DEFAULT_WORSENING, WORSENING_WORDS, type Worsening } from "./worsening";

export const WorseningSchema = z.enum(WORSENING, { message: `worsening must be ${WORSENING.join(" or ")}` });

export function isWorsening(m: MeasureAssessment, basis: StatusBasis, worsening: Worsening): boolean {
  return worsening === "special-cause"
    ? m.spc.variation === "special-cause-concerning"
    : directionOf(m, basis) === "worse";
}

export interface SignalCounts {
  variation: Record<Variation, number>;
  assurance: Record<Assurance, number>;
}

export function countSignals(measures: readonly MeasureAssessment[]): SignalCounts {
  const variation = Object.fromEntries(VARIATIONS.map((v) => [v, 0])) as Record<Variation, number>;
  const assurance = Object.fromEntries(ASSURANCES.map((a) => [a, 0])) as Record<Assurance, number>;
  for (const m of measures) {
    variation[m.spc.variation]++;
    assurance[m.spc.assurance]++;
  }
  return { variation, assurance };
}

const whole = z.number().int().nonnegative();
export const SignalCountsSchema = z.object({
  variation: z.object(Object.fromEntries(VARIATIONS.map((v) => [v, whole])) as Record<Variation, typeof whole>),
  assurance: z.object(Object.fromEntries(ASSURANCES.map((a) => [a, whole])) as Record<Assurance, typeof whole>),
});

const measures = (n: number) => `${n} measure${n === 1 ? "" : "s"}`;
const VARIATION_PHRASE: Record<Variation, (n: number) => string> = {
  "common-cause": (n) =>
    `${measures(n)} ${n === 1 ? "shows" : "show"} common cause variation (noise: no change to act on)`,
  "special-cause-improving": (n) => `${measures(n)} ${n === 1 ? "shows" : "show"} special cause improving variation`,
  "special-cause-concerning": (n) => `${measures(n)} ${n === 1 ? "shows" : "show"} special cause concerning variation`,
  "special-cause-high": (n) => `${measures(n)} for information ${n === 1 ? "shows" : "show"} a special cause, high`,
  "special-cause-low": (n) => `${measures(n)} for information ${n === 1 ? "shows" : "show"} a special cause, low`,
  "not-enough-data": (n) =>
    `${measures(n)} ${n === 1 ? "has" : "have"} too few figures for process limits (fewer than 12)`,
};
const ASSURANCE_PHRASE: Record<Assurance, ((n: number) => string) | null> = {
  "consistently-met": (n) => `${measures(n)} will consistently meet ${n === 1 ? "its" : "their"} target`,
  "consistently-missed": (n) =>
    `${measures(n)} will consistently miss ${n === 1 ? "its" : "their"} target unless the process changes`,
  "hit-and-miss": (n) => `${measures(n)} will hit and miss ${n === 1 ? "its" : "their"} target at random`,
  "no-target": null,
  "not-enough-data": null,
};

/** The report's sentences, one per class that has measures. */
export function signalSentences(c: SignalCounts): string[] {
  return [
    ...VARIATIONS.filter((v) => c.variation[v] > 0).map((v) => VARIATION_PHRASE[v](c.variation[v])),
    ...ASSURANCES.flatMap((a) => {
      const phrase = ASSURANCE_PHRASE[a];
      return phrase === null || c.assurance[a] === 0 ? [] : [phrase(c.assurance[a])];
    }),
  ];
}

/** "Special cause concerning (H−)": the class with its icon text, as the report columns show it. */
export function variationShown(m: MeasureAssessment): string {
  const { spc } = m;
  if (spc.variation === "not-enough-data") return `Not enough data (${spc.points} of ${spc.minimum} points)`;
  return `${VARIATION_WORDS[spc.variation]} (${spc.icons.variation})`;
}

export function assuranceShown(m: MeasureAssessment): string {
  const { spc } = m;
  if (spc.assurance === "not-enough-data") return `Not enough data (${spc.points} of ${spc.minimum} points)`;
  return `${ASSURANCE_WORDS[spc.assurance]} (${spc.icons.assurance})`;
}
