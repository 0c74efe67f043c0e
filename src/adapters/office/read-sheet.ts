/**
 * Read the active sheet's used range (or the selection) into the grid model: values, text, number
 * formats and formulas, in two syncs for a sheet of up to 50,000 cells, plus one per further block of
 * 50,000 (Excel on the web's 5 MB response limit).
 */
import type { CellValue, Grid } from "../../domain/sheet/grid";
import { readSettings, SETTINGS_KEY } from "../../domain/choices/settings";
import type { SheetRead } from "./results";

/**
 * Cells read per request. Excel's own limit is 5,000,000 cells, but Excel on the web also caps a response
 * at 5 MB, and each cell comes back five times (value, text, format, formula, type): about 50 bytes.
 * Most scorecards are one block.
 */
export const READ_BLOCK_CELLS = 50_000;

function toCellValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/** Which cells to read: the active sheet's used range or selection, or the same place again by name. */
export type ReadTarget =
  | { kind: "used-range" }
  | { kind: "selection" }
  | { kind: "again"; sheet: string; area: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } | null };

function areaOf(context: Excel.RequestContext, sheet: Excel.Worksheet, target: ReadTarget): Excel.Range {
  // Only the used part of a selection: whole columns selected are not millions of empty cells.
  if (target.kind === "selection") return context.workbook.getSelectedRange().getUsedRangeOrNullObject(true);
  if (target.kind === "again" && target.area !== null) {
    const a = target.area;
    return sheet.getRangeByIndexes(a.rowIndex, a.columnIndex, a.rowCount, a.columnCount);
  }
  return sheet.getUsedRangeOrNullObject(true);
}

export async function readSheet(context: Excel.RequestContext, scope: "used-range" | "selection" | ReadTarget): Promise<SheetRead> {
  const target: ReadTarget = typeof scope === "string" ? { kind: scope } : scope;
  const sheet = target.kind === "again" ? context.workbook.worksheets.getItem(target.sheet) : context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const area = areaOf(context, sheet, target);
  area.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  // The sheet's used columns, so that a partial read knows what lies to its right.
  const whole = sheet.getUsedRangeOrNullObject(true);
  whole.load(["columnIndex", "columnCount"]);
  const stored = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  stored.load("value");
  await context.sync();

  const settingsRead = readSettings(stored.isNullObject ? null : stored.value);
  const settings = settingsRead.kind === "ok" && settingsRead.settings.sheet === sheet.name ? settingsRead.settings : null;
  const warning = settingsRead.kind === "invalid" ? settingsRead.warning : null;
  if (area.isNullObject) {
    return { grid: { sheet: sheet.name, top: 1, left: 1, values: [], text: [], formats: [], formulas: [] }, settings, warning };
  }

  // Blocks of whole rows under the response limit; one sync for each (usually one in all).
  const rowsPerBlock = Math.max(1, Math.floor(READ_BLOCK_CELLS / Math.max(1, area.columnCount)));
  const blocks: Excel.Range[] = [];
  for (let r = 0; r < area.rowCount; r += rowsPerBlock) {
    const block = sheet.getRangeByIndexes(area.rowIndex + r, area.columnIndex, Math.min(rowsPerBlock, area.rowCount - r), area.columnCount);
    block.load(["values", "text", "numberFormat", "formulas", "valueTypes"]);
    blocks.push(block);
  }
  const grid: Grid = { sheet: sheet.name, top: area.rowIndex + 1, left: area.columnIndex + 1, values: [], text: [], formats: [], formulas: [] };
  if (!whole.isNullObject) grid.usedRight = whole.columnIndex + whole.columnCount;
  // One sync per block keeps each response under the limit; for most sheets this is a single sync.
  for (const block of blocks) {
    await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one sync per block under the response limit, by design
    const types = block.valueTypes as string[][];
    block.values.forEach((row, r) => {
      grid.values.push(row.map((v, c) => toCellValue(v, types[r]?.[c])));
      grid.text.push((block.text[r] ?? []).map((t) => String(t ?? "")));
      grid.formats.push((block.numberFormat[r] ?? []).map((f) => String(f ?? "General")));
      grid.formulas?.push((block.formulas[r] ?? []).map((f) => (typeof f === "string" && f.startsWith("=") ? f : null)));
    });
  }
  return { grid, settings, warning };
}
