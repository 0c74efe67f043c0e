/**
 * The frozen history: each publish appends one snapshot per measure for the period it was published for.
 * A period's rows are appended, never rewritten; once a later period has been published they are frozen and
 * a re-run never adds to or changes them. Past periods are never re-rated when a target or rule changes.
 */
import type { Direction, Status } from "../judging/types";
import { keyId } from "./measure-key";
import type { Ledger, MeasureKey, Snapshot, SnapshotSource } from "./schema";
import { normalise } from "./measure-key";

/** What a publish knows of one measure for the period it is published for. */
export interface PublishedMeasure {
  measure: MeasureKey;
  value: string;
  target: string;
  status: Status;
  dot: Direction;
  reason: string;
  source: SnapshotSource;
}

export function snapshotsFor(
  writeId: string,
  at: string,
  period: string,
  measures: readonly PublishedMeasure[],
): Snapshot[] {
  return measures.map((m) => ({
    measure: m.measure,
    period,
    value: cap(m.value, 500),
    target: cap(m.target, 500),
    status: m.status,
    dot: m.dot,
    reason: cap(m.reason, 1000),
    source: m.source,
    at,
    writeId,
  }));
}

const cap = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

export const samePeriod = (a: string, b: string) => normalise(a) === normalise(b);

/** The newest snapshot of a measure for a period: what was published for it. */
export function frozenSnapshot(ledger: Ledger, key: MeasureKey, period: string): Snapshot | null {
  const id = keyId(key);
  for (let i = ledger.history.length - 1; i >= 0; i--) {
    const s = ledger.history[i] as Snapshot;
    if (samePeriod(s.period, period) && keyId(s.measure) === id) return s;
  }
  return null;
}

export function frozenStatus(ledger: Ledger, key: MeasureKey, period: string): Status | null {
  return frozenSnapshot(ledger, key, period)?.status ?? null;
}

/** The newest snapshot of a measure for any period: what the last publish said of it. */
export function lastSnapshot(ledger: Ledger, key: MeasureKey): Snapshot | null {
  const id = keyId(key);
  for (let i = ledger.history.length - 1; i >= 0; i--) {
    const s = ledger.history[i] as Snapshot;
    if (keyId(s.measure) === id) return s;
  }
  return null;
}
