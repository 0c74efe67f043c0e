/**
 * A workbook behind the pane's ExcelGateway port, in memory, for testing the pane's hooks without a host.
 * It keeps the real gateway's contract as strictly as the Office adapter does, and fails loudly where the
 * pane would misuse it:
 * - a plan is applied only to a sheet that was read, and only if every cell it was made from (each edit's
 *   `before`, each measure-column anchor) still holds the same: otherwise SheetChangedError, nothing written;
 * - a write (apply, settings, report, restore, convert) never overlaps another call, and no call starts
 *   while a write runs: the pane runs one workbook operation at a time;
 * - settings saved must pass the settings schema; settings read back go through the same reader, so
 *   damaged ones give its warning; a report must carry the owner's title in A1;
 * - Excel's errors come back with Excel's codes (InvalidSelection, ItemNotFound).
 * Every call is recorded, in order, in `calls`.
 */
import {
  SheetChangedError,
  type ApplyResult,
  type ConvertOutcome,
  type ExcelGateway,
  type Progress,
  type RestoreOutcome,
  type RestoreChange,
  type RestorePoint,
  type SheetArea,
  type WriteAbout,
  type SheetRead,
  type WorkbookRecord,
} from "../../src/taskpane/gateway";
import {
  HISTORY_SHEET,
  LedgerSchema,
  ledgerToParts,
  readLedger,
  restorePointLabel,
  shortTime,
  type Ledger,
} from "../../src/domain/ledger";
import { KpiSettingsSchema, readSettings, type KpiSettings } from "../../src/domain/choices/settings";
import { isReportTitle, type PlanValue, type SheetPlan, type WorkbookPlan } from "../../src/domain/plan/workbook-plan";
import { contentOf, type CellValue, type Grid } from "../../src/domain/sheet/grid";
import { changeOf } from "../../src/adapters/office/apply-plan";

export interface FakeCell {
  value: CellValue;
  text: string;
  format: string;
  formula: string | null;
}

export interface FakeCall {
  op: keyof ExcelGateway;
  args: unknown[];
}

type Cells = Map<string, FakeCell>;
const at = (row: number, column: number) => `${row},${column}`;
const WRITES = new Set<keyof ExcelGateway>([
  "applyPlan",
  "saveSettings",
  "writeReport",
  "restorePrevious",
  "convertFormulasToValues",
  "saveLedger",
]);
const KPI_FORMULA = /^=KPI\./i;

function excelError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

const pointOf = (p: FakePoint): RestorePoint => ({
  id: p.id,
  label:
    p.change === null
      ? `${p.cells.length} cells on ${p.sheet}, ${shortTime(p.savedAt)}`
      : restorePointLabel({
          period: p.change.period ?? "",
          statuses: p.change.statuses,
          dots: p.change.dots,
          reportSheets: p.change.reports,
          at: p.savedAt,
          face: "pane",
        }),
  savedAt: p.savedAt,
  sheet: p.sheet,
  cells: p.cells.length,
  change: p.change,
});

function contentOfCell(cell: FakeCell | undefined): string {
  if (cell === undefined) return "";
  return cell.formula ?? contentOf(cell.value);
}

function cellFrom(value: PlanValue): FakeCell | undefined {
  if (value.kind === "blank") return undefined;
  if (value.kind === "text") return { value: value.text, text: value.text, format: "@", formula: null };
  if (value.kind === "number")
    return { value: value.number, text: String(value.number), format: value.format ?? "General", formula: null };
  // The fake does not calculate: a formula shows nothing until converted by hand.
  return { value: null, text: "", format: "General", formula: value.formula };
}

interface FakePoint {
  id: string;
  savedAt: string;
  sheet: string;
  cells: SavedCell[];
  change: RestoreChange | null;
}

interface SavedCell {
  sheet: string;
  row: number;
  column: number;
  before: FakeCell | undefined;
  /** What the write put there, to tell a cell an officer changed since. */
  after: string;
}

export class FakeWorkbook implements ExcelGateway {
  readonly sheets = new Map<string, Cells>();
  active: string;
  /** The selected rectangle, 1-based and inclusive; readSheet("selection") fails without one. */
  selection: { top: number; left: number; bottom: number; right: number } | null = null;
  /** The settings as stored in the workbook: JSON text, or anything a damaged file holds. */
  storedSettings: string | null = null;
  readonly calls: FakeCall[] = [];
  /** The ledger's custom XML parts, as the adapter keeps them: written and read through the domain's text. */
  ledgerParts: string[] = [];
  /** Sheets read this session: a plan can only have been made from one of them. */
  private readonly readSheets = new Set<string>();
  /** Restore points, newest first, at most ten, as the adapter keeps them. */
  private points: FakePoint[] = [];
  private inFlight: (keyof ExcelGateway)[] = [];

  constructor(
    grids: Grid[],
    private readonly now: () => Date = () => new Date("2026-11-24T19:40:00Z"),
  ) {
    for (const g of grids) this.addSheet(g);
    this.active = grids[0]?.sheet ?? "Sheet1";
  }

  // ---- What an officer does in Excel between the pane's calls ----

  addSheet(grid: Grid): void {
    const cells: Cells = new Map();
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = grid.formulas?.[r]?.[c] ?? null;
        if ((value === null || value === "") && formula === null) return;
        cells.set(at(grid.top + r, grid.left + c), {
          value,
          text: grid.text[r]?.[c] ?? contentOf(value),
          format: grid.formats[r]?.[c] ?? "General",
          formula,
        });
      }),
    );
    this.sheets.set(grid.sheet, cells);
  }

  type(sheet: string, row: number, column: number, value: CellValue): void {
    const cells = this.sheetNamed(sheet);
    if (value === null || value === "") cells.delete(at(row, column));
    else cells.set(at(row, column), { value, text: contentOf(value), format: "General", formula: null });
  }

  cell(sheet: string, row: number, column: number): FakeCell | undefined {
    return this.sheetNamed(sheet).get(at(row, column));
  }

  sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  callsOf(op: keyof ExcelGateway): FakeCall[] {
    return this.calls.filter((c) => c.op === op);
  }

  // ---- The gateway ----

  readSheet(scope: "used-range" | "selection"): Promise<SheetRead> {
    return this.call("readSheet", [scope], () => {
      if (scope === "selection" && this.selection === null)
        throw excelError("InvalidSelection", "The current selection is invalid for this operation.");
      const area = scope === "selection" ? this.selection : null;
      return this.readArea(this.active, area);
    });
  }

  readAgain(sheet: string, area: SheetArea | null): Promise<SheetRead> {
    return this.call("readAgain", [sheet, area], () => {
      if (area !== null && (area.rowIndex < 0 || area.columnIndex < 0 || area.rowCount < 1 || area.columnCount < 1))
        throw new Error(`readAgain: no such area ${JSON.stringify(area)}`);
      const rect =
        area === null
          ? null
          : {
              top: area.rowIndex + 1,
              left: area.columnIndex + 1,
              bottom: area.rowIndex + area.rowCount,
              right: area.columnIndex + area.columnCount,
            };
      return this.readArea(sheet, rect);
    });
  }

  applyPlan(plan: WorkbookPlan, progress?: Progress, about?: WriteAbout): Promise<ApplyResult> {
    return this.call("applyPlan", [plan, about], () => {
      const sheets = [...new Set([...plan.edits.map((e) => e.sheet), ...plan.anchors.map((a) => a.sheet)])];
      for (const s of sheets)
        if (!this.readSheets.has(s)) throw new Error(`applyPlan: a plan for sheet "${s}", which was never read`);
      // Check everything before writing anything, as the adapter does.
      for (const a of plan.anchors) {
        const cells = this.sheetNamed(a.sheet);
        a.contents.forEach((then, i) => {
          const now = contentOfCell(cells.get(at(a.firstRow + i, a.column)));
          if (now !== then)
            throw new SheetChangedError(
              `Sheet "${a.sheet}" has changed since it was read: row ${a.firstRow + i} held "${then}" and now holds "${now}". Nothing was written; choose Find again.`,
            );
        });
      }
      for (const e of plan.edits) {
        const cells = this.sheetNamed(e.sheet);
        for (const c of e.cells) {
          if (!Number.isInteger(c.row) || !Number.isInteger(c.column) || c.row < 1 || c.column < 1)
            throw new Error(`applyPlan: no cell at row ${c.row}, column ${c.column}`);
          const now = contentOfCell(cells.get(at(c.row, c.column)));
          if (c.before !== undefined && now !== c.before)
            throw new SheetChangedError(
              `Sheet "${e.sheet}" has changed since it was read: row ${c.row}, column ${c.column} now holds "${now}". Nothing was written; choose Find again.`,
            );
        }
      }
      const saved: SavedCell[] = [];
      const total = plan.edits.reduce((n, e) => n + e.cells.length, 0);
      let done = 0;
      for (const e of plan.edits) {
        const cells = this.sheetNamed(e.sheet);
        for (const c of e.cells) {
          const key = at(c.row, c.column);
          const after = cellFrom(c.value);
          saved.push({
            sheet: e.sheet,
            row: c.row,
            column: c.column,
            before: cells.get(key),
            after: contentOfCell(after),
          });
          if (after === undefined) cells.delete(key);
          else cells.set(key, after);
        }
        done += e.cells.length;
        progress?.(done, total);
      }
      this.keepPoint(plan.edits[0]?.sheet ?? "", saved, changeOf(plan, about));
      return { cells: total, syncs: 1 + plan.edits.length, chunks: plan.edits.length };
    });
  }

  writeReport(sheet: SheetPlan, options?: { activate?: boolean }): Promise<{ name: string }> {
    return this.call("writeReport", [sheet, options], () => {
      const a1 = sheet.rows[0]?.[0]?.value;
      if (a1?.kind !== "text" || !isReportTitle(a1.text))
        throw new Error(
          `writeReport: the ${sheet.name} sheet lacks the owner's title in A1, so it could not be refreshed in place`,
        );
      // Ours to refresh in place, or the first free name beside an officer's own sheet.
      const name = [sheet.name, `${sheet.name} (KPI)`, `${sheet.name} (KPI 2)`].find((n) => {
        const there = this.sheets.get(n);
        return there === undefined || isReportTitle(there.get(at(1, 1))?.value);
      });
      if (name === undefined) throw new Error(`Sheets named "${sheet.name}" already hold your own data.`);
      const cells: Cells = new Map();
      sheet.rows.forEach((row, r) =>
        row.forEach((c, i) => {
          const cell = cellFrom(c.value);
          if (cell !== undefined) cells.set(at(r + 1, i + 1), cell);
        }),
      );
      this.sheets.set(name, cells);
      if (options?.activate !== false) this.active = name;
      return { name };
    });
  }

  restorePoint(): Promise<RestorePoint | null> {
    return this.call("restorePoint", [], () => (this.points[0] === undefined ? null : pointOf(this.points[0])));
  }

  restorePoints(): Promise<RestorePoint[]> {
    return this.call("restorePoints", [], () => this.points.map(pointOf));
  }

  restorePrevious(id?: string): Promise<RestoreOutcome | null> {
    return this.call("restorePrevious", [id], () => {
      if (this.points.length === 0) return null;
      const upTo = id === undefined ? 0 : this.points.findIndex((p) => p.id === id);
      if (upTo < 0) throw new Error("That restore point is no longer in this workbook; nothing was restored.");
      const used = this.points.slice(0, upTo + 1);
      for (const p of used)
        for (const s of p.cells)
          if (!this.sheets.has(s.sheet))
            throw excelError(
              "ItemNotFound",
              `The sheet "${s.sheet}" that the last write changed is no longer in this workbook; nothing was restored.`,
            );
      let kept = 0;
      // Newest first, each on what the newer ones left.
      for (const p of used)
        for (const s of [...p.cells].reverse()) {
          const there = this.sheetNamed(s.sheet);
          const key = at(s.row, s.column);
          // A cell an officer changed after the write is theirs now.
          if (contentOfCell(there.get(key)) !== s.after) kept++;
          else if (s.before === undefined) there.delete(key);
          else there.set(key, s.before);
        }
      this.points = this.points.slice(upTo + 1);
      const undone = new Set(used.flatMap((p) => (p.change?.writeId === undefined ? [] : [p.change.writeId])));
      if (undone.size > 0) {
        const ledger = this.ledger();
        this.ledgerParts = ledgerToParts({
          ...ledger,
          writes: ledger.writes.filter((w) => !undone.has(w.id)),
          history: ledger.history.filter((h) => !undone.has(h.writeId)),
        });
      }
      const chosen = pointOf(used[used.length - 1] as FakePoint);
      return {
        point: { ...chosen, cells: used.reduce((n, p) => n + p.cells.length, 0) },
        kept,
        undone: used.map(pointOf),
      };
    });
  }

  convertFormulasToValues(): Promise<ConvertOutcome> {
    return this.call("convertFormulasToValues", [], () => {
      const cells = this.sheetNamed(this.active);
      const saved: SavedCell[] = [];
      let errors = 0;
      for (const [key, cell] of cells) {
        if (cell.formula === null || !KPI_FORMULA.test(cell.formula)) continue;
        if (typeof cell.value === "object" && cell.value !== null) {
          errors++;
          continue;
        }
        const [row, column] = key.split(",").map(Number) as [number, number];
        const frozen = { ...cell, formula: null };
        saved.push({ sheet: this.active, row, column, before: cell, after: contentOfCell(frozen) });
        cells.set(key, frozen);
      }
      if (saved.length > 0) this.keepPoint(this.active, saved, null);
      return { converted: saved.length, errors, spilling: 0 };
    });
  }

  saveLedger(ledger: Ledger): Promise<void> {
    return this.call("saveLedger", [ledger], () => {
      const checked = LedgerSchema.safeParse(ledger);
      if (!checked.success) throw new Error(`saveLedger: a ledger the schema rejects: ${checked.error.message}`);
      this.ledgerParts = ledgerToParts(ledger);
    });
  }

  /** The ledger as the workbook holds it now. */
  ledger(): Ledger {
    return readLedger(this.ledgerParts).ledger;
  }

  saveSettings(settings: KpiSettings): Promise<void> {
    return this.call("saveSettings", [settings], () => {
      const checked = KpiSettingsSchema.safeParse(settings);
      if (!checked.success) throw new Error(`saveSettings: settings the schema rejects: ${checked.error.message}`);
      this.storedSettings = JSON.stringify(settings);
    });
  }

  // ---- Inside the fake ----

  private keepPoint(sheet: string, cells: SavedCell[], change: RestoreChange | null): void {
    const savedAt = this.now().toISOString();
    let id = `p${savedAt.replace(/\D/g, "")}`;
    while (this.points.some((p) => p.id === id)) id += "-2";
    this.points = [{ id, savedAt, sheet, cells, change }, ...this.points].slice(0, 10);
  }

  private sheetNamed(name: string): Cells {
    const cells = this.sheets.get(name);
    if (cells === undefined) throw excelError("ItemNotFound", `The requested resource doesn't exist: sheet "${name}".`);
    return cells;
  }

  /** The record as the adapter reads it: the ledger's parts, and the History sheet when they hold no history. */
  private record(): WorkbookRecord {
    const { ledger, warning } = readLedger(this.ledgerParts);
    const sheet = ledger.history.length === 0 && this.sheets.has(HISTORY_SHEET) ? HISTORY_SHEET : null;
    return { ledger, warning, history: sheet === null ? null : this.readArea(sheet, null, false).grid };
  }

  /** The cells of a rectangle, or of the used range: the smallest one holding every non-empty cell. */
  private readArea(
    sheet: string,
    rect: { top: number; left: number; bottom: number; right: number } | null,
    withRecord = true,
  ): SheetRead {
    const cells = this.sheetNamed(sheet);
    const settingsRead = readSettings(this.storedSettings);
    const settings = settingsRead.kind === "ok" && settingsRead.settings.sheet === sheet ? settingsRead.settings : null;
    const warning = settingsRead.kind === "invalid" ? settingsRead.warning : null;
    const used = [...cells.keys()].map((k) => k.split(",").map(Number) as [number, number]);
    const area =
      rect ??
      (used.length === 0
        ? null
        : {
            top: Math.min(...used.map(([r]) => r)),
            left: Math.min(...used.map(([, c]) => c)),
            bottom: Math.max(...used.map(([r]) => r)),
            right: Math.max(...used.map(([, c]) => c)),
          });
    this.readSheets.add(sheet);
    const record = withRecord ? this.record() : undefined;
    const grid: Grid = {
      sheet,
      top: area?.top ?? 1,
      left: area?.left ?? 1,
      values: [],
      text: [],
      formats: [],
      formulas: [],
    };
    const sheetNames = this.sheetNames();
    if (area === null) return { grid, settings, warning, record, sheetNames };
    for (let r = area.top; r <= area.bottom; r++) {
      const row = Array.from({ length: area.right - area.left + 1 }, (_, i) => cells.get(at(r, area.left + i)));
      grid.values.push(row.map((c) => c?.value ?? null));
      grid.text.push(row.map((c) => c?.text ?? ""));
      grid.formats.push(row.map((c) => c?.format ?? "General"));
      grid.formulas?.push(row.map((c) => c?.formula ?? null));
    }
    if (rect !== null && used.length > 0) grid.usedRight = Math.max(...used.map(([, c]) => c));
    return { grid, settings, warning, record, sheetNames };
  }

  /** Record the call, refuse an overlap with a write, and answer after a turn of the event loop, as Excel does. */
  private async call<T>(op: keyof ExcelGateway, args: unknown[], work: () => T): Promise<T> {
    this.calls.push({ op, args });
    const writing = this.inFlight.find((o) => WRITES.has(o));
    if (writing !== undefined || (WRITES.has(op) && this.inFlight.length > 0)) {
      throw new Error(
        `${op} called while ${writing ?? this.inFlight.join(", ")} is still running: the pane runs one workbook operation at a time`,
      );
    }
    this.inFlight.push(op);
    try {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return work();
    } finally {
      this.inFlight.splice(this.inFlight.indexOf(op), 1);
    }
  }
}
