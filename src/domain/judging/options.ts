/** Options for judging, validated with zod where they cross a boundary (custom-function args, settings, flags). */
import * as z from "zod/mini";
import { parseTolerance, ToleranceSchema } from "./tolerance";
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

/** Options as the engine takes them: read and checked where they entered, so judging never checks them again. */
export interface JudgeOptions extends Omit<StatusOptions, "tolerance"> {
  tolerance?: Tolerance;
}

export type OptionsReading<T> = { ok: true; options: T } | { ok: false; reason: string };

/** The boundary check for status options from outside the domain (a caller's object, a function's arguments). */
export function readStatusOptions(input: unknown): OptionsReading<JudgeOptions> {
  if (input === undefined || input === null) return { ok: true, options: {} };
  const parsed = StatusOptionsSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
  const { tolerance, ...rest } = input as StatusOptions;
  const options: JudgeOptions = { ...rest };
  if (tolerance !== undefined) {
    const t = parseTolerance(tolerance);
    if (!t.ok) return { ok: false, reason: `tolerance: ${t.reason}` };
    options.tolerance = t.tolerance;
  }
  return { ok: true, options };
}

/** The boundary check for direction options. */
export function readDirectionOptions(input: unknown): OptionsReading<DirectionOptions> {
  if (input === undefined || input === null) return { ok: true, options: {} };
  const parsed = DirectionOptionsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues[0]?.message ?? "" };
  return { ok: true, options: parsed.data };
}
