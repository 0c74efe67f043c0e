/**
 * What the task pane asks of the workbook. The Office.js adapter implements it (src/excel/office-gateway.ts);
 * tests give the components a fake. Components never touch Excel or Office directly.
 */
import type { Grid } from "../domain/grid";
import type { SheetPlan, WorkbookPlan } from "../domain/plan";
import type { KpiSettings } from "../domain/settings";

export interface SheetRead {
  grid: Grid;
  /** Settings saved with the workbook, already validated; null when none or invalid. */
  settings: KpiSettings | null;
  /** A warning to show, e.g. corrupt settings that fell back to detection. */
  warning: string | null;
}

/** A rectangle of a sheet, 0-based as Office.js gives it. */
export interface SheetArea {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface ApplyResult {
  /** Cells written in users' sheets. */
  cells: number;
  /** Syncs made, for the record (a constant plus one per chunk). */
  syncs: number;
  chunks: number;
}

export interface RestorePoint {
  savedAt: string;
  sheet: string;
  cells: number;
}

/** The sheet changed since it was read (rows inserted, a judgement typed): nothing was written. */
export class SheetChangedError extends Error {
  override name = "SheetChangedError";
}

/** What Restore did: the restore point it used, and how many cells it left alone because they changed since. */
export interface RestoreOutcome {
  point: RestorePoint;
  kept: number;
}

/** Formulas frozen into values, and those left: an error result, or a range given, which spills. */
export interface ConvertOutcome {
  converted: number;
  errors: number;
  spilling: number;
}

export type Progress = (done: number, total: number) => void;

export interface ExcelGateway {
  /** Read the active sheet's used range, or the selected range. */
  readSheet(scope: "used-range" | "selection"): Promise<SheetRead>;
  /**
   * Read a sheet again by name after a write, whichever sheet is active now: the same rectangle
   * (a selection read before), or its used range when `area` is null.
   */
  readAgain(sheet: string, area: SheetArea | null): Promise<SheetRead>;
  /** Keep what the plan will overwrite (restore point), then write it in chunks. */
  applyPlan(plan: WorkbookPlan, progress?: Progress): Promise<ApplyResult>;
  /** Write (or refresh in place) a report sheet, activate it, and return its name. */
  writeReport(sheet: SheetPlan): Promise<{ name: string }>;
  /** The restore point kept in the workbook, if any. */
  restorePoint(): Promise<RestorePoint | null>;
  /** Put back exactly what the last apply overwrote, except cells changed since. */
  restorePrevious(): Promise<RestoreOutcome | null>;
  /** Replace KPI formulas in the active sheet's used range with their values. */
  convertFormulasToValues(): Promise<ConvertOutcome>;
  saveSettings(settings: KpiSettings): Promise<void>;
}
