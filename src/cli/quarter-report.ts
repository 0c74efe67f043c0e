/**
 * What the record of earlier writes made of this run, for the terminal and --json: which statuses and DOTs
 * were the tool's own and refreshed, which an officer's and kept, which were recorded for an earlier period
 * (now in the history), which are overrides, where last quarter's statuses came from, and the basis of the counts.
 */
import { z } from "zod";
import type { ScoreResult } from "../domain/pipeline";
import { STATUS_SYMBOLS } from "../domain/judging";
import { STATUSES } from "../domain/judging/types";
import { BASIS_WORDS } from "../domain/reports";
import type { CellBinding, Ledger, RestorePointEntry } from "../domain/ledger";
import { count } from "./terminal";
import { periodId } from "../domain/layout/period-id";
import { isPositionPeriod } from "../domain/layout/position-periods";

export const BINDINGS = ["tool", "officer", "stale", "later", "first-run", "empty"] as const;

const BindingCounts = z.object(
  Object.fromEntries(BINDINGS.map((b) => [b, z.number().int()])) as Record<CellBinding, z.ZodNumber>,
);

export const QuarterJsonSchema = z.object({
  /** What the workbook's record held before this run. */
  record: z.object({ writes: z.number().int(), history: z.number().int(), overrides: z.number().int() }),
  warnings: z.array(z.string()),
  /** Tabs renamed since the last write whose record goes on under the new name. */
  renamedSheets: z.array(z.object({ from: z.string(), to: z.string() })),
  /** Per cell kind, how many measures' cells were: the tool's own (refreshed), an officer's (kept)… */
  statuses: BindingCounts,
  dots: BindingCounts,
  measures: z.array(
    z.object({
      sheet: z.string(),
      row: z.number().int(),
      ref: z.string().nullable(),
      status: z.enum(BINDINGS),
      dot: z.enum(BINDINGS),
      /** The period the status cell's text belongs to, when known. */
      statusPeriod: z.string().nullable(),
      override: z.object({ status: z.enum(STATUSES), reason: z.string(), until: z.string() }).nullable(),
      /** Where last quarter's status came from: the frozen history, or the period's own figures. */
      comparisonFrom: z.enum(["history", "figures"]),
      note: z.string().nullable(),
    }),
  ),
  /** The basis of every count: overrides first, then the basis chosen. */
  basis: z.string(),
  /** Restore points after this run, newest first (the new one first when a file was written). */
  restorePoints: z.array(z.object({ id: z.string(), label: z.string(), savedAt: z.string() })),
  written: z.boolean(),
});

export type QuarterJson = z.infer<typeof QuarterJsonSchema>;

export interface QuarterContext {
  /** The record as read, before this run. */
  ledger: Ledger;
  warnings: string[];
  points: RestorePointEntry[];
  /** The restore point this run wrote, when it wrote a file. */
  written: RestorePointEntry | null;
}

function tally(values: readonly CellBinding[]): Record<CellBinding, number> {
  const out = Object.fromEntries(BINDINGS.map((b) => [b, 0])) as Record<CellBinding, number>;
  for (const v of values) out[v]++;
  return out;
}

export function basisWords(result: ScoreResult): string {
  const overrides = result.measures.some((m) => m.override !== undefined);
  return `${overrides ? "overrides first, then " : ""}statuses ${BASIS_WORDS[result.summary.basis]}`;
}

export function quarterJson(result: ScoreResult, ctx: QuarterContext): QuarterJson {
  const b = result.quarter.bindings;
  const points =
    ctx.written === null ? ctx.points : [ctx.written, ...ctx.points.filter((p) => p.id !== ctx.written?.id)];
  return {
    record: {
      writes: ctx.ledger.writes.length,
      history: ctx.ledger.history.length,
      overrides: ctx.ledger.overrides.length,
    },
    warnings: ctx.warnings,
    renamedSheets: result.quarter.renamedSheets,
    statuses: tally(b.map((x) => x.status)),
    dots: tally(b.map((x) => x.dot)),
    measures: result.measures.map((m, i) => ({
      sheet: m.sheet,
      row: m.row,
      ref: m.ref,
      status: b[i]?.status ?? "empty",
      dot: b[i]?.dot ?? "empty",
      statusPeriod: b[i]?.statusPeriod ?? null,
      override:
        m.override === undefined
          ? null
          : { status: m.override.status, reason: m.override.reason, until: m.override.until },
      comparisonFrom: b[i]?.comparisonFrozen === true ? "history" : "figures",
      note: m.periodNote ?? null,
    })),
    basis: basisWords(result),
    restorePoints: points.slice(0, 10).map((p) => ({ id: p.id, label: p.label, savedAt: p.point.savedAt })),
    written: ctx.written !== null,
  };
}

const who = (m: { ref: string | null; measure: string }) => m.ref ?? m.measure;

/** The terminal's lines: a heading and up to five lines, each naming the measures where there are few. */
export function quarterLines(result: ScoreResult, ctx: QuarterContext): string[] {
  const j = quarterJson(result, ctx);
  const first = ctx.ledger.writes.length === 0 && ctx.ledger.history.length === 0;
  const lines: string[] = [
    first
      ? "Quarter to quarter: no record of earlier writes in this workbook, so statuses and DOTs in the sheet are read as recorded for the latest period with figures" +
        (ctx.written === null ? "" : "; the record starts with this write")
      : `Quarter to quarter: a record of ${count(j.record.writes, "earlier write")} and ${count(j.record.history, "history row")}`,
  ];
  for (const r of result.quarter.renamedSheets)
    lines.push(
      `  Renamed tab: the record of '${r.from}' goes on as '${r.to}' (its measures are that sheet's; '${r.from}' is gone)`,
    );
  // Position headings that nothing on the sheet names: every quarter would look like the last.
  for (const t of result.tables) {
    const c = t.table.current;
    if (c !== null && c.name === undefined && isPositionPeriod(c.label))
      lines.push(
        `  Period: "${c.label}" on ${t.table.sheet} names no quarter and the sheet's title does not say which: put it in the title (e.g. "Quarter 2 2024/25") or give --period, or next quarter's run will take these statuses for its own`,
      );
  }
  const named = (binding: CellBinding, limit = 6) => {
    const ms = result.measures.filter((_, i) => result.quarter.bindings[i]?.status === binding);
    const shown = ms.slice(0, limit).map((m) => `${who(m)} ${m.recordedStatusText ?? ""}`.trim());
    return shown.length === 0 ? "" : ` (${shown.join(", ")}${ms.length > limit ? ", …" : ""})`;
  };
  const s = j.statuses;
  const parts = [
    s.tool > 0 ? `${s.tool} the tool's own, refreshed` : "",
    s.officer > 0 ? `${s.officer} an officer's for this period, kept${named("officer")}` : "",
    s.stale > 0 ? `${s.stale} recorded for an earlier period, kept in the history and refreshed` : "",
    s.later > 0 ? `${s.later} recorded for a later period, left alone and not counted` : "",
    s["first-run"] > 0 ? `${s["first-run"]} recorded (no earlier write to tell whose), kept` : "",
  ].filter((x) => x !== "");
  if (parts.length > 0) lines.push(`  Statuses in the sheet: ${parts.join("; ")}`);
  const d = j.dots;
  const dotParts = [
    d.tool > 0 ? `${d.tool} the tool's own, refreshed` : "",
    d.officer > 0 ? `${d.officer} an officer's, kept` : "",
    d.stale > 0 ? `${d.stale} for an earlier period, refreshed` : "",
    d.later > 0 ? `${d.later} for a later period, left alone` : "",
    d["first-run"] > 0 ? `${d["first-run"]} recorded, kept` : "",
  ].filter((x) => x !== "");
  if (dotParts.length > 0) lines.push(`  DOTs in the sheet: ${dotParts.join("; ")}`);
  const overrides = result.measures.filter((m) => m.override !== undefined);
  if (overrides.length > 0)
    lines.push(
      `  Overrides: ${overrides
        .map(
          (m) => `${who(m)} ${STATUS_SYMBOLS[m.override!.status]} "${m.override!.reason}" until ${m.override!.until}`,
        )
        .join("; ")}`,
    );
  const fromHistory = j.measures.filter((m) => m.comparisonFrom === "history").length;
  const compared = result.tables.find((t) => t.table.comparison !== null)?.table.comparison;
  const comparison = compared == null ? undefined : periodId(compared);
  if (comparison !== undefined)
    lines.push(
      `  Last period's statuses (${comparison}): ${fromHistory} as published (history), ${j.measures.length - fromHistory} computed from its figures`,
    );
  const notCounted = result.measures.filter((m) => m.periodNote !== undefined).length;
  lines.push(
    `  Counts: ${j.basis}${notCounted > 0 ? `; ${count(notCounted, "measure")} with a status in the sheet for another period counted as computed` : ""}`,
  );
  if (j.restorePoints.length > 0)
    lines.push(`  Restore points: ${j.restorePoints.length}, newest "${j.restorePoints[0]?.label ?? ""}"`);
  return lines;
}
