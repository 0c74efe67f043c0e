/**
 * The whole headless job on a set of sheets: detect every table, judge every measure, and plan
 * the write-back and the reports. One direction, no I/O: the adapters read the grids and apply the plan.
 *
 * Quarter to quarter (issue #13), the API both faces call:
 *   scoreGrids(grids, { ...options, ledger, at, face, overrides })
 * - `ledger`: the workbook's record as `readLedger(partXmls)` gave it (EMPTY_LEDGER on a first run). With it,
 *   each status/DOT cell is bound to its period (the tool's own are refreshed, an officer's kept, an earlier
 *   period's counted there), last quarter's status comes from the frozen history, overrides apply.
 *   Without it, the cells are still read as the latest period's with figures (an earlier --current does not count them).
 * - `at` (ISO time of the write) and `face` ("cli" | "pane") stamp the write.
 * - `overrides`: officers' override requests to set this run; one that fails is in `quarter.errors`, sets
 *   nothing, and the face should refuse to write.
 * Returns, besides the scores and the plan: `quarter` (per measure, in `measures` order, how its cells were
 * bound; the record's checks and errors) and, when a ledger was given, `publish`: `{ ledger, write, snapshots }`
 * to store after the plan is applied (ledger → custom XML part via `ledgerToParts`), with the "KPI History"
 * sheet already in `plan.sheets`.
 */
import type { Grid } from "./sheet/grid";
import type { DetectOptions } from "./layout/scorecard";
import type { MeasureAssessment } from "./assessment/types";
import {
  isReportTitle,
  withOwnerTitle,
  type ReportKind,
  type SheetPlan,
  type WorkbookPlan,
} from "./plan/workbook-plan";
import { detectScorecard } from "./layout";
import { measureRows, type TableRows } from "./layout/rows";
import { assessTable, type AssessOptions } from "./assessment/assess";
import { DEFAULT_TOLERANCE_TEXT, DEFAULT_WRITEBACK, planStatusWrites, type WritebackOptions } from "./plan/writeback";
import {
  bindTable,
  EMPTY_LEDGER,
  followRenamedSheets,
  keysOf,
  type MeasureKey,
  historyFromSheet,
  isHistorySheet,
  planHistorySheet,
  provenanceIndex,
  publish,
  resolveOverride,
  setOverride,
  type Ledger,
  type MeasureBinding,
  type OverrideRequest,
  type Publish,
  type RenamedSheet,
  type Write,
} from "./ledger";
import {
  findAreasForImprovement,
  findRedFlags,
  planReports,
  reportMeta,
  runHealthChecks,
  type ReportMeta,
  summarise,
  type StatusBasis,
  type Worsening,
} from "./reports";

export interface ScoreOptions extends AssessOptions {
  detect?: DetectOptions;
  writeback?: WritebackOptions;
  reports?: ReportKind[];
  basis?: StatusBasis;
  /** What makes an area for improvement "worsening": the direction of travel (default) or special cause concerning variation. */
  worsening?: Worsening;
  /** Shown on the report sheets; passed in so that output is deterministic. */
  generatedAt?: string;
  source?: string;
  /** The workbook's quarter-to-quarter record (see the top of this file). */
  ledger?: Ledger;
  /** When this write happens (ISO); defaults to `generatedAt`. */
  at?: string;
  face?: Write["face"];
  /** Officers' overrides to set this run. */
  overrides?: OverrideRequest[];
  /**
   * Every sheet the workbook has, read or not. With it, a scorecard's tab renamed since the last write takes
   * over the record of the name it had (see ledger/renamed-sheets.ts); without it, no record is moved.
   */
  sheetNames?: readonly string[];
}

/** How the record was applied to this run. */
export interface QuarterResult {
  /** One per measure, in the order of `ScoreResult.measures`. */
  bindings: MeasureBinding[];
  /** Problems of the record itself (an override that cannot be placed among the periods). */
  checks: { sheet: string; row: number; ref: string | null; message: string }[];
  /** Override requests that could not be set: nothing should be written. */
  errors: string[];
  /** History read back from the History sheet because the record's part was missing. */
  historyFromSheet: boolean;
  /** Tabs renamed since the last write, whose record now goes by the new name. */
  renamedSheets: RenamedSheet[];
}

/** A table with its measure rows (their own cells: the grid is not needed past layout) and their judgements. */
export interface ScoredTable extends TableRows {
  measures: MeasureAssessment[];
}

export interface ScoreResult {
  tables: ScoredTable[];
  measures: MeasureAssessment[];
  summary: ReturnType<typeof summarise>;
  redFlags: ReturnType<typeof findRedFlags>;
  exceptions: ReturnType<typeof findAreasForImprovement>;
  checks: ReturnType<typeof runHealthChecks>;
  plan: WorkbookPlan;
  quarter: QuarterResult;
  /** What to store after applying the plan; null without a ledger (or with nothing scored). */
  publish: Publish | null;
}

export function scoreGrids(grids: Grid[], options: ScoreOptions = {}): ScoreResult {
  const assessed: ScoredTable[] = [];
  for (const grid of grids) {
    if (isReportSheet(grid)) continue;
    for (const table of detectScorecard(grid, options.detect)) {
      const rows = measureRows(grid, table);
      assessed.push({ ...rows, measures: assessTable(rows, options) });
    }
  }
  const at = options.at ?? options.generatedAt ?? "";
  const keyOf = keysOf(assessed.flatMap((t) => t.measures));
  const { ledger, errors, fromSheet, renamed } = ledgerFor(grids, assessed, options, at, keyOf);
  const index = provenanceIndex(ledger);
  const bindings: MeasureBinding[][] = [];
  const recordChecks: QuarterResult["checks"] = [];
  const tables: ScoredTable[] = assessed.map((t) => {
    const bound = bindTable(t, t.measures, ledger, index, keyOf);
    bindings.push(bound.bindings);
    recordChecks.push(...bound.checks);
    return { ...t, measures: bound.measures };
  });

  const measures = tables.flatMap((t) => t.measures);
  const basis = options.basis ?? "recorded-else-computed";
  const summary = summarise(measures, { basis });
  const redFlags = findRedFlags(measures, basis);
  const exceptions = findAreasForImprovement(measures, basis, options.worsening);
  const checks = runHealthChecks(measures);

  const chosen = options.writeback ?? DEFAULT_WRITEBACK;
  // Formulas carry the tolerance the statuses were judged with.
  const writeback =
    chosen.tolerance === undefined && typeof options.tolerance === "string"
      ? { ...chosen, tolerance: options.tolerance.trim() }
      : chosen;
  const edits = tables.map((t) => planStatusWrites(t, t.measures, writeback));
  const sheets: SheetPlan[] =
    tables.length === 0 || (options.reports ?? []).length === 0
      ? []
      : planReports(measures, scoredReportMeta(tables, options), options.reports ?? []).map(withOwnerTitle);
  const published =
    options.ledger === undefined || tables.length === 0
      ? null
      : publish(
          ledger,
          tables.map((t, i) => ({
            table: t.table,
            place: t.place,
            measures: t.measures,
            bindings: bindings[i] ?? [],
            cells: edits[i]?.edits.flatMap((e) => e.cells) ?? [],
          })),
          {
            at,
            face: options.face ?? "cli",
            settings: {
              tolerance:
                writeback.tolerance ??
                (typeof options.tolerance === "number" ? String(options.tolerance) : DEFAULT_TOLERANCE_TEXT),
              basis,
              mode: writeback.mode,
              dotStyle: writeback.dotStyle,
              ...(options.detect?.compare === undefined ? {} : { compare: compareWords(options.detect.compare) }),
            },
          },
        );
  if (published !== null) sheets.push(planHistorySheet(published.ledger.history));
  const plan: WorkbookPlan = {
    edits: mergeEdits(edits.flatMap((e) => e.edits)),
    addedColumns: edits.flatMap((e) => e.addedColumns),
    colourRanges: edits.flatMap((e) => e.colourRanges),
    symbolsNotFormulas: edits.reduce((n, e) => n + e.symbolsNotFormulas, 0),
    anchors: edits.flatMap((e) => e.anchors),
    sheets,
  };
  const quarter: QuarterResult = {
    bindings: bindings.flat(),
    checks: recordChecks,
    errors,
    historyFromSheet: fromSheet,
    renamedSheets: renamed,
  };
  return { tables, measures, summary, redFlags, exceptions, checks, plan, quarter, publish: published };
}

function compareWords(c: NonNullable<DetectOptions["compare"]>): string {
  return c.kind === "label" ? c.label : c.kind;
}

/**
 * The record this run works from: the one given (or none), its history read back from the History sheet when
 * the part held none, and this run's override requests set on it.
 */
function ledgerFor(
  grids: Grid[],
  tables: ScoredTable[],
  options: ScoreOptions,
  at: string,
  keyOf: (m: MeasureAssessment) => MeasureKey,
): { ledger: Ledger; errors: string[]; fromSheet: boolean; renamed: RenamedSheet[] } {
  let ledger = options.ledger ?? EMPTY_LEDGER;
  let fromSheet = false;
  if (options.ledger !== undefined && ledger.history.length === 0) {
    const sheet = grids.find(isHistorySheet);
    const history = sheet === undefined ? [] : historyFromSheet(sheet);
    if (history.length > 0) {
      ledger = { ...ledger, history };
      fromSheet = true;
    }
  }
  let renamed: RenamedSheet[] = [];
  if (options.ledger !== undefined && options.sheetNames !== undefined) {
    const keyed = tables.map((t) => ({ sheet: t.table.sheet, measures: t.measures.map(keyOf) }));
    ({ ledger, renamed } = followRenamedSheets(ledger, keyed, options.sheetNames));
  }
  const errors: string[] = [];
  for (const request of options.overrides ?? []) {
    const r = resolveOverride(request, tables, at, keyOf);
    if (r.ok) ledger = setOverride(ledger, r.override);
    else errors.push(r.error);
  }
  return { ledger, errors, fromSheet, renamed };
}

/** The reports' details, as every face builds them: one place, so the comparison kind is never left out. */
export function scoredReportMeta(
  tables: readonly ScoredTable[],
  options: Pick<ScoreOptions, "source" | "basis" | "worsening" | "detect" | "generatedAt">,
): ReportMeta {
  return reportMeta(
    tables.map((t) => t.table),
    {
      basis: options.basis ?? "recorded-else-computed",
      ...(options.worsening === undefined ? {} : { worsening: options.worsening }),
      ...(options.source === undefined ? {} : { title: options.source }),
      ...(options.detect?.compare === undefined ? {} : { compare: options.detect.compare }),
      ...(options.generatedAt === undefined ? {} : { generatedAt: options.generatedAt }),
    },
  );
}

/** Sheets the add-in wrote (Summary, Exceptions, Checks) are never read back as scorecards. */
export function isReportSheet(grid: Grid): boolean {
  const a1 = grid.top === 1 && grid.left === 1 ? grid.values[0]?.[0] : null;
  return isReportTitle(a1);
}

/** One entry per sheet, so adapters touch each sheet once. */
function mergeEdits(edits: WorkbookPlan["edits"]): WorkbookPlan["edits"] {
  const bySheet = new Map<string, WorkbookPlan["edits"][number]>();
  for (const e of edits) {
    const existing = bySheet.get(e.sheet);
    if (existing === undefined) bySheet.set(e.sheet, { sheet: e.sheet, cells: [...e.cells] });
    else existing.cells.push(...e.cells);
  }
  return [...bySheet.values()];
}
