/**
 * What the task pane asks of the workbook. The pane owns this port; the Office.js adapter
 * (src/adapters/office/office-gateway.ts) provides it, and tests give the components a fake.
 * Components never touch Excel or Office directly.
 */
import type { KpiSettings } from "../domain/choices/settings";
import type { Ledger } from "../domain/ledger";
import type { SheetPlan, WorkbookPlan } from "../domain/plan/workbook-plan";
import type {
  ApplyResult,
  ConvertOutcome,
  Progress,
  RestoreOutcome,
  RestoreChange,
  RestorePoint,
  SheetArea,
  SheetRead,
  WorkbookRecord,
  WriteAbout,
} from "../adapters/office/results";

export { SheetChangedError } from "../adapters/office/results";
export type {
  ApplyResult,
  ConvertOutcome,
  Progress,
  RestoreChange,
  RestoreOutcome,
  RestorePoint,
  SheetArea,
  SheetRead,
  WorkbookRecord,
  WriteAbout,
};

export interface ExcelGateway {
  /** Read the active sheet's used range, or the selected range. */
  readSheet(scope: "used-range" | "selection"): Promise<SheetRead>;
  /**
   * Read a sheet again by name after a write, whichever sheet is active now: the same rectangle
   * (a selection read before), or its used range when `area` is null.
   */
  readAgain(sheet: string, area: SheetArea | null): Promise<SheetRead>;
  /** Keep what the plan will overwrite (a new restore point, saying what the write changes), then write it in chunks. */
  applyPlan(plan: WorkbookPlan, progress?: Progress, about?: WriteAbout): Promise<ApplyResult>;
  /** Write (or refresh in place) a report sheet, activate it (unless told not to), and return its name. */
  writeReport(sheet: SheetPlan, options?: { activate?: boolean }): Promise<{ name: string }>;
  /** Store the workbook's quarter-to-quarter record (the ledger) in its custom XML parts. */
  saveLedger(ledger: Ledger): Promise<void>;
  /** The newest restore point kept in the workbook, if any. */
  restorePoint(): Promise<RestorePoint | null>;
  /** Every restore point kept in the workbook, newest first. */
  restorePoints(): Promise<RestorePoint[]>;
  /**
   * Put back exactly what the writes overwrote, newest first, down to and including the point chosen (the
   * newest when none is), except cells changed since.
   */
  restorePrevious(id?: string): Promise<RestoreOutcome | null>;
  /** Replace KPI formulas in the active sheet's used range with their values. */
  convertFormulasToValues(): Promise<ConvertOutcome>;
  saveSettings(settings: KpiSettings): Promise<void>;
}
