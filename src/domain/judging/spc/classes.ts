/**
 * Variation and assurance classes (Making Data Count's icons), as NHSRplotthedots decides them:
 * - variation is the latest point's type (R/geom_ptd_icon.R): common cause if no rule flags it; otherwise
 *   special cause improving when the point sits on the good side of the mean for the polarity, concerning
 *   on the other side (R/ptd_calculate_point_type.R), or plain high/low when no direction is good;
 * - assurance compares the target with the latest limits (R/ptd_calculate_assurance_type.R): a target
 *   beyond the upper limit is consistently missed when higher is better (met when lower is better), a
 *   target beyond the lower limit the other way round, and a target between the limits is hit and miss.
 */
import type { Polarity } from "../types";
import type { Assurance, Limits, Variation } from "./types";

export function variationOf(flagged: boolean, value: number, mean: number, polarity: Polarity): Variation {
  if (!flagged) return "common-cause";
  const high = value > mean;
  if (polarity === "none") return high ? "special-cause-high" : "special-cause-low";
  return (polarity === "high") === high ? "special-cause-improving" : "special-cause-concerning";
}

export function assuranceOf(target: number, limits: Limits, polarity: "high" | "low"): Assurance {
  if (target > limits.upper) return polarity === "high" ? "consistently-missed" : "consistently-met";
  if (target < limits.lower) return polarity === "high" ? "consistently-met" : "consistently-missed";
  return "hit-and-miss";
}

/** Polarity reversed: what is improving for one is concerning for the other. */
export function swapped(v: Variation): Variation {
  if (v === "special-cause-improving") return "special-cause-concerning";
  if (v === "special-cause-concerning") return "special-cause-improving";
  return v;
}

export const VARIATION_WORDS: Record<Variation, string> = {
  "common-cause": "Common cause",
  "special-cause-improving": "Special cause improving",
  "special-cause-concerning": "Special cause concerning",
  "special-cause-high": "Special cause (high)",
  "special-cause-low": "Special cause (low)",
  "not-enough-data": "Not enough data",
};

export const ASSURANCE_WORDS: Record<Assurance, string> = {
  "consistently-met": "Target consistently met",
  "consistently-missed": "Target consistently missed",
  "hit-and-miss": "Hit and miss",
  "no-target": "No target",
  "not-enough-data": "Not enough data",
};

/**
 * The icons' text, after Making Data Count's icons: H or L says which side of the mean the signal is on
 * (the colour, blue or orange, is said by + improving and − concerning, never by colour alone); P and F
 * are the assurance icons' pass and fail, ~ is common cause or hit and miss.
 */
export function variationIcon(v: Variation, latestHigh: boolean): string {
  const side = latestHigh ? "H" : "L";
  if (v === "common-cause") return "~";
  if (v === "special-cause-improving") return `${side}+`;
  if (v === "special-cause-concerning") return `${side}−`;
  if (v === "special-cause-high") return "H";
  if (v === "special-cause-low") return "L";
  return "…";
}

export const ASSURANCE_ICONS: Record<Assurance, string> = {
  "consistently-met": "P",
  "consistently-missed": "F",
  "hit-and-miss": "~",
  "no-target": "–",
  "not-enough-data": "…",
};
