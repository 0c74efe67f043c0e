/**
 * "Convert formulas to values": freeze every formula of the active sheet that uses a KPI function into its
 * result, before sharing a workbook with someone who lacks the add-in (they would see #NAME?). Numbers keep
 * their number format, text is written as text, and a formula whose result is an error is left as it is,
 * as is one given a range, which spills (Copy and Paste Values freezes a whole spill).
 * Keeps a restore point first.
 */
import { contentOf } from "../../domain/sheet/grid";
import type { ConvertOutcome } from "./results";
import { saveRestorePoint, type SavedRange } from "./restore";

/** A formula that calls a KPI function (not one that merely mentions "KPI." in a text). */
const KPI_FORMULA = /^=.*\bKPI\.[A-Z]+\s*\(/i;
/** A KPI call given a range (=KPI.STATUS(C2:C20,…)) spills: freezing its top cell would lose the rest. */
const RANGE_ARGUMENT = /\$?[A-Z]{1,3}\$?\d+\s*:\s*\$?[A-Z]{1,3}\$?\d+/i;

export async function convertFormulasToValues(context: Excel.RequestContext, now: () => Date = () => new Date()): Promise<ConvertOutcome> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const used = sheet.getUsedRangeOrNullObject();
  sheet.load("name");
  used.load(["formulas", "values", "valueTypes", "numberFormat", "rowIndex", "columnIndex"]);
  await context.sync();
  if (used.isNullObject) return { converted: 0, errors: 0, spilling: 0 };
  let errors = 0;
  let spilling = 0;
  const isKpi = (r: number, c: number): boolean => {
    const f = used.formulas[r]?.[c];
    if (typeof f !== "string" || !KPI_FORMULA.test(f)) return false;
    if (RANGE_ARGUMENT.test(f)) {
      spilling++;
      return false;
    }
    // An error result is no value to freeze: the formula stays, and is counted.
    if (used.valueTypes[r]?.[c] === "Error") {
      errors++;
      return false;
    }
    return true;
  };
  // Vertical runs of KPI formulas, column by column: one range each.
  const runs: { row: number; column: number; length: number }[] = [];
  const columns = used.formulas[0]?.length ?? 0;
  for (let c = 0; c < columns; c++) {
    let start = -1;
    for (let r = 0; r <= used.formulas.length; r++) {
      const kpi = r < used.formulas.length && isKpi(r, c);
      if (kpi && start === -1) start = r;
      if (!kpi && start !== -1) {
        runs.push({ row: start, column: c, length: r - start });
        start = -1;
      }
    }
  }
  if (runs.length === 0) return { converted: 0, errors, spilling };
  const column = <T>(m: T[][], run: { row: number; column: number; length: number }) => m.slice(run.row, run.row + run.length).map((row) => [row[run.column] as T]);
  const frozen = runs.map((run) => {
    const values = column(used.values as unknown[][], run);
    const types = column(used.valueTypes as unknown[][], run);
    const formats = column(used.numberFormat as unknown[][], run);
    // Text results become text cells; numbers and TRUE/FALSE keep the cell's own format.
    const numberFormat = types.map(([t], i) => [t === "String" ? "@" : formats[i]?.[0]]);
    return { run, numberFormat, written: values };
  });
  const saved: SavedRange[] = frozen.map(({ run, written }) => ({
    sheet: sheet.name,
    rowIndex: used.rowIndex + run.row,
    columnIndex: used.columnIndex + run.column,
    formulas: column(used.formulas as unknown[][], run),
    numberFormat: column(used.numberFormat as unknown[][], run),
    written: written.map(([w]) => [contentOf(w)]),
  }));
  await saveRestorePoint(context, saved, now().toISOString());
  for (const { run, numberFormat, written } of frozen) {
    const range = sheet.getRangeByIndexes(used.rowIndex + run.row, used.columnIndex + run.column, run.length, 1);
    range.numberFormat = numberFormat as string[][];
    range.formulas = written as (string | number | boolean)[][];
  }
  await context.sync();
  return { converted: runs.reduce((n, r) => n + r.length, 0), errors, spilling };
}
