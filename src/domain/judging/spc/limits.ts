/**
 * XmR process limits: the mean, and the mean moving range times 2.66 either side
 * (NHSRplotthedots R/ptd_spc_standard.R, Making Data Count). Moving ranges of 3.267 times the mean
 * moving range or more are screened out and the mean moving range worked out again, as the package
 * does by default (`screen_outliers = TRUE`), so one wild month does not widen the limits.
 */
import type { Limits } from "./types";

export const LIMIT_FACTOR = 2.66;
export const OUTLIER_MOVING_RANGE = 3.267;

/** Limits from `values` (already cut to the baseline). Needs at least two values. */
export function processLimits(values: readonly number[]): Limits {
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  const ranges: number[] = [];
  for (let i = 1; i < values.length; i++) ranges.push(Math.abs(values[i]! - values[i - 1]!));
  const average = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const first = average(ranges);
  const meanMovingRange = average(ranges.filter((r) => r < OUTLIER_MOVING_RANGE * first));
  const half = LIMIT_FACTOR * meanMovingRange;
  const near = (2 / 3) * half;
  return {
    mean,
    meanMovingRange,
    lower: mean - half,
    upper: mean + half,
    nearLower: mean - near,
    nearUpper: mean + near,
    baselinePoints: values.length,
  };
}
