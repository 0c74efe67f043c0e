/**
 * The special-cause rules, point by point, as NHSRplotthedots applies them (R/ptd_calculate_point_type.R):
 * - outside-limits: a point above the upper or below the lower process limit;
 * - shift: a point in a run of 7 or more on one side of the mean (a point on the mean breaks the run);
 * - trend: a point in a run of 7 or more each strictly higher (or lower) than the one before;
 * - two-of-three: a point beyond two sigma (but inside the limits) that, with another such point, makes
 *   two of three in a row beyond two sigma, all three on the same side of the mean.
 */
import type { Limits, SpcRule } from "./types";

export const RUN_LENGTH = 7;

const side = (v: number, mean: number) => Math.sign(v - mean);

/** For each point, the rules it is part of. */
export function rulesByPoint(values: readonly number[], limits: Limits): SpcRule[][] {
  const n = values.length;
  const out: SpcRule[][] = values.map(() => []);
  const sides = values.map((v) => side(v, limits.mean));
  const outside = values.map((v) => v > limits.upper || v < limits.lower);
  const near = values.map((v, i) => !outside[i] && (v > limits.nearUpper || v < limits.nearLower));

  for (let i = 0; i < n; i++) if (outside[i]) out[i]!.push("outside-limits");

  markRuns(n, (i) => sides[i] !== 0 && sides[i] === sides[i - 1], RUN_LENGTH, out, "shift", (i) => sides[i] !== 0);
  markRuns(n, (i) => values[i]! > values[i - 1]!, RUN_LENGTH, out, "trend");
  markRuns(n, (i) => values[i]! < values[i - 1]!, RUN_LENGTH, out, "trend");

  for (let start = 0; start + 3 <= n; start++) {
    const w = [start, start + 1, start + 2];
    const sameSide = Math.abs(w.reduce((s, i) => s + sides[i]!, 0)) === 3;
    if (!sameSide || w.filter((i) => near[i]).length < 2) continue;
    for (const i of w) if (near[i] && !out[i]!.includes("two-of-three")) out[i]!.push("two-of-three");
  }
  return out;
}

/**
 * Mark every point of each run of `length` or more, where `continues(i)` says point i carries on the
 * run from point i-1 and `starts(i)` says point i can begin one.
 */
function markRuns(
  n: number,
  continues: (i: number) => boolean,
  length: number,
  out: SpcRule[][],
  rule: SpcRule,
  starts: (i: number) => boolean = () => true,
): void {
  let runStart = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && continues(i)) continue;
    // The run is runStart..i-1.
    if (i - runStart >= length && starts(runStart)) {
      for (let k = runStart; k < i; k++) if (!out[k]!.includes(rule)) out[k]!.push(rule);
    }
    runStart = i;
  }
}
