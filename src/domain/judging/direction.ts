/**
 * Direction of travel: improved, stable, worse or not applicable, judged by polarity, comparing the
 * current period with the comparison period at the precision the cells show (9.7% against 9.7% is stable).
 */
import { readDirectionOptions, type DirectionOptions } from "./options";
import { formatGap, formatReading, roundTo } from "./format";
import { reconcile, unitClash } from "./status";
import type { Direction, DirectionResult, Movement, NumberReading, Polarity, ValueReading } from "./types";

/** The number as shown: percents in points, rounded at the decimals the cell showed. */
function shown(n: NumberReading): number {
  return n.unit === "percent" ? roundTo(n.value * 100, n.decimals) : roundTo(n.value, n.decimals);
}

function compareNumbers(
  current: NumberReading,
  previous: NumberReading,
  polarity: Polarity,
  stableBand: number,
): DirectionResult {
  const clash = unitClash(current, previous);
  if (clash !== null) return { direction: "not-applicable", movement: "unknown", reason: clash };
  const r = reconcile(current, previous);
  const a = shown(r.value);
  const b = shown(r.target);
  const diff = a - b;
  const movement: Movement = Math.abs(diff) <= stableBand + 1e-9 ? "same" : diff > 0 ? "rose" : "fell";
  const decimals = Math.max(r.value.decimals, r.target.decimals);
  const head = `${formatReading(r.value)} against ${formatReading(r.target)}`;
  const moved =
    movement === "same"
      ? "no change at the precision shown"
      : `${movement} ${formatGap(r.value.value - r.target.value, r.value.unit, decimals)}`;
  if (polarity === "none")
    return {
      direction: "not-applicable",
      movement,
      reason: `${head}: ${moved}; for information only, so no direction of travel`,
    };
  let direction: Direction = "stable";
  if (movement === "rose") direction = polarity === "high" ? "improved" : "worse";
  if (movement === "fell") direction = polarity === "high" ? "worse" : "improved";
  const better = polarity === "high" ? "higher is better" : "lower is better";
  return { direction, movement, reason: `${head}: ${moved} (${better}), ${direction}` };
}

function asNumbers(reading: ValueReading): NumberReading[] | null {
  if (reading.kind === "number") return [reading];
  if (reading.kind === "parts") return reading.parts.map((p) => p.reading);
  return null;
}

export function assessDirection(
  current: ValueReading,
  comparison: ValueReading,
  polarity: Polarity,
  options?: DirectionOptions | null,
): DirectionResult {
  // Excel passes null for an optional argument left out. Callers inside the domain pass none: nothing to check.
  let band = 0;
  if (options !== undefined && options !== null) {
    const read = readDirectionOptions(options);
    if (!read.ok)
      return { direction: "not-applicable", movement: "unknown", reason: `options could not be read: ${read.reason}` };
    band = read.options.stableBand ?? 0;
  }
  // The common case first, without building arrays: two single figures.
  if (current.kind === "number" && comparison.kind === "number")
    return compareNumbers(current, comparison, polarity, band);
  const a = asNumbers(current);
  const b = asNumbers(comparison);
  if (a === null || b === null) {
    const side = a === null ? current : comparison;
    const which = a === null ? "current period" : "comparison period";
    const why =
      side.kind === "missing"
        ? side.reason === "blank"
          ? "is blank"
          : `has no figure (${side.reason})`
        : side.kind === "unreadable"
          ? `could not be read ("${side.text}")`
          : "";
    return { direction: "not-applicable", movement: "unknown", reason: `the ${which} ${why}` };
  }
  if (a.length === 1 && b.length === 1 && a[0] !== undefined && b[0] !== undefined)
    return compareNumbers(a[0], b[0], polarity, band);
  if (a.length !== b.length)
    return {
      direction: "not-applicable",
      movement: "unknown",
      reason: `the two periods have different numbers of parts (${a.length} and ${b.length})`,
    };
  // Parts: a direction only when every part agrees (or is stable).
  const each = a.map((n, i) => compareNumbers(n, b[i] as NumberReading, polarity, band));
  const moving = new Set(each.map((d) => d.direction).filter((d) => d !== "stable"));
  const movements = new Set(each.map((d) => d.movement).filter((m) => m !== "same"));
  const movement: Movement =
    movements.size === 0 ? "same" : movements.size === 1 ? ([...movements][0] as Movement) : "unknown";
  if (moving.size > 1)
    return {
      direction: "not-applicable",
      movement,
      reason: `the parts moved in different directions: ${each.map((d) => d.direction).join(", ")}`,
    };
  const direction: Direction =
    moving.size === 0 ? (polarity === "none" ? "not-applicable" : "stable") : ([...moving][0] as Direction);
  return { direction, movement, reason: `all ${each.length} parts: ${each.map((d) => d.reason).join("; ")}` };
}
