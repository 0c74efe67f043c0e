/**
 * What a write adds to the record: the cells the tool left (with exactly their text), one frozen snapshot per
 * measure for the period published (unless a later period is already published: then that period is frozen),
 * and the next ledger, writes capped to the last 40.
 */
import { address } from "../sheet/a1";
import type { MeasureAssessment } from "../assessment/types";
import type { CellEdit } from "../plan/workbook-plan";
import type { ScorecardTable } from "../layout/scorecard";
import { periodId } from "../layout/period-id";
import { STATUS_SYMBOLS } from "../judging/symbols";
import type { MeasureBinding } from "./bind";
import { repeats, snapshotsFor, type PublishedMeasure } from "./history";
import { keyId } from "./measure-key";
import { periodOrder } from "./period-order";
import { MAX_SNAPSHOTS, MAX_WRITES, type Ledger, type Snapshot, type Write, type WriteSettings } from "./schema";

export interface PublishTable {
  table: ScorecardTable;
  place: { status: number; dot: number };
  measures: MeasureAssessment[];
  bindings: MeasureBinding[];
  /** The plan's edits in this table's sheet. */
  cells: readonly CellEdit[];
}

export interface Publish {
  /** The ledger to store after the plan is applied: the face writes it back to the workbook's part. */
  ledger: Ledger;
  write: Write;
  snapshots: Snapshot[];
  /** Periods not snapshotted because a later period is already published (their history is frozen). */
  frozenPeriods: string[];
}

/** The snapshot of one measure: what counted for the period, and where it came from. */
export function publishedMeasure(m: MeasureAssessment, b: MeasureBinding): PublishedMeasure {
  const recorded = m.recordedStatus !== null && b.status !== "tool" && b.status !== "stale" && b.status !== "later";
  const base = {
    measure: b.key,
    value: m.current?.raw.trim() ?? "",
    target: m.targetText,
    dot: m.recordedDot ?? m.dot,
  };
  if (m.override !== undefined)
    return {
      ...base,
      status: m.override.status,
      reason: `override: ${m.override.reason} (until ${m.override.until}); computed ${STATUS_SYMBOLS[m.status]}: ${m.reason}`,
      source: "override",
    };
  if (recorded && m.recordedStatus !== null)
    return {
      ...base,
      status: m.recordedStatus,
      reason: `recorded by an officer (${m.recordedStatusText ?? ""}); computed ${STATUS_SYMBOLS[m.status]}: ${m.reason}`,
      source: "recorded",
    };
  return { ...base, status: m.status, reason: m.reason, source: "computed" };
}

/** Whether a period later than this one has already been published for the table's measures. */
function laterPublished(ledger: Ledger, table: ScorecardTable, period: string, keys: Set<string>): boolean {
  const order = periodOrder(table.periods);
  const now = order.orderOf(period);
  if (now === null) return false;
  // The period first (each label is read once), the measure only for a later one.
  return ledger.history.some((s) => {
    const o = order.orderOf(s.period);
    return o !== null && o > now && keys.has(keyId(s.measure));
  });
}

/**
 * Earlier writes without the cells this write wrote again: provenance needs only the newest write to each
 * cell, so a record of 40 quarterly writes holds about one write's worth of cells, not forty.
 */
function supersede(writes: readonly Write[], next: Write): Write[] {
  const now = new Set(next.cells.map((c) => `${c.sheet}\u0000${c.address}`));
  return writes.map((w) => {
    const cells = w.cells.filter((c) => !now.has(`${c.sheet}\u0000${c.address}`));
    return cells.length === w.cells.length ? w : { ...w, cells };
  });
}

function writeId(ledger: Ledger, at: string, face: Write["face"]): string {
  const base = `${face}-${at}`;
  const taken = new Set(ledger.writes.map((w) => w.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id.slice(0, 80);
}

export function publish(
  ledger: Ledger,
  tables: readonly PublishTable[],
  details: { at: string; face: Write["face"]; settings: WriteSettings },
): Publish {
  const id = writeId(ledger, details.at, details.face);
  const first = tables.find((t) => t.table.current !== null)?.table;
  const cells: Write["cells"] = [];
  const snapshots: Snapshot[] = [];
  const frozenPeriods: string[] = [];
  for (const t of tables) {
    const byRow = new Map(t.measures.map((m, i) => [m.row, { m, b: t.bindings[i] as MeasureBinding }]));
    for (const c of t.cells) {
      const at = byRow.get(c.row);
      const kind = c.column === t.place.status ? "status" : c.column === t.place.dot ? "dot" : null;
      if (at === undefined || kind === null) continue;
      const text = c.value.kind === "text" ? c.value.text : c.value.kind === "formula" ? c.value.formula : null;
      if (text === null) continue;
      cells.push({ sheet: t.table.sheet, address: address(c.row, c.column), kind, text, measure: at.b.key });
    }
    const period = t.table.current === null ? undefined : periodId(t.table.current);
    if (period === undefined) continue;
    const keys = new Set(t.bindings.map((b) => keyId(b.key)));
    if (laterPublished(ledger, t.table, period, keys)) {
      if (!frozenPeriods.includes(period)) frozenPeriods.push(period);
      continue;
    }
    // A re-run that changes nothing adds no rows: the history says what was published, once.
    const fresh = snapshotsFor(
      id,
      details.at,
      period,
      t.measures.map((m, i) => publishedMeasure(m, t.bindings[i] as MeasureBinding)),
    );
    snapshots.push(...fresh.filter((x) => !repeats(ledger, x)));
  }
  const write: Write = {
    id,
    at: details.at,
    face: details.face,
    period: first?.current == null ? "" : periodId(first.current),
    comparison: first?.comparison == null ? null : periodId(first.comparison),
    settings: details.settings,
    cells,
  };
  const history = [...ledger.history, ...snapshots];
  return {
    ledger: {
      version: 1,
      writes: [...supersede(ledger.writes, write), write].slice(-MAX_WRITES),
      // The oldest go first if a workbook ever reaches the cap (about 25 years of 300 quarterly measures).
      history: history.slice(-MAX_SNAPSHOTS),
      overrides: ledger.overrides,
    },
    write,
    snapshots,
    frozenPeriods,
  };
}
