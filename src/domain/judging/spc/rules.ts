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

// Each point's rules as bits while the runs are found (no arrays per point in the hot loop).
const OUTSIDE = 1;
const SHIFT = 2;
const TREND = 4;
const TWO_OF_THREE = 8;
const RULE_BITS: [number, SpcRule][] = [
  [OUTSIDE, "outside-limits"],
  [SHIFT, "shift"],
  [TREND, "trend"],
  [TWO_OF_THREE, "two-of-three"],
];

/** For each point, the rules it is part of. */
export function rulesByPoint(values: readonly number[], limits: Limits): SpcRule[][] {
  const n = values.length;
  const bits = new Uint8Array(n);
  const sides = new Int8Array(n);
  const near = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    sides[i] = Math.sign(v - limits.mean);
    if (v > limits.upper || v < limits.lower) bits[i]! |= OUTSIDE;
    else if (v > limits.nearUpper || v < limits.nearLower) near[i] = 1;
  }
  markRuns(
    n,
    (i) => sides[i] !== 0 && sides[i] === sides[i - 1],
    bits,
    SHIFT,
    (i) => sides[i] !== 0,
  );
  markRuns(n, (i) => values[i]! > values[i - 1]!, bits, TREND);
  markRuns(n, (i) => values[i]! < values[i - 1]!, bits, TREND);
  for (let a = 0; a + 2 < n; a++) {
    if (Math.abs(sides[a]! + sides[a + 1]! + sides[a + 2]!) !== 3 || near[a]! + near[a + 1]! + near[a + 2]! < 2)
      continue;
    for (let i = a; i <= a + 2; i++) if (near[i]) bits[i]! |= TWO_OF_THREE;
  }
  const out: SpcRule[][] = [];
  for (let i = 0; i < n; i++)
    out.push(bits[i] === 0 ? [] : RULE_BITS.filter(([b]) => (bits[i]! & b) !== 0).map(([, r]) => r));
  return out;
}

/**
 * Mark every point of each run of RUN_LENGTH or more, where `continues(i)` says point i carries on the
 * run from point i-1 and `starts(i)` says point i can begin one.
 */
function markRuns(
  n: number,
  continues: (i: number) => boolean,
  bits: Uint8Array,
  bit: number,
  starts: (i: number) => boolean = () => true,
): void {
  let runStart = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && continues(i)) continue;
    // The run is runStart..i-1.
    if (i - runStart >= RUN_LENGTH && starts(runStart)) for (let k = runStart; k < i; k++) bits[k]! |= bit;
    runStart = i;
  }
}
