/**
 * Period binding: a status or DOT cell's content belongs to a period. Applied to a table's judged measures
 * with the workbook's record, before the reports count them:
 * - a cell still holding what the tool wrote is the tool's: no one's judgement, refreshed for this period;
 * - an officer's text that was already there at the last publish belongs to that publish's period: counted
 *   there (the history holds it), stale for a later period (the new computed status is written over it; the
 *   restore point and the history keep it), left alone but not counted for an earlier one;
 * - an officer's text changed since the last publish is the judgement for this period: kept and counted;
 * - with no record at all, the cells are the judgement for the latest period with figures, so choosing an
 *   earlier current period does not count them for it (bug 2 of issue #13).
 * The comparison period's status comes from the frozen history where there is one; overrides apply.
 */
import { address } from "../sheet/a1";
import { cellText } from "../sheet/grid";
import type { TableRows } from "../layout/rows";
import type { Period } from "../layout/scorecard";
import { chooseCurrent } from "../layout/choose";
import { periodId } from "../layout/period-id";
import type { MeasureAssessment } from "../assessment/types";
import type { Direction, Status } from "../judging/types";
import { measureKey } from "./measure-key";
import { provenance, type CellProvenance, type ProvenanceIndex } from "./provenance";
import { frozenSnapshot, lastSnapshot, samePeriod } from "./history";
import { overrideCheck, overrideState } from "./overrides";
import { periodOrder, type PeriodOrder } from "./period-order";
import type { Ledger, MeasureKey, Snapshot } from "./schema";

/** Where a status or DOT cell's content was placed, for the write's account and the faces' words. */
export type CellBinding =
  | "empty" // nothing in the cell
  | "tool" // the tool's own: refreshed
  | "officer" // an officer's judgement for this period: kept and counted
  | "stale" // an officer's judgement for an earlier period: frozen in history, the new status written over it
  | "later" // a judgement for a later period than the one reported: left alone, not counted
  | "first-run"; // no record: read as recorded, as before

export interface MeasureBinding {
  key: MeasureKey;
  status: CellBinding;
  dot: CellBinding;
  /** The period the status cell's text belongs to, when known. */
  statusPeriod: string | null;
  /** The comparison status came from the frozen history. */
  comparisonFrozen: boolean;
}

export interface BoundTable {
  measures: MeasureAssessment[];
  bindings: MeasureBinding[];
  /** Health checks of the record for this table (an override that cannot be placed among the periods). */
  checks: { sheet: string; row: number; ref: string | null; message: string }[];
}

interface Cell {
  kind: "status" | "dot";
  address: string;
  content: string;
  value: Status | Direction | null;
  text: string | null;
}

interface Context {
  ledger: Ledger;
  index: ProvenanceIndex;
  order: PeriodOrder;
  current: string | null;
  latestWithFigures: string | null;
}

/**
 * The period the table's status column was last filled for, with no record to say: the one a run with no
 * --current reports (the latest holding figures for most measures; a YTD column is not a reporting period).
 */
export function latestWithFigures(rows: TableRows): string | null {
  const filled = (p: Period) =>
    rows.rows.filter((r) => {
      const cell = r.periods.find((c) => c.period === p)?.cell;
      return cell !== undefined && cellText(cell).trim() !== "";
    }).length;
  const latest = chooseCurrent(rows.table.periods, filled);
  return latest === null ? null : periodId(latest);
}

function compare(order: PeriodOrder, a: string, b: string): number | null {
  if (samePeriod(a, b)) return 0;
  const x = order.orderOf(a);
  const y = order.orderOf(b);
  return x === null || y === null ? null : Math.sign(x - y);
}

/**
 * Whether the cell's text was already there at the last publish: the tool has not written the cell since
 * that publish (it kept it as an officer's), and the publish recorded the same status or direction.
 */
function wasThereAtLastPublish(cell: Cell, last: Snapshot, writtenAt: string | null): boolean {
  const written = writtenAt !== null && writtenAt >= last.at;
  if (cell.kind === "status") return last.status === cell.value && (last.source === "recorded" || !written);
  return last.dot === cell.value && !written;
}

function bindCell(
  cell: Cell,
  prov: CellProvenance,
  last: Snapshot | null,
  ctx: Context,
): { binding: CellBinding; period: string | null } {
  const owner = prov.owner;
  if (cell.text === null) return { binding: "empty", period: null };
  if (owner === "tool") return { binding: "tool", period: null };
  const current = ctx.current;
  if (current === null) return { binding: "first-run", period: null };
  if (last !== null && (owner === "officer" || owner === "unknown")) {
    if (wasThereAtLastPublish(cell, last, prov.write?.at ?? null)) {
      const c = compare(ctx.order, last.period, current);
      if (c === null || c === 0) return { binding: "officer", period: last.period };
      return { binding: c < 0 ? "stale" : "later", period: last.period };
    }
    return { binding: "officer", period: current };
  }
  if (owner === "officer") return { binding: "officer", period: current };
  // No record for this measure: the cells were filled for the latest period with figures.
  const latest = ctx.latestWithFigures;
  if (latest !== null) {
    const c = compare(ctx.order, current, latest);
    if (c !== null && c < 0) return { binding: "later", period: latest };
  }
  return { binding: "first-run", period: latest };
}

const counted = (b: CellBinding) => b === "officer" || b === "first-run";
const kept = (b: CellBinding) => b === "officer" || b === "first-run" || b === "later";

function noteOf(kind: "status" | "DOT", text: string, b: CellBinding, period: string | null, current: string): string {
  if (b === "stale")
    return `the ${kind} ${text} was recorded for ${period ?? "an earlier period"}: it counts there, and ${current} gets its own`;
  return `the ${kind} ${text} in the sheet is for ${period ?? "a later period"}, not ${current}: computed is used`;
}

export function bindTable(
  rows: TableRows,
  measures: MeasureAssessment[],
  ledger: Ledger,
  index: ProvenanceIndex,
  keyOf: (m: MeasureAssessment) => MeasureKey = (m) => measureKey(m.sheet, m.ref, m.measure),
): BoundTable {
  const { table, place } = rows;
  const order = periodOrder(table.periods);
  const ctx: Context = {
    ledger,
    index,
    order,
    current: table.current === null ? null : periodId(table.current),
    latestWithFigures: latestWithFigures(rows),
  };
  const byRow = new Map(rows.rows.map((r) => [r.row, r]));
  const bindings: MeasureBinding[] = [];
  const checks: BoundTable["checks"] = [];
  const bound = measures.map((m) => {
    const key = keyOf(m);
    const row = byRow.get(m.row);
    const last = lastSnapshot(ledger, key);
    const cellOf = (kind: "status" | "dot"): Cell => ({
      kind,
      address: address(m.row, kind === "status" ? place.status : place.dot),
      content: row === undefined ? "" : kind === "status" ? row.before.status : row.before.dot,
      value: kind === "status" ? m.recordedStatus : m.recordedDot,
      text: kind === "status" ? m.recordedStatusText : m.recordedDotText,
    });
    const status = cellOf("status");
    const dot = cellOf("dot");
    const prov = (c: Cell) =>
      provenance(index, { sheet: m.sheet, address: c.address, kind: c.kind, measure: key }, c.content);
    const s = bindCell(status, prov(status), last, ctx);
    const d = bindCell(dot, prov(dot), last, ctx);

    const next: MeasureAssessment = { ...m };

    const notes: string[] = [];
    if (!counted(s.binding)) {
      if (s.binding === "stale" || s.binding === "later")
        notes.push(noteOf("status", status.text ?? "", s.binding, s.period, ctx.current ?? ""));
      next.recordedStatus = null;
      next.recordedStatusText = null;
    }
    if (!counted(d.binding)) {
      if (d.binding === "stale" || d.binding === "later")
        notes.push(noteOf("DOT", dot.text ?? "", d.binding, d.period, ctx.current ?? ""));
      next.recordedDot = null;
      next.recordedDotText = null;
    }
    if (notes.length > 0) next.periodNote = notes.join("; ");
    // Said only where it differs from a first run's rule (a recorded status or DOT, as counted, is kept).
    if (kept(s.binding) !== (next.recordedStatusText !== null) || kept(d.binding) !== (next.recordedDotText !== null))
      next.keep = { status: kept(s.binding), dot: kept(d.binding) };

    // Last quarter as it was published: never re-rated by a target or rule changed since.
    let comparisonFrozen = false;
    const comparison = table.comparison === null ? undefined : periodId(table.comparison);
    if (comparison !== undefined) {
      const frozen = frozenSnapshot(ledger, key, comparison);
      if (frozen !== null) {
        next.comparisonStatus = frozen.status;
        comparisonFrozen = true;
      } else if (
        s.binding === "stale" &&
        s.period !== null &&
        samePeriod(s.period, comparison) &&
        status.value !== null
      ) {
        next.comparisonStatus = status.value as Status;
        comparisonFrozen = true;
      }
    }

    if (ctx.current !== null) {
      const state = overrideState(ledger, key, ctx.current, order);
      if (state.kind === "active")
        next.override = {
          status: state.override.status,
          reason: state.override.reason,
          until: state.override.until,
          expiresNext: state.expiresNext,
        };
      const problem = state.kind === "unordered" ? overrideCheck(state) : null;
      if (problem !== null) checks.push({ sheet: m.sheet, row: m.row, ref: m.ref, message: problem });
    }
    bindings.push({ key, status: s.binding, dot: d.binding, statusPeriod: s.period, comparisonFrozen });
    return next;
  });
  return { measures: bound, bindings, checks };
}

/** A binding in the officers' words, for terminal and pane: "● kept: the officer's for Q3 …". */
export function bindingWords(b: CellBinding): string {
  switch (b) {
    case "tool":
      return "the tool's own, refreshed";
    case "officer":
      return "the officer's, kept";
    case "stale":
      return "recorded for an earlier period: frozen in the history, refreshed";
    case "later":
      return "recorded for a later period: left alone, not counted";
    case "first-run":
      return "recorded (no record of earlier writes)";
    default:
      return "empty";
  }
}
