/** Options for judging, validated with zod where they cross a boundary (custom-function args, settings, flags). */
import * as z from "zod/mini";
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

const ReadingShape = z.looseObject({ kind: z.enum(["number", "parts", "missing", "unreadable"]) });
const count = (max: number) => z.number().check(z.int(), z.minimum(0), z.maximum(max));

export const StatusOptionsSchema = z.strictObject({
  tolerance: z.optional(ToleranceSchema),
  comparison: z.optional(ReadingShape),
  benchmark: z.optional(ReadingShape),
  periodsElapsed: z.optional(count(366)),
  periodsInYear: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(366))),
  profile: z.optional(z.array(z.number().check(z.minimum(0))).check(z.maxLength(366))),
  partsRule: z.optional(z.enum(["worst", "all", "average"])),
});

export const DirectionOptionsSchema = z.strictObject({ stableBand: z.optional(z.number().check(z.minimum(0))) });

const PARTS_RULES: readonly string[] = ["worst", "all", "average"];
const KNOWN_KEYS: readonly string[] = ["tolerance", "comparison", "benchmark", "periodsElapsed", "periodsInYear", "partsRule"];
const READING_KINDS: readonly string[] = ["number", "parts", "missing", "unreadable"];

function isCount(v: unknown, min: number, max: number): boolean {
  return typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
}

/**
 * A quick check, field by field, that accepts only options the schema also accepts: per-measure options
 * (a comparison value for each measure) then skip the schema's cost. Anything it does not accept goes
 * to StatusOptionsSchema, which gives the reason. A property test holds the two together.
 */
export function plainlyValidStatusOptions(options: object): boolean {
  for (const key of Object.keys(options)) {
    const v = (options as Record<string, unknown>)[key];
    if (v === undefined && key !== "profile" && KNOWN_KEYS.includes(key)) continue;
    switch (key) {
      case "tolerance":
        if (!(typeof v === "number" && v >= 0 && v <= 100)) return false;
        break;
      case "comparison":
      case "benchmark":
        if (typeof v !== "object" || v === null || !READING_KINDS.includes((v as { kind?: unknown }).kind as string)) return false;
        break;
      case "periodsElapsed":
        if (!isCount(v, 0, 366)) return false;
        break;
      case "periodsInYear":
        if (!isCount(v, 1, 366)) return false;
        break;
      case "partsRule":
        if (!PARTS_RULES.includes(v as string)) return false;
        break;
      default:
        // profile and anything unknown: the schema decides.
        return false;
    }
  }
  return true;
}
