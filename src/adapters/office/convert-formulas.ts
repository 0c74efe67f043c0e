/**
 * "Convert formulas to values": freeze every formula of the active sheet that uses a KPI function into its
 * result, before sharing a workbook with someone who lacks the add-in (they would see #NAME?). Numbers keep
 * their number format, text is written as text, and a formula whose result is an error is left as it is,
 * as is one given a range, which spills (Copy and Paste Values freezes a whole spill).
 * Keeps a restore point first.
 */
import { contentOf } from "../../domain/sheet/grid";
import type { ConvertOutcome, SheetArea } from "./results";
import { readInBlocks } from "./block-reads";
import { CHUNK_BYTES } from "./blocks";
import { saveRestorePoint, type SavedRange } from "./restore";

/** A formula that calls a KPI function (not one that merely mentions "KPI." in a text). */
const KPI_FORMULA = /^=.*\bKPI\.[A-Z]+\s*\(/i;
/** A KPI call given a range (=KPI.STATUS(C2:C20,…)) spills: freezing its top cell would lose the rest. */
const RANGE_ARGUMENT = /\$?[A-Z]{1,3}\$?\d+\s*:\s*\$?[A-Z]{1,3}\$?\d+/i;

interface Block {
  formulas: unknown[][];
  values: unknown[][];
  valueTypes: unknown[][];
  numberFormat: unknown[][];
}

/** What to freeze in one block: vertical runs of KPI formulas, column by column, and what was left. */
function runsOf(b: Block): {
  runs: { row: number; column: number; length: number }[];
  errors: number;
  spilling: number;
} {
  let errors = 0;
  let spilling = 0;
  const isKpi = (r: number, c: number): boolean => {
    const f = b.formulas[r]?.[c];
    if (typeof f !== "string" || !KPI_FORMULA.test(f)) return false;
    if (RANGE_ARGUMENT.test(f)) {
      spilling++;
      return false;
    }
    // An error result is no value to freeze: the formula stays, and is counted.
    if (b.valueTypes[r]?.[c] === "Error") {
      errors++;
      return false;
    }
    return true;
  };
  const runs: { row: number; column: number; length: number }[] = [];
  const columns = b.formulas[0]?.length ?? 0;
  for (let c = 0; c < columns; c++) {
    let start = -1;
    for (let r = 0; r <= b.formulas.length; r++) {
      const kpi = r < b.formulas.length && isKpi(r, c);
      if (kpi && start === -1) start = r;
      if (!kpi && start !== -1) {
        runs.push({ row: start, column: c, length: r - start });
        start = -1;
      }
    }
  }
  return { runs, errors, spilling };
}

export async function convertFormulasToValues(
  context: Excel.RequestContext,
  now: () => Date = () => new Date(),
): Promise<ConvertOutcome> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  // Used by values only (formatting alone does not count): a formula is a value cell, so none is missed.
  const used = sheet.getUsedRangeOrNullObject(true);
  sheet.load("name");
  used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  await context.sync();
  if (used.isNullObject) return { converted: 0, errors: 0, spilling: 0 };
  let errors = 0;
  let spilling = 0;
  const frozen: {
    rowIndex: number;
    columnIndex: number;
    formulas: unknown[][];
    formats: unknown[][];
    numberFormat: unknown[][];
    written: unknown[][];
  }[] = [];
  const reader = {
    read: async (a: SheetArea): Promise<Block> => {
      const range = sheet
        .getRangeByIndexes(a.rowIndex, a.columnIndex, a.rowCount, a.columnCount)
        .load(["formulas", "values", "valueTypes", "numberFormat"]);
      await context.sync();
      return {
        formulas: range.formulas,
        values: range.values,
        valueTypes: range.valueTypes,
        numberFormat: range.numberFormat,
      };
    },
    bytes: (b: Block) => JSON.stringify(b).length,
    guessPerCell: 300,
  };
  await readInBlocks(used, reader, (b, at) => {
    const found = runsOf(b);
    errors += found.errors;
    spilling += found.spilling;
    const column = <T>(m: T[][], run: { row: number; column: number; length: number }) =>
      m.slice(run.row, run.row + run.length).map((row) => [row[run.column] as T]);
    for (const run of found.runs) {
      const types = column(b.valueTypes, run);
      const formats = column(b.numberFormat, run);
      frozen.push({
        rowIndex: at.rowIndex + run.row,
        columnIndex: at.columnIndex + run.column,
        formulas: column(b.formulas, run),
        formats,
        // Text results become text cells; numbers and TRUE/FALSE keep the cell's own format.
        numberFormat: types.map(([t], i) => [t === "String" ? "@" : formats[i]?.[0]]),
        written: column(b.values, run),
      });
    }
  });
  if (frozen.length === 0) return { converted: 0, errors, spilling };
  const saved: SavedRange[] = frozen.map((f) => ({
    sheet: sheet.name,
    rowIndex: f.rowIndex,
    columnIndex: f.columnIndex,
    formulas: f.formulas,
    numberFormat: f.formats,
    written: f.written.map(([w]) => [contentOf(w)]),
  }));
  await saveRestorePoint(context, saved, now().toISOString());
  // In chunks under the request limit, as the apply step writes.
  let bytes = 0;
  for (const f of frozen) {
    const range = sheet.getRangeByIndexes(f.rowIndex, f.columnIndex, f.written.length, 1);
    range.numberFormat = f.numberFormat as string[][];
    range.formulas = f.written as (string | number | boolean)[][];
    bytes += JSON.stringify(f.written).length + JSON.stringify(f.numberFormat).length + 200;
    if (bytes > CHUNK_BYTES) {
      await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one sync per chunk under the request limit
      bytes = 0;
    }
  }
  await context.sync();
  return { converted: frozen.reduce((n, f) => n + f.written.length, 0), errors, spilling };
}
