/**
 * The officers' overrides as the Preview lists them: those that apply to the period reported (with reason and
 * expiry) and those still waiting for theirs; and the ledger with one measure's override taken away. Pure.
 */
import type { Ledger, MeasureKey, Override } from "../../domain/ledger";
import { keyId, periodOrder } from "../../domain/ledger";
import type { ScorecardTable } from "../../domain/layout/scorecard";
import { periodId } from "../../domain/layout/period-id";

export interface ListedOverride {
  override: Override;
  /** The period reported is the last it applies to: the computed status returns at `until`. */
  expiresNext: boolean;
}

/** The newest override on each measure of these tables that has not yet expired for the current period. */
export function activeOverrides(ledger: Ledger, tables: readonly ScorecardTable[]): ListedOverride[] {
  const out: ListedOverride[] = [];
  const seen = new Set<string>();
  for (const o of [...ledger.overrides].reverse()) {
    const id = keyId(o.measure);
    if (seen.has(id)) continue;
    seen.add(id);
    const table = tables.find((t) => t.sheet === o.measure.sheet) ?? tables[0];
    if (table?.current == null) continue;
    const order = periodOrder(table.periods);
    const until = order.orderOf(o.until);
    const now = order.at(table.current);
    if (until !== null && now !== null && until <= now) continue;
    out.push({ override: o, expiresNext: order.isJustBefore(periodId(table.current), o.until) });
  }
  return out.reverse();
}

/**
 * The ledger without the measure's overrides that have not expired: the officer took it off. Expired ones stay
 * (they are history); an older one still running goes too, or it would count again.
 */
export function withoutOverride(ledger: Ledger, key: MeasureKey, tables: readonly ScorecardTable[]): Ledger {
  const id = keyId(key);
  const table = tables.find((t) => t.sheet === key.sheet) ?? tables[0];
  const current = table?.current ?? null;
  const order = table === undefined ? null : periodOrder(table.periods);
  return {
    ...ledger,
    overrides: ledger.overrides.filter((o) => {
      if (keyId(o.measure) !== id) return true;
      const until = order?.orderOf(o.until) ?? null;
      const now = current === null ? null : (order?.at(current) ?? null);
      return now !== null && until !== null && until <= now;
    }),
  };
}
