/**
 * Targets already for the period: a cumulative (or "during the year") target judged against a column that is
 * itself the year to date, or that does not say how far through the year it is, is judged whole; the reason
 * says why it was not profiled, as it says how it was when it is.
 */
import type { Period } from "../layout/scorecard";
import type { BandsReading, TargetReading } from "../judging/types";
import { yearProgress } from "./in-year";

export function notProfiledNote(
  target: TargetReading | BandsReading,
  period: Period | undefined,
  inYearTitle: boolean,
): string {
  if (period === undefined || (target.kind !== "plain" && target.kind !== "comparator")) return "";
  if (!target.flags.cumulative && !inYearTitle) return "";
  if (yearProgress(period) !== undefined) return "";
  if (period.kind === "ytd") return `; target not profiled: the ${period.label} column is already the year to date`;
  return `; target not profiled: the period "${period.label}" does not say how far through the year it is, so the whole target applies`;
}
