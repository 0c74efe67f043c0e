/** The pane's gateway over Office.js: each operation is one Excel.run batch. */
import type { SheetPlan, WorkbookPlan } from "../../domain/plan/workbook-plan";
import { SETTINGS_KEY, type KpiSettings } from "../../domain/choices/settings";
import { applyPlan } from "./apply-plan";
import { convertFormulasToValues } from "./convert-formulas";
import type { Progress, SheetArea, SheetRead, WriteAbout } from "./results";
import type { Ledger } from "../../domain/ledger";
import { finishRecord, queueRecord, readRecord, withoutWrites, writeRecord } from "./record";
import { readSheet } from "./read-sheet";
import { restorePoint, restorePoints, restorePrevious } from "./restore";
import { writeReport } from "./write-report";
import { officeSupports, type Supports } from "./api-sets";

/** Runs one batch against the workbook: Excel.run in Office, a mock's run in tests. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function createOfficeGateway(run: RunBatch = (batch) => Excel.run(batch), supports: Supports = officeSupports) {
  return {
    readSheet: (scope: "used-range" | "selection") => run((context) => withRecord(context, scope, supports)),
    readAgain: (sheet: string, area: SheetArea | null) =>
      run((context) => withRecord(context, { kind: "again", sheet, area }, supports)),
    applyPlan: (plan: WorkbookPlan, progress?: Progress, about?: WriteAbout) =>
      run((context) => applyPlan(context, plan, supports, progress, undefined, about)),
    writeReport: (sheet: SheetPlan, options?: { activate?: boolean }) =>
      run((context) => writeReport(context, sheet, supports, options?.activate ?? true)),
    saveLedger: (ledger: Ledger) => run((context) => writeRecord(context, ledger)),
    restorePoint: () => run((context) => restorePoint(context)),
    restorePoints: () => run((context) => restorePoints(context)),
    restorePrevious: (id?: string) =>
      run(async (context) => {
        const outcome = await restorePrevious(context, supports, id);
        // The writes put back are taken out of the record too: their cells are no longer the tool's.
        const undone = new Set(
          (outcome?.undone ?? []).flatMap((p) => (p.change?.writeId === undefined ? [] : [p.change.writeId])),
        );
        if (undone.size > 0) {
          const { ledger } = await readRecord(context, supports);
          await writeRecord(context, withoutWrites(ledger, undone));
        }
        return outcome;
      }),
    convertFormulasToValues: () => run((context) => convertFormulasToValues(context)),
    saveSettings: (settings: KpiSettings) =>
      run(async (context) => {
        context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
        await context.sync();
      }),
  };
}

/**
 * The sheet as read, with the workbook's record loaded in the same first sync (custom XML parts are ExcelApi 1.5,
 * within the manifest's 1.7, so every host the add-in loads in has them).
 */
async function withRecord(
  context: Excel.RequestContext,
  target: Parameters<typeof readSheet>[1],
  supports: Supports,
): Promise<SheetRead> {
  let queued: ReturnType<typeof queueRecord> | null = null;
  const read = await readSheet(context, target, supports, () => (queued = queueRecord(context)));
  if (queued === null) return read;
  return { ...read, record: await finishRecord(context, queued, supports) };
}

/** Outside Excel (or in a browser tab) there is no Excel object to work on. */
export function excelIsPresent(): boolean {
  return typeof Excel !== "undefined" && typeof Excel.run === "function";
}
