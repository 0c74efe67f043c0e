/**
 * How far from target still counts as near target (amber). Default: 5% of the target, relative.
 * Written as a fraction (0.05), a percentage ("5%"), or points ("2pp", { points: 2 }). 0 gives two-state judging.
 */
// zod/mini keeps functions.js small: the engine ships inside the custom-functions bundle.
import * as z from "zod/mini";
import type { Tolerance } from "./types";
import { isToleranceRule, parseToleranceRule, RULE_HELP } from "./tolerance-rule";

export const DEFAULT_TOLERANCE: Tolerance = { kind: "relative", fraction: 0.05 };

// The unit with its spaces in one optional group: two adjacent \s* around an optional unit backtrack quadratically.
const TEXT = /^\s*(\d+(?:\.\d+)?)(?:\s*(%|pp|points?|pts?))?\s*$/i;

const MESSAGE = RULE_HELP;
const share = () => z.number().check(z.minimum(0, MESSAGE), z.maximum(10, MESSAGE));
const points = () => z.number().check(z.minimum(0, MESSAGE), z.maximum(1e9, MESSAGE));

export const ToleranceSchema = z.union([
  z.number().check(z.minimum(0, MESSAGE), z.maximum(100, MESSAGE)),
  z.string().check(z.maxLength(40, MESSAGE), z.regex(TEXT, MESSAGE)),
  z.string().check(
    z.maxLength(200, MESSAGE),
    z.refine((t) => isToleranceRule(t) && parseToleranceRule(t).ok, MESSAGE),
  ),
  z.strictObject({ points: points() }),
  z.strictObject({ fraction: share() }),
  z.strictObject({ kind: z.literal("relative"), fraction: share(), green: z.optional(share()) }),
  z.strictObject({ kind: z.literal("points"), points: points(), green: z.optional(points()) }),
]);

export type ToleranceResult = { ok: true; tolerance: Tolerance } | { ok: false; reason: string };

/** Read a tolerance, or say why not. null/undefined/"" give the default. */
export function parseTolerance(input: unknown): ToleranceResult {
  if (input === null || input === undefined || input === "") return { ok: true, tolerance: DEFAULT_TOLERANCE };
  if (typeof input === "string" && isToleranceRule(input)) return parseToleranceRule(input);
  if (typeof input === "string" && input.length > 40) return { ok: false, reason: MESSAGE };
  const parsed = ToleranceSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: MESSAGE };
  const v = parsed.data;
  if (typeof v === "number") {
    // 0.05 is a fraction; 5 means 5%.
    return { ok: true, tolerance: { kind: "relative", fraction: v <= 1 ? v : v / 100 } };
  }
  if (typeof v === "string") {
    const m = TEXT.exec(v);
    const n = Number(m?.[1] ?? "0");
    const unit = (m?.[2] ?? "").toLowerCase();
    if (unit === "%") return { ok: true, tolerance: { kind: "relative", fraction: n / 100 } };
    if (unit !== "") return { ok: true, tolerance: { kind: "points", points: n } };
    return { ok: true, tolerance: { kind: "relative", fraction: n <= 1 ? n : n / 100 } };
  }
  if ("kind" in v) return { ok: true, tolerance: v };
  if ("points" in v) return { ok: true, tolerance: { kind: "points", points: v.points } };
  return { ok: true, tolerance: { kind: "relative", fraction: v.fraction } };
}

/** Read a tolerance that has already passed a boundary check; an invalid one is a bug, so it throws. */
export function readTolerance(input: unknown): Tolerance {
  const r = parseTolerance(input);
  if (!r.ok) throw new RangeError(`tolerance: ${r.reason}`);
  return r.tolerance;
}

export function describeTolerance(t: Tolerance): string {
  if (t.kind === "points") return `${t.points} ${t.points === 1 ? "point" : "points"}`;
  return `${+(t.fraction * 100).toFixed(4)}% of target`;
}

/** The green band short of target, in words: "5% of target", "1 point". */
export function describeGreen(t: Tolerance): string {
  const g = t.green ?? 0;
  return t.kind === "points" ? `${g} ${g === 1 ? "point" : "points"}` : `${+(g * 100).toFixed(4)}% of target`;
}
