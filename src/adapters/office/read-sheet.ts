/**
 * Read the active sheet's used range (or the selection) into the grid model: values, text, number
 * formats, formulas, merged areas and fills, in two syncs for most sheets, plus one per further block
 * under Excel on the web's 5 MB response limit.
 */
import type { CellValue, Grid, MergedArea } from "../../domain/sheet/grid";
import { readSettings, SETTINGS_KEY } from "../../domain/choices/settings";
import type { SheetRead, SheetArea } from "./results";
import type { Supports } from "./api-sets";
import { readInBlocks } from "./block-reads";

/** The first guess per cell: five properties of a short text and a fill; a sheet of long titles costs more, and its second block is sized by what the first cost. */
const FIRST_GUESS_PER_CELL = 200;

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
  | {
      kind: "again";
      sheet: string;
      area: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } | null;
    };

function areaOf(context: Excel.RequestContext, sheet: Excel.Worksheet, target: ReadTarget): Excel.Range {
  // Only the used part of a selection: whole columns selected are not millions of empty cells.
  if (target.kind === "selection") return context.workbook.getSelectedRange().getUsedRangeOrNullObject(true);
  if (target.kind === "again" && target.area !== null) {
    const a = target.area;
    return sheet.getRangeByIndexes(a.rowIndex, a.columnIndex, a.rowCount, a.columnCount);
  }
  return sheet.getUsedRangeOrNullObject(true);
}

interface BlockRead {
  values: unknown[][];
  text: unknown[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
  valueTypes: unknown[][];
  fills: (string | null)[][] | null;
  merges: MergedArea[];
}

/** A fill as the grid keeps it: `#RRGGBB` upper case for a solid fill, null for none. */
function fillOf(p: Excel.CellProperties | undefined): string | null {
  const fill = p?.format?.fill;
  if (
    fill === undefined ||
    fill.pattern === "None" ||
    typeof fill.color !== "string" ||
    !/^#[0-9a-f]{6}$/i.test(fill.color)
  )
    return null;
  return fill.color.toUpperCase();
}

/** Queue one block's reads and sync: its cells, its fills (ExcelApi 1.9) and its merged areas (1.13). */
async function readBlock(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  a: SheetArea,
  supports: Supports,
): Promise<BlockRead> {
  const range = sheet.getRangeByIndexes(a.rowIndex, a.columnIndex, a.rowCount, a.columnCount);
  range.load(["values", "text", "numberFormat", "formulas", "valueTypes"]);
  // What the optional reads give, taken after the sync (each read where its set is there).
  let fills = (): (string | null)[][] | null => null;
  let merges = (): MergedArea[] => [];
  if (supports("1.9")) {
    const properties = range.getCellProperties({ format: { fill: { color: true, pattern: true } } });
    fills = () => properties.value.map((row) => row.map(fillOf));
  }
  if (supports("1.13")) {
    const merged = range.getMergedAreasOrNullObject();
    merged.areas.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    merges = () =>
      merged.isNullObject
        ? []
        : merged.areas.items.map((m) => ({
            top: m.rowIndex + 1,
            left: m.columnIndex + 1,
            bottom: m.rowIndex + m.rowCount,
            right: m.columnIndex + m.columnCount,
          }));
  }
  await context.sync();
  return {
    values: range.values,
    text: range.text,
    numberFormat: range.numberFormat,
    formulas: range.formulas,
    valueTypes: range.valueTypes,
    fills: fills(),
    merges: merges(),
  };
}

/** What a block's response cost, roughly: its JSON. */
const bytesOf = (b: BlockRead) =>
  JSON.stringify([b.values, b.text, b.numberFormat, b.formulas, b.valueTypes, b.fills]).length;

export async function readSheet(
  context: Excel.RequestContext,
  scope: "used-range" | "selection" | ReadTarget,
  supports: Supports,
  /** More to load in the first sync (the workbook's record), so reading it costs no sync of its own. */
  alongside?: () => void,
): Promise<SheetRead> {
  const target: ReadTarget = typeof scope === "string" ? { kind: scope } : scope;
  const sheet =
    target.kind === "again"
      ? context.workbook.worksheets.getItem(target.sheet)
      : context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const area = areaOf(context, sheet, target);
  area.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  // The sheet's used columns, so that a partial read knows what lies to its right.
  const whole = sheet.getUsedRangeOrNullObject(true);
  whole.load(["columnIndex", "columnCount"]);
  const stored = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  stored.load("value");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  alongside?.();
  await context.sync();
  const sheetNames = sheets.items.map((s) => s.name);

  const settingsRead = readSettings(stored.isNullObject ? null : stored.value);
  const settings =
    settingsRead.kind === "ok" && settingsRead.settings.sheet === sheet.name ? settingsRead.settings : null;
  const warning = settingsRead.kind === "invalid" ? settingsRead.warning : null;
  if (area.isNullObject) {
    return {
      grid: { sheet: sheet.name, top: 1, left: 1, values: [], text: [], formats: [], formulas: [] },
      settings,
      warning,
      sheetNames,
    };
  }

  const grid: Grid = {
    sheet: sheet.name,
    top: area.rowIndex + 1,
    left: area.columnIndex + 1,
    values: [],
    text: [],
    formats: [],
    formulas: [],
  };
  if (!whole.isNullObject) grid.usedRight = whole.columnIndex + whole.columnCount;
  const fills: (string | null)[][] = [];
  let withFills = true;
  const merges: MergedArea[] = [];
  const reader = {
    read: (b: SheetArea) => readBlock(context, sheet, b, supports),
    bytes: bytesOf,
    guessPerCell: FIRST_GUESS_PER_CELL,
  };
  await readInBlocks(area, reader, (block) => {
    const types = block.valueTypes as string[][];
    block.values.forEach((r, i) => {
      grid.values.push(r.map((v, c) => toCellValue(v, types[i]?.[c])));
      grid.text.push((block.text[i] ?? []).map((t) => String(t ?? "")));
      grid.formats.push((block.numberFormat[i] ?? []).map((f) => String(f ?? "General")));
      grid.formulas?.push(
        (block.formulas[i] ?? []).map((f) => (typeof f === "string" && f.startsWith("=") ? f : null)),
      );
    });
    if (block.fills === null) withFills = false;
    else fills.push(...block.fills);
    // A merged area across a block's edge comes back, whole, from both blocks: keep it once.
    for (const m of block.merges)
      if (!merges.some((x) => x.top === m.top && x.left === m.left && x.bottom === m.bottom && x.right === m.right))
        merges.push(m);
  });
  if (withFills && supports("1.9")) grid.fills = fills;
  if (supports("1.13")) grid.merges = merges;
  return { grid, settings, warning, sheetNames };
}
