/** The pane's gateway over Office.js: each operation is one Excel.run batch. */
import type { SheetPlan, WorkbookPlan } from "../../domain/plan/workbook-plan";
import { SETTINGS_KEY, type KpiSettings } from "../../domain/choices/settings";
import { applyPlan } from "./apply-plan";
import { convertFormulasToValues } from "./convert-formulas";
import type { Progress, SheetArea } from "./results";
import { readSheet } from "./read-sheet";
import { restorePoint, restorePrevious } from "./restore";
import { writeReport } from "./write-report";
import { officeSupports, type Supports } from "./api-sets";

/** Runs one batch against the workbook: Excel.run in Office, a mock's run in tests. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function createOfficeGateway(run: RunBatch = (batch) => Excel.run(batch), supports: Supports = officeSupports) {
  return {
    readSheet: (scope: "used-range" | "selection") => run((context) => readSheet(context, scope, supports)),
    readAgain: (sheet: string, area: SheetArea | null) =>
      run((context) => readSheet(context, { kind: "again", sheet, area }, supports)),
    applyPlan: (plan: WorkbookPlan, progress?: Progress) =>
      run((context) => applyPlan(context, plan, supports, progress)),
    writeReport: (sheet: SheetPlan) => run((context) => writeReport(context, sheet, supports)),
    restorePoint: () => run((context) => restorePoint(context)),
    restorePrevious: () => run((context) => restorePrevious(context, supports)),
    convertFormulasToValues: () => run((context) => convertFormulasToValues(context)),
    saveSettings: (settings: KpiSettings) =>
      run(async (context) => {
        context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
        await context.sync();
      }),
  };
}

/** Outside Excel (or in a browser tab) there is no Excel object to work on. */
export function excelIsPresent(): boolean {
  return typeof Excel !== "undefined" && typeof Excel.run === "function";
}
