/**
 * Signal or noise: a measure's history through an XmR chart. Given the figures oldest first, the
 * polarity and (optionally) a target, it gives the variation class, the assurance class, the rules that
 * fired on the latest point, the limits and a one-line reason for each. Too few points give
 * "not enough data" with the count, never a guess.
 */
import type { Polarity } from "../types";
import { assuranceOf, variationOf, variationIcon, ASSURANCE_ICONS, ASSURANCE_WORDS, VARIATION_WORDS } from "./classes";
import { processLimits } from "./limits";
import { MINIMUM_POINTS, type SpcOptions } from "./types";
import { rulesByPoint } from "./rules";
import type { SpcPoint, SpcResult, SpcRule } from "./types";

export * from "./types";
export { processLimits, LIMIT_FACTOR } from "./limits";
export { rulesByPoint, RUN_LENGTH } from "./rules";
export { swapped, variationIcon, VARIATION_WORDS, ASSURANCE_WORDS, ASSURANCE_ICONS } from "./classes";

export interface SpcInput {
  points: readonly SpcPoint[];
  polarity: Polarity;
  /** A single figure to reach, or null when the measure has none. */
  target: number | null;
  options?: SpcOptions;
  /** How to show a figure in the reasons (the measure's own unit); plain by default. */
  format?: (n: number) => string;
}

const plain = (n: number) => String(Number(n.toPrecision(4)));

/** The points of the latest group: those since the last recalculation. */
function latestGroup(
  points: readonly SpcPoint[],
  rebaseAt: readonly string[] | undefined,
): { points: readonly SpcPoint[]; from: string | null } {
  if (rebaseAt === undefined || rebaseAt.length === 0) return { points, from: null };
  const wanted = new Set(rebaseAt.map((l) => l.trim().toLowerCase()));
  for (let i = points.length - 1; i > 0; i--) {
    if (wanted.has(points[i]!.label.trim().toLowerCase())) return { points: points.slice(i), from: points[i]!.label };
  }
  return { points, from: null };
}

function ruleWords(
  rule: SpcRule,
  latest: number,
  fmt: (n: number) => string,
  l: { mean: number; lower: number; upper: number },
  high: boolean,
): string {
  switch (rule) {
    case "outside-limits":
      return high
        ? `the latest figure (${fmt(latest)}) is above the upper limit (${fmt(l.upper)})`
        : `the latest figure (${fmt(latest)}) is below the lower limit (${fmt(l.lower)})`;
    case "shift":
      return `a run of 7 or more points ${high ? "above" : "below"} the mean (${fmt(l.mean)})`;
    case "trend":
      return "a run of 7 or more points each rising or each falling";
    case "two-of-three":
      return `2 of 3 points beyond two sigma ${high ? "above" : "below"} the mean`;
  }
}

export function assessSpc(input: SpcInput): SpcResult {
  const fmt = input.format ?? plain;
  const group = latestGroup(input.points, input.options?.rebaseAt);
  const values = group.points.map((p) => p.value);
  const n = values.length;
  const since = group.from === null ? "" : ` since the limits were recalculated at ${group.from}`;
  if (n < MINIMUM_POINTS) {
    const why = `${n} point${n === 1 ? "" : "s"}${since}; at least ${MINIMUM_POINTS} are needed for process limits`;
    return {
      variation: "not-enough-data",
      assurance: "not-enough-data",
      rules: [],
      limits: null,
      points: n,
      minimum: MINIMUM_POINTS,
      icons: { variation: variationIcon("not-enough-data", false), assurance: ASSURANCE_ICONS["not-enough-data"] },
      variationReason: `Not enough data: ${why}`,
      assuranceReason: `Not enough data: ${why}`,
    };
  }
  // A baseline shorter than the minimum would be a guess too: it is widened to the minimum.
  const baseline =
    input.options?.baseline === undefined ? n : Math.max(MINIMUM_POINTS, Math.floor(input.options.baseline));
  const limits = processLimits(baseline >= n ? values : values.slice(0, baseline));
  const rules = rulesByPoint(values, limits)[n - 1]!;
  const latest = values[n - 1]!;
  const high = latest > limits.mean;
  const variation = variationOf(rules.length > 0, latest, limits.mean, input.polarity);
  const basis = `mean ${fmt(limits.mean)}, limits ${fmt(limits.lower)} to ${fmt(limits.upper)} from ${limits.baselinePoints} points${since}`;
  const icon = variationIcon(variation, high);
  const variationReason =
    rules.length === 0
      ? `${VARIATION_WORDS[variation]} (${icon}): no special-cause rule fires on the latest figure (${fmt(latest)}); ${basis}`
      : `${VARIATION_WORDS[variation]} (${icon}): ${rules.map((r) => ruleWords(r, latest, fmt, limits, high)).join("; ")}; ${basis}`;

  let assurance: SpcResult["assurance"] = "no-target";
  let assuranceReason = "No target: assurance needs a single figure to reach";
  if (input.polarity === "none") {
    assuranceReason = "No target: a measure for information only has no good direction";
  } else if (input.target !== null && Number.isFinite(input.target)) {
    assurance = assuranceOf(input.target, limits, input.polarity);
    const t = fmt(input.target);
    const where =
      input.target > limits.upper
        ? `above the upper limit (${fmt(limits.upper)})`
        : input.target < limits.lower
          ? `below the lower limit (${fmt(limits.lower)})`
          : `between the limits (${fmt(limits.lower)} to ${fmt(limits.upper)})`;
    const better = input.polarity === "high" ? "higher" : "lower";
    assuranceReason = `${ASSURANCE_WORDS[assurance]} (${ASSURANCE_ICONS[assurance]}): the target ${t} is ${where}, ${better} is better`;
  }
  const icons = { variation: icon, assurance: ASSURANCE_ICONS[assurance] };
  return {
    variation,
    assurance,
    rules,
    limits,
    points: n,
    minimum: MINIMUM_POINTS,
    icons,
    variationReason,
    assuranceReason,
  };
}
