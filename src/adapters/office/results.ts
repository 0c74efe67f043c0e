/** What the Office.js adapter's operations return; the pane's gateway (src/taskpane/gateway.ts) is built from them. */
import type { Grid } from "../../domain/sheet/grid";
import type { KpiSettings } from "../../domain/choices/settings";
import type { Ledger } from "../../domain/ledger";

/** The workbook's quarter-to-quarter record as read: the ledger, a damaged part's warning, the History sheet. */
export interface WorkbookRecord {
  ledger: Ledger;
  /** In words, when the record's part was damaged and set aside; null otherwise. */
  warning: string | null;
  /** The History sheet's cells, read only when the ledger holds no history (its part was stripped). */
  history: Grid | null;
}

export interface SheetRead {
  grid: Grid;
  /** Settings saved with the workbook, already validated; null when none or invalid. */
  settings: KpiSettings | null;
  /** A warning to show, e.g. corrupt settings that fell back to detection. */
  warning: string | null;
  /** The workbook's quarter-to-quarter record; absent where the host cannot keep one. */
  record?: WorkbookRecord;
  /** Every sheet's name, so a tab renamed since the last write keeps its record (ledger/renamed-sheets.ts). */
  sheetNames?: string[];
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

/** What a write changed, as its restore point tells it: "Q2 2023/24 write, 31 statuses, 31 DOTs, 2 report sheets". */
export interface RestoreChange {
  /** The current period the write was for; null when not known (Convert formulas to values). */
  period: string | null;
  statuses: number;
  dots: number;
  reports: number;
  /** The ledger's record of the write, taken out again when the point is restored. */
  writeId?: string;
}

/** What the pane tells the adapter about a write, for its restore point. */
export interface WriteAbout {
  period?: string | null;
  /** Report sheets the write refreshes with it. */
  reports?: number;
  writeId?: string;
}

export interface RestorePoint {
  id: string;
  /** What the write changed and when, in the words both faces use. */
  label: string;
  savedAt: string;
  sheet: string;
  cells: number;
  /** Null for points kept by earlier versions, which did not say. */
  change: RestoreChange | null;
}

/** The sheet changed since it was read (rows inserted, a judgement typed): nothing was written. */
export class SheetChangedError extends Error {
  override name = "SheetChangedError";
}

/** What Restore did: the restore point it used, and how many cells it left alone because they changed since. */
export interface RestoreOutcome {
  /** The point chosen, with `cells` counting every cell put back down to it. */
  point: RestorePoint;
  kept: number;
  /** The points used, newest first: the chosen one and any newer. */
  undone: RestorePoint[];
}

/** Formulas frozen into values, and those left: an error result, or a range given, which spills. */
export interface ConvertOutcome {
  converted: number;
  errors: number;
  spilling: number;
}

export type Progress = (done: number, total: number) => void;
