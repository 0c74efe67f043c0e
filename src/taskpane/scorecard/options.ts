/**
 * The officer's choices for judging a sheet (column roles, periods, tolerance, DOT style, write mode),
 * the sheet judged with them, and the same choices as settings kept in the workbook. Pure: tested in Node.
 */
import type { Grid } from "../../domain/sheet/grid";
import type { WorkbookRecord } from "../gateway";
import { DEFAULT_BASIS, DEFAULT_WORSENING, type StatusBasis, type Worsening } from "../../domain/reports";
import type { ColumnRole, CompareChoice, Period, ScorecardTable } from "../../domain/layout/scorecard";
import { scoreGrids, type ScoreResult } from "../../domain/pipeline";
import { DEFAULT_SETTINGS, roleOverrides, type KpiSettings } from "../../domain/choices/settings";
import { comparisonKind } from "../../domain/choices";
import type { DotStyle, RecordedChoice, WriteMode } from "../../domain/plan/writeback";

export type Scope = "used-range" | "selection";

export interface PaneOptions {
  scope: Scope;
  /** The officer's corrections to detected column roles, by 1-based column. */
  roles: Record<number, ColumnRole>;
  /** The current period's label; null lets detection choose. */
  current: string | null;
  /** The period a current column headed by position holds, as the officer names it; null takes the sheet's title. */
  periodName: string | null;
  compare: CompareChoice;
  /** Always a tolerance the engine reads (the field keeps invalid text to itself). */
  tolerance: string;
  dotStyle: DotStyle;
  mode: WriteMode;
  recorded: RecordedChoice;
  /** Which status the reports count. */
  basis: StatusBasis;
  /** What makes an area for improvement worsening: the direction of travel, or special cause concerning variation. */
  worsening: Worsening;
}

export const DEFAULT_OPTIONS: PaneOptions = {
  scope: "used-range",
  roles: {},
  current: null,
  periodName: null,
  compare: { kind: "previous" },
  tolerance: DEFAULT_SETTINGS.tolerance,
  dotStyle: DEFAULT_SETTINGS.dotStyle,
  mode: DEFAULT_SETTINGS.mode,
  recorded: DEFAULT_SETTINGS.recorded,
  basis: DEFAULT_BASIS,
  worsening: DEFAULT_WORSENING,
};

export { toleranceProblem } from "../../domain/choices";

/** The workbook's record for a judgement, and when the write it plans would happen. */
export interface Quarter {
  record: WorkbookRecord;
  /** ISO time the write is stamped with. */
  at: string;
  /** Every sheet of the workbook: a tab renamed since the last write keeps its record. */
  sheetNames?: string[];
}

/** The judgement's quarter from a read of the sheet that holds the workbook's record. */
export function quarterOf(read: { record?: WorkbookRecord; sheetNames?: string[] }, at: string): Quarter | undefined {
  if (read.record === undefined) return undefined;
  return { record: read.record, at, ...(read.sheetNames === undefined ? {} : { sheetNames: read.sheetNames }) };
}

/**
 * Judge the sheet with the officer's choices. Pure and quick enough to run on every change. With the workbook's
 * record, each status cell is bound to its period (the tool's own refresh, an officer's are kept), overrides
 * apply, and the result carries what to store after the write (the next ledger, the History sheet).
 */
export function scoreSheet(grid: Grid, options: PaneOptions, quarter?: Quarter): ScoreResult {
  const grids = quarter?.record.history == null ? [grid] : [grid, quarter.record.history];
  return scoreGrids(grids, {
    ...(quarter === undefined ? {} : { ledger: quarter.record.ledger, at: quarter.at, face: "pane" as const }),
    ...(quarter?.sheetNames === undefined ? {} : { sheetNames: quarter.sheetNames }),
    detect: {
      roles: options.roles,
      compare: options.compare,
      ...(options.current === null ? {} : { current: options.current }),
      ...(options.periodName === null ? {} : { periodName: options.periodName }),
    },
    tolerance: options.tolerance,
    writeback: { mode: options.mode, recorded: options.recorded, dotStyle: options.dotStyle },
    reports: [],
    basis: options.basis,
    worsening: options.worsening,
  });
}

/** Every period label of the sheet's tables, oldest first, without repeats. */
export function periodLabels(tables: ScorecardTable[]): string[] {
  const seen = new Map<string, Period>();
  for (const t of tables) for (const p of t.periods) if (!seen.has(p.label)) seen.set(p.label, p);
  return [...seen.values()].sort((a, b) => a.order - b.order).map((p) => p.label);
}

export function labelOf(period: Period | null | undefined): string | null {
  return period?.label ?? null;
}

// ---- Settings kept in the workbook ----

export function settingsFrom(sheet: string, options: PaneOptions): KpiSettings {
  return {
    ...DEFAULT_SETTINGS,
    sheet: sheet.slice(0, 31),
    roles: Object.fromEntries(Object.entries(options.roles).map(([c, r]) => [String(c), r])),
    ...(options.current === null ? {} : { current: options.current.slice(0, 100) }),
    compare: comparisonKind(options.compare),
    ...(options.compare.kind === "label" ? { compareLabel: options.compare.label.slice(0, 100) } : {}),
    tolerance: options.tolerance,
    dotStyle: options.dotStyle,
    mode: options.mode,
    recorded: options.recorded,
    basis: options.basis,
    worsening: options.worsening,
  };
}

export function optionsFrom(settings: KpiSettings, scope: Scope): PaneOptions {
  const compare: CompareChoice =
    settings.compareLabel !== undefined ? { kind: "label", label: settings.compareLabel } : { kind: settings.compare };
  return {
    scope,
    roles: roleOverrides(settings),
    current: settings.current ?? null,
    // Never kept in the settings (see PeriodNameField): each quarter's sheet says its own.
    periodName: null,
    compare,
    tolerance: settings.tolerance,
    dotStyle: settings.dotStyle,
    mode: settings.mode,
    recorded: settings.recorded,
    basis: settings.basis ?? DEFAULT_BASIS,
    worsening: settings.worsening ?? DEFAULT_WORSENING,
  };
}
