/**
 * The summary: counts of measures by status and by direction of travel, as a percentage of all measures
 * and of those measured this period, overall, by group, by frequency and for priority measures,
 * each beside the comparison period's counts.
 */
import { z } from "zod";
import type { MeasureAssessment } from "../assessment/types";
import { DIRECTIONS, STATUSES, type Direction, type Status } from "../judging/types";
import { directionOf, statusOf, type StatusBasis } from "./basis";
import { FREQUENCIES, normaliseFrequency } from "./frequency";
import { countSignals, SignalCountsSchema, type SignalCounts } from "./signal";

/** Statuses that mean "measured this period"; the others are left out of the second percentage. */
export const MEASURED: readonly Status[] = ["on-target", "near-target", "off-target"];
/** Directions that mean the DOT was measured; "not applicable" is left out of the second percentage. */
export const DOT_MEASURED: readonly Direction[] = ["improved", "stable", "worse"];

/**
 * A count as fractions (0.133 is 13.3%): of all measures, and of those measured this period.
 * `ofMeasured` is null for the kinds that are not measured (they are outside that whole) and when nothing was measured.
 */
export interface Share {
  ofAll: number | null;
  ofMeasured: number | null;
}

/** Status counts alone: what the comparison period has (its DOT would need the period before it). */
export interface StatusCounts {
  total: number;
  status: Record<Status, number>;
  /** Measures with an on, near or off-target status. */
  measured: number;
  percent: { status: Record<Status, Share> };
}

export interface Counts extends StatusCounts {
  dot: Record<Direction, number>;
  /** Measures with a direction of travel (improved, stable or worse). */
  dotMeasured: number;
  percent: { status: Record<Status, Share>; dot: Record<Direction, Share> };
}

export interface Breakdown {
  name: string;
  current: Counts;
  /** The comparison period's statuses, computed by the engine from that period's values. */
  comparison: StatusCounts;
  /** Priority measures among these, by current status (the report's "(3 priority measures)"). */
  priorityStatus: Record<Status, number>;
}

export interface Summary extends Counts {
  basis: StatusBasis;
  /**
   * Measures whose current figure is there but could not be read (judged ✱ "figure could not be read"),
   * counted apart so that no sentence says their data is not yet available.
   */
  unreadableFigures: number;
  /** The comparison period's statuses, computed from its values. */
  comparison: StatusCounts;
  byGroup: Breakdown[];
  byFrequency: Breakdown[];
  priority: Breakdown;
  /** The SPC classes of all measures (Making Data Count), beside the status and DOT counts. */
  spc: SignalCounts;
}

/** A share as a fraction, or null when there is nothing to share. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function tally<K extends string>(keys: readonly K[], items: readonly K[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const k of items) out[k]++;
  return out;
}

function shares<K extends string>(
  keys: readonly K[],
  counts: Record<K, number>,
  total: number,
  measuredKeys: readonly K[],
): Record<K, Share> {
  const measured = measuredKeys.reduce((n, k) => n + counts[k], 0);
  return Object.fromEntries(
    keys.map((k) => [
      k,
      { ofAll: share(counts[k], total), ofMeasured: measuredKeys.includes(k) ? share(counts[k], measured) : null },
    ]),
  ) as Record<K, Share>;
}

export function countStatuses(statuses: readonly Status[]): StatusCounts {
  const status = tally(STATUSES, statuses);
  return {
    total: statuses.length,
    status,
    measured: MEASURED.reduce((n, s) => n + status[s], 0),
    percent: { status: shares(STATUSES, status, statuses.length, MEASURED) },
  };
}

/** Counts of one status and one direction per measure. */
export function count(statuses: readonly Status[], dots: readonly Direction[]): Counts {
  const s = countStatuses(statuses);
  const dot = tally(DIRECTIONS, dots);
  return {
    ...s,
    dot,
    dotMeasured: DOT_MEASURED.reduce((n, d) => n + dot[d], 0),
    percent: { status: s.percent.status, dot: shares(DIRECTIONS, dot, dots.length, DOT_MEASURED) },
  };
}

function breakdown(name: string, measures: MeasureAssessment[], basis: StatusBasis): Breakdown {
  return {
    name,
    current: count(
      measures.map((m) => statusOf(m, basis)),
      measures.map((m) => directionOf(m, basis)),
    ),
    comparison: countStatuses(measures.map((m) => m.comparisonStatus)),
    priorityStatus: tally(
      STATUSES,
      measures.filter((m) => m.priority).map((m) => statusOf(m, basis)),
    ),
  };
}

function groupBy<K extends string>(
  measures: MeasureAssessment[],
  key: (m: MeasureAssessment) => K,
): Map<K, MeasureAssessment[]> {
  const groups = new Map<K, MeasureAssessment[]>();
  for (const m of measures) {
    const k = key(m);
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [m]);
    else list.push(m);
  }
  return groups;
}

/** Measures with no group of their own are counted under this name. */
export const NO_GROUP = "(no group)";

export function summarise(
  measures: MeasureAssessment[],
  options: { basis: StatusBasis } = { basis: "recorded-else-computed" },
): Summary {
  const { basis } = options;
  const all = breakdown("All measures", measures, basis);
  const byFrequency = groupBy(measures, (m) => normaliseFrequency(m.frequency));
  return {
    ...all.current,
    basis,
    unreadableFigures: measures.filter((m) => m.current?.reading.kind === "unreadable").length,
    comparison: all.comparison,
    // Groups in the order the sheet has them; frequencies from most to least frequent.
    byGroup: [...groupBy(measures, (m) => m.group ?? NO_GROUP)].map(([name, ms]) => breakdown(name, ms, basis)),
    byFrequency: FREQUENCIES.flatMap((f) => {
      const ms = byFrequency.get(f);
      return ms === undefined ? [] : [breakdown(f, ms, basis)];
    }),
    priority: breakdown(
      "Priority measures",
      measures.filter((m) => m.priority),
      basis,
    ),
    spc: countSignals(measures),
  };
}

const whole = z.number().int().nonnegative();
const fraction = z.number().min(0).max(1).nullable();
const ShareSchema = z.object({ ofAll: fraction, ofMeasured: fraction });
const byKey = <K extends string, T extends z.ZodType>(keys: readonly K[], schema: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, schema])) as Record<K, T>);

const StatusCountsSchema = z.object({
  total: whole,
  status: byKey(STATUSES, whole),
  measured: whole,
  percent: z.object({ status: byKey(STATUSES, ShareSchema) }),
});
const CountsSchema = StatusCountsSchema.extend({
  dot: byKey(DIRECTIONS, whole),
  dotMeasured: whole,
  percent: z.object({ status: byKey(STATUSES, ShareSchema), dot: byKey(DIRECTIONS, ShareSchema) }),
});
const BreakdownSchema = z.object({
  name: z.string(),
  current: CountsSchema,
  comparison: StatusCountsSchema,
  priorityStatus: byKey(STATUSES, whole),
});

/**
 * The summary as the `--json` output embeds it. `total`, `status` (six keys) and `dot` (four keys) sit at the
 * top level, as issue 5's contract has them; everything else is beside them.
 */
export const SummarySchema = CountsSchema.extend({
  basis: z.enum(["recorded", "computed", "recorded-else-computed"]),
  unreadableFigures: whole,
  comparison: StatusCountsSchema,
  byGroup: z.array(BreakdownSchema),
  byFrequency: z.array(BreakdownSchema),
  priority: BreakdownSchema,
  spc: SignalCountsSchema,
});
