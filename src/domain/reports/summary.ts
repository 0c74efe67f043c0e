/**
 * The summary: counts of measures by status and by direction of travel, as a percentage of all measures
 * and of those measured this period, overall, by group, by frequency and for priority measures,
 * each beside the comparison period's counts.
 */
import { z } from "zod";
import type { MeasureAssessment } from "../assessment-types";
import { DIRECTIONS, STATUSES, type Direction, type Status } from "../types";
import { directionOf, statusOf, type StatusBasis } from "./basis";
import { normaliseFrequency } from "./frequency";

/** Statuses that mean "measured this period"; the others are left out of the second percentage. */
export const MEASURED: readonly Status[] = ["on-target", "near-target", "off-target"];

export interface Counts {
  total: number;
  status: Record<Status, number>;
  dot: Record<Direction, number>;
  /** Measures with an on, near or off-target status. */
  measured: number;
  /** Measures with a direction of travel (improved, stable or worse). */
  dotMeasured: number;
}

export interface Breakdown {
  name: string;
  current: Counts;
  comparison: Counts;
}

export interface Summary extends Counts {
  basis: StatusBasis;
  /** The comparison period's statuses, computed from its values. */
  comparison: Counts;
  byGroup: Breakdown[];
  byFrequency: Breakdown[];
  priority: Breakdown;
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function count(statuses: Status[], dots: Direction[]): Counts {
  const status = zeros(STATUSES);
  const dot = zeros(DIRECTIONS);
  for (const s of statuses) status[s]++;
  for (const d of dots) dot[d]++;
  return {
    total: statuses.length,
    status,
    dot,
    measured: MEASURED.reduce((n, s) => n + status[s], 0),
    dotMeasured: dot.improved + dot.stable + dot.worse,
  };
}

function breakdown(name: string, measures: MeasureAssessment[], basis: StatusBasis): Breakdown {
  return {
    name,
    current: count(measures.map((m) => statusOf(m, basis)), measures.map((m) => directionOf(m, basis))),
    comparison: count(measures.map((m) => m.comparisonStatus), []),
  };
}

function groupBy(measures: MeasureAssessment[], key: (m: MeasureAssessment) => string): Map<string, MeasureAssessment[]> {
  const groups = new Map<string, MeasureAssessment[]>();
  for (const m of measures) {
    const k = key(m);
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [m]);
    else list.push(m);
  }
  return groups;
}

export function summarise(measures: MeasureAssessment[], options: { basis: StatusBasis } = { basis: "recorded-else-computed" }): Summary {
  const { basis } = options;
  const all = breakdown("All measures", measures, basis);
  return {
    ...all.current,
    basis,
    comparison: all.comparison,
    byGroup: [...groupBy(measures, (m) => m.group ?? "(no group)")].map(([name, ms]) => breakdown(name, ms, basis)),
    byFrequency: [...groupBy(measures, (m) => normaliseFrequency(m.frequency))].map(([name, ms]) => breakdown(name, ms, basis)),
    priority: breakdown("Priority measures", measures.filter((m) => m.priority), basis),
  };
}

/** A share as a fraction, or null when there is nothing to share. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

const CountsSchema = z.object({
  total: z.number().int().nonnegative(),
  status: z.object(Object.fromEntries(STATUSES.map((s) => [s, z.number().int().nonnegative()])) as Record<Status, z.ZodNumber>),
  dot: z.object(Object.fromEntries(DIRECTIONS.map((d) => [d, z.number().int().nonnegative()])) as Record<Direction, z.ZodNumber>),
  measured: z.number().int().nonnegative(),
  dotMeasured: z.number().int().nonnegative(),
});
const BreakdownSchema = z.object({ name: z.string(), current: CountsSchema, comparison: CountsSchema });

export const SummarySchema = CountsSchema.extend({
  basis: z.enum(["recorded", "computed", "recorded-else-computed"]),
  comparison: CountsSchema,
  byGroup: z.array(BreakdownSchema),
  byFrequency: z.array(BreakdownSchema),
  priority: BreakdownSchema,
});
