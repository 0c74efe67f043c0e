/**
 * An officer's override: a measure's status set by hand with a reason, until a named period. It applies to
 * the periods before `until` and expires at it: the computed status returns then, with a health check the
 * period before. Expired overrides stay in the ledger (they are history) but no longer apply.
 */
import { keyId } from "./measure-key";
import type { PeriodOrder } from "./period-order";
import type { Ledger, MeasureKey, Override } from "./schema";
import { STATUS_SYMBOLS } from "../judging/symbols";

export type OverrideState =
  | { kind: "none" }
  | { kind: "active"; override: Override; expiresNext: boolean }
  | { kind: "expired"; override: Override }
  | { kind: "unordered"; override: Override };

/** The newest override set for the measure, and whether it applies to the current period. */
export function overrideState(ledger: Ledger, key: MeasureKey, current: string, order: PeriodOrder): OverrideState {
  const id = keyId(key);
  const override = [...ledger.overrides].reverse().find((o) => keyId(o.measure) === id);
  if (override === undefined) return { kind: "none" };
  const until = order.orderOf(override.until);
  const now = order.orderOf(current);
  if (until === null || now === null) return { kind: "unordered", override };
  if (now >= until) return { kind: "expired", override };
  return { kind: "active", override, expiresNext: order.isJustBefore(current, override.until) };
}

export function activeOverride(ledger: Ledger, key: MeasureKey, current: string, order: PeriodOrder): Override | null {
  const s = overrideState(ledger, key, current, order);
  return s.kind === "active" ? s.override : null;
}

function who(o: Override): string {
  return o.measure.ref ?? o.measure.measure;
}

/** The health check an override gives this period, or null. */
export function overrideCheck(state: OverrideState): string | null {
  if (state.kind === "active" && state.expiresNext)
    return `Override on ${who(state.override)} (${state.override.reason}) expires at ${state.override.until}: the computed status returns then`;
  if (state.kind === "unordered")
    return `Override on ${who(state.override)} (${state.override.reason}) runs until "${state.override.until}", which cannot be placed among the periods: it is not applied`;
  return null;
}

/** How a report shows an override: "✘ → ● override: recovery plan agreed by DMT (until Q4 Jan - Mar 2023/24)". */
export function overrideWords(o: Override): string {
  return `${STATUS_SYMBOLS[o.status]} override: ${o.reason} (until ${o.until})`;
}

/** The ledger with this override set: the newest on a measure is the one that counts; earlier ones stay as history. */
export function setOverride(ledger: Ledger, override: Override): Ledger {
  return { ...ledger, overrides: [...ledger.overrides, override] };
}
