/** Options for judging, validated with zod where they cross a boundary (custom-function args, settings, flags). */
import { z } from "zod";
import { ToleranceSchema } from "./tolerance";
import type { Tolerance, ValueReading } from "./types";

export type PartsRule = "worst" | "all" | "average";

export interface StatusOptions {
  tolerance?: Tolerance | number | string | { points: number } | { fraction: number };
  /** The comparison period's value, for relative targets (`10% reduction`). */
  comparison?: ValueReading;
  /** A benchmark value (e.g. the national average), for benchmark targets. */
  benchmark?: ValueReading;
  /** For cumulative targets measured part-way through the year. */
  periodsElapsed?: number;
  periodsInYear?: number;
  /** An explicit profile of the year, e.g. [85, 65, 65, 65]; flat when omitted. */
  profile?: number[];
  /** How parts (`a) 74% b) 88%`) combine: the worst decides (default), all must meet, or their average. */
  partsRule?: PartsRule;
}

export interface DirectionOptions {
  /** Changes this small or smaller count as stable, in the unit shown (points for percents). */
  stableBand?: number;
}

const ReadingShape = z.object({ kind: z.enum(["number", "parts", "missing", "unreadable"]) }).loose();

export const StatusOptionsSchema = z
  .object({
    tolerance: ToleranceSchema.optional(),
    comparison: ReadingShape.optional(),
    benchmark: ReadingShape.optional(),
    periodsElapsed: z.number().int().min(0).max(366).optional(),
    periodsInYear: z.number().int().min(1).max(366).optional(),
    profile: z.array(z.number().finite().min(0)).max(366).optional(),
    partsRule: z.enum(["worst", "all", "average"]).optional(),
  })
  .strict();

export const DirectionOptionsSchema = z.object({ stableBand: z.number().min(0).finite().optional() }).strict();
