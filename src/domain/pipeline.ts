/**
 * The whole headless job on a set of sheets: detect every table, judge every measure, and plan
 * the write-back and the reports. One direction, no I/O: the adapters read the grids and apply the plan.
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
import { DEFAULT_WRITEBACK, planStatusWrites, type WritebackOptions } from "./plan/writeback";
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
}

export function scoreGrids(grids: Grid[], options: ScoreOptions = {}): ScoreResult {
  const tables: ScoredTable[] = [];
  for (const grid of grids) {
    if (isReportSheet(grid)) continue;
    for (const table of detectScorecard(grid, options.detect)) {
      const rows = measureRows(grid, table);
      tables.push({ ...rows, measures: assessTable(rows, options) });
    }
  }
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
  const plan: WorkbookPlan = {
    edits: mergeEdits(edits.flatMap((e) => e.edits)),
    addedColumns: edits.flatMap((e) => e.addedColumns),
    colourRanges: edits.flatMap((e) => e.colourRanges),
    symbolsNotFormulas: edits.reduce((n, e) => n + e.symbolsNotFormulas, 0),
    anchors: edits.flatMap((e) => e.anchors),
    sheets,
  };
  return { tables, measures, summary, redFlags, exceptions, checks, plan };
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
