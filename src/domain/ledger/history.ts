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

/** The newest snapshot per measure and period, and per measure: built once per run over the whole history. */
export interface HistoryIndex {
  byPeriod: Map<string, Snapshot>;
  last: Map<string, Snapshot>;
}

const periodId = (key: MeasureKey, period: string) => `${keyId(key)}\u0000${normalise(period)}`;
const indexes = new WeakMap<Ledger, HistoryIndex>();

export function historyIndex(ledger: Ledger): HistoryIndex {
  const known = indexes.get(ledger);
  if (known !== undefined) return known;
  const index: HistoryIndex = { byPeriod: new Map(), last: new Map() };
  for (const s of ledger.history) {
    index.byPeriod.set(periodId(s.measure, s.period), s);
    index.last.set(keyId(s.measure), s);
  }
  indexes.set(ledger, index);
  return index;
}

/** The newest snapshot of a measure for a period: what was published for it. */
export function frozenSnapshot(ledger: Ledger, key: MeasureKey, period: string): Snapshot | null {
  return historyIndex(ledger).byPeriod.get(periodId(key, period)) ?? null;
}

export function frozenStatus(ledger: Ledger, key: MeasureKey, period: string): Status | null {
  return frozenSnapshot(ledger, key, period)?.status ?? null;
}

/** The newest snapshot of a measure for any period: what the last publish said of it. */
export function lastSnapshot(ledger: Ledger, key: MeasureKey): Snapshot | null {
  return historyIndex(ledger).last.get(keyId(key)) ?? null;
}

/** Whether a new snapshot says nothing the newest for its measure and period did not (a re-run with no change). */
export function repeats(ledger: Ledger, s: Snapshot): boolean {
  const before = frozenSnapshot(ledger, s.measure, s.period);
  return (
    before !== null &&
    before.value === s.value &&
    before.target === s.target &&
    before.status === s.status &&
    before.dot === s.dot &&
    before.reason === s.reason &&
    before.source === s.source
  );
}
