/**
 * "Convert formulas to values": freeze the =KPI.* formulas of the active sheet into their results,
 * before sharing a workbook with someone who lacks the add-in. Keeps a restore point first.
 */
import { saveRestorePoint, type SavedRange } from "./restore";

const KPI_FORMULA = /^=\s*KPI\./i;

export async function convertFormulasToValues(context: Excel.RequestContext, now: () => Date = () => new Date()): Promise<number> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const used = sheet.getUsedRangeOrNullObject();
  sheet.load("name");
  used.load(["formulas", "values", "numberFormat", "rowIndex", "columnIndex"]);
  await context.sync();
  if (used.isNullObject) return 0;
  // Vertical runs of KPI formulas, column by column: one range each.
  const runs: { row: number; column: number; length: number }[] = [];
  const columns = used.formulas[0]?.length ?? 0;
  for (let c = 0; c < columns; c++) {
    let start = -1;
    for (let r = 0; r <= used.formulas.length; r++) {
      const f = used.formulas[r]?.[c];
      const isKpi = typeof f === "string" && KPI_FORMULA.test(f);
      if (isKpi && start === -1) start = r;
      if (!isKpi && start !== -1) {
        runs.push({ row: start, column: c, length: r - start });
        start = -1;
      }
    }
  }
  if (runs.length === 0) return 0;
  const saved: SavedRange[] = runs.map((run) => ({
    sheet: sheet.name,
    rowIndex: used.rowIndex + run.row,
    columnIndex: used.columnIndex + run.column,
    formulas: used.formulas.slice(run.row, run.row + run.length).map((row) => [row[run.column]]),
    numberFormat: used.numberFormat.slice(run.row, run.row + run.length).map((row) => [row[run.column]]),
  }));
  await saveRestorePoint(context, saved, now().toISOString());
  for (const run of runs) {
    const range = sheet.getRangeByIndexes(used.rowIndex + run.row, used.columnIndex + run.column, run.length, 1);
    const values = used.values.slice(run.row, run.row + run.length).map((row) => [row[run.column]]);
    range.numberFormat = values.map(() => ["@"]);
    range.values = values as (string | number | boolean)[][];
  }
  await context.sync();
  return runs.reduce((n, r) => n + r.length, 0);
}
