/** The figure assurance judges against: a plain or comparator target, not a cumulative year's total
 * (a year's total set against monthly figures would say nothing about the process). */
import type { BandsReading, TargetReading } from "../types";

export function targetFigure(target: TargetReading | BandsReading): number | null {
  if (target.kind !== "plain" && target.kind !== "comparator") return null;
  return target.flags.cumulative ? null : target.threshold.value;
}
