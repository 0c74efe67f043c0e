/**
 * One worksheet's XML straight to a Grid, in one scanning pass: values (shared and inline strings,
 * numbers, booleans, errors), cached formula results exactly as saved (0 and FALSE included), formulas,
 * number formats (built-in ids too), solid fills as `#RRGGBB`, and merges.
 */
import type { CellValue, Grid, MergedArea } from "../../domain/sheet/grid";
import { isDateFormat } from "../../domain/sheet/number-formats";
import { parseRangeRef, shiftFormula } from "./cell-ref";
import { displayNumber } from "./display-text";
import { itemText } from "./shared-strings";
import type { Styles } from "./styles";
import { unescapeXml } from "./xml";

/** A filled cell with no value: still a cell (a RAG column may be given as colours alone), so it widens the grid. */
interface StyledCell {
  row: number;
  col: number;
  xf: number;
}

// Between 1 Jan 1900 and 1 Jan 1904 in the 1900 date system: 1904-system serials shift by this.
const DATE_1904_SHIFT = 1462;

function cellValue(type: string | undefined, raw: string | undefined, body: string, strings: string[]): CellValue {
  if (type === "inlineStr") {
    const is = /<is>([\s\S]*?)<\/is>/.exec(body)?.[1];
    return is === undefined ? null : itemText(is);
  }
  if (raw === undefined) return null;
  switch (type) {
    case "s":
      return strings[Number(raw)] ?? null;
    case "str":
      return itemText(`<t>${raw}</t>`);
    case "b":
      return raw.trim() === "1" || raw.trim().toLowerCase() === "true";
    case "e":
      return { error: unescapeXml(raw.trim()) };
    case "d": {
      const t = Date.parse(
        raw.trim().endsWith("Z") || /[+-]\d\d:\d\d$/.test(raw.trim()) ? raw.trim() : raw.trim() + "Z",
      );
      return Number.isNaN(t) ? unescapeXml(raw) : t / 86400000 + 25569;
    }
    default: {
      const n = Number(raw);
      return raw.trim() === "" || Number.isNaN(n) ? null : n;
    }
  }
}

/** After `<c` or `<row`: a space, `/` or `>` (so `<cols>` is not a cell). */
function isDelimiter(code: number): boolean {
  return code === 32 || code === 47 || code === 62 || code === 9 || code === 10 || code === 13;
}

/** An attribute's value in a start tag's attribute text, found by its ` name="` prefix (the reader's hot path). */
function attrValue(attrs: string, prefix: string): string | undefined {
  const at = attrs.indexOf(prefix);
  if (at < 0) return undefined;
  const start = at + prefix.length;
  return attrs.slice(start, attrs.indexOf('"', start));
}

/** The text of a cell's `<v>`, or undefined. */
function valueText(body: string): string | undefined {
  const at = body.indexOf("<v>");
  if (at >= 0) return body.slice(at + 3, body.indexOf("</v>", at));
  return /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(body)?.[1];
}

function textOf(value: CellValue, format: string): string {
  if (value === null) return "";
  if (typeof value === "number") return displayNumber(value, format);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return value.error;
}

export interface SheetReadOptions {
  name: string;
  strings: string[];
  styles: Styles;
  date1904: boolean;
}

/** The grid of one sheet, from A1 to the last cell holding a value or formula (or a merge). */
export function readSheet(xml: string, o: SheetReadOptions): Grid {
  // Cells as parallel arrays (no object per cell: a 50,000-row sheet has over half a million).
  const cellRow: number[] = [];
  const cellCol: number[] = [];
  const cellXf: number[] = [];
  const cellVal: CellValue[] = [];
  const cellFormula: (string | null)[] = [];
  const styled: StyledCell[] = [];
  const shared = new Map<string, { row: number; col: number; formula: string }>();
  let height = 0;
  let width = 0;
  let anyFormula = false;
  let rowNumber = 0;
  let col = 0;
  const dataStart = xml.indexOf("<sheetData");
  const dataEnd = xml.indexOf("</sheetData>");
  const data = dataStart < 0 || dataEnd < 0 ? "" : xml.slice(dataStart, dataEnd);
  let pos = 0;
  for (;;) {
    const lt = data.indexOf("<", pos);
    if (lt < 0) break;
    const next = data.charCodeAt(lt + 1);
    if (next === 114 /* r */ && data.startsWith("<row", lt) && isDelimiter(data.charCodeAt(lt + 4))) {
      const gt = data.indexOf(">", lt);
      const r = attrValue(data.slice(lt + 4, gt), ' r="');
      rowNumber = r !== undefined ? Number(r) : rowNumber + 1;
      col = 0;
      pos = gt + 1;
      continue;
    }
    if (next !== 99 /* c */ || !isDelimiter(data.charCodeAt(lt + 2))) {
      pos = lt + 1;
      continue;
    }
    const gt = data.indexOf(">", lt);
    const selfClosing = data.charCodeAt(gt - 1) === 47;
    const attrs = data.slice(lt + 2, selfClosing ? gt - 1 : gt);
    let body = "";
    if (selfClosing) pos = gt + 1;
    else {
      const end = data.indexOf("</c>", gt);
      body = data.slice(gt + 1, end < 0 ? data.length : end);
      pos = end < 0 ? data.length : end + 4;
    }
    const ref = attrValue(attrs, ' r="');
    if (ref !== undefined) {
      let i = 0;
      col = 0;
      while (i < ref.length && ref.charCodeAt(i) >= 65) col = col * 26 + (ref.charCodeAt(i++) & 0x1f);
      rowNumber = Number(ref.slice(i));
    } else col += 1;
    const xf = Number(attrValue(attrs, ' s="') ?? 0);
    if (body === "") {
      if (xf !== 0 && o.styles.fillOf(xf) !== null) {
        styled.push({ row: rowNumber, col, xf });
        if (rowNumber > height) height = rowNumber;
        if (col > width) width = col;
      }
      continue;
    }
    const type = attrValue(attrs, ' t="');
    const value = cellValue(type, valueText(body), body, o.strings);
    let formula: string | null = null;
    const f = body.indexOf("<f") < 0 ? null : /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
    if (f) {
      const fa = f[1] ?? "";
      const text = f[2] === undefined ? "" : unescapeXml(f[2]);
      const si = / si="(\d+)"/.exec(fa)?.[1];
      if (/ t="shared"/.test(fa) && si !== undefined) {
        if (text !== "") shared.set(si, { row: rowNumber, col, formula: text });
        const master = shared.get(si);
        formula = master === undefined ? null : shiftFormula(master.formula, rowNumber - master.row, col - master.col);
      } else if (text !== "") formula = text;
      if (formula !== null) formula = `=${formula}`;
    }
    if (value === null && formula === null) continue;
    if (formula !== null) anyFormula = true;
    cellRow.push(rowNumber);
    cellCol.push(col);
    cellXf.push(xf);
    cellVal.push(value);
    cellFormula.push(formula);
    if (rowNumber > height) height = rowNumber;
    if (col > width) width = col;
  }
  const merges = readMerges(xml);
  for (const a of merges) {
    if (a.bottom > height) height = a.bottom;
    if (a.right > width) width = a.right;
  }
  const values: CellValue[][] = new Array(height);
  const text: string[][] = new Array(height);
  const formats: string[][] = new Array(height);
  const fills: (string | null)[][] = new Array(height);
  let anyFill = false;
  const formulas: (string | null)[][] | undefined = anyFormula ? new Array(height) : undefined;
  for (let r = 0; r < height; r++) {
    values[r] = new Array<CellValue>(width).fill(null);
    text[r] = new Array<string>(width).fill("");
    formats[r] = new Array<string>(width).fill("General");
    fills[r] = new Array<string | null>(width).fill(null);
    if (formulas) formulas[r] = new Array<string | null>(width).fill(null);
  }
  const covered = coveredCells(merges);
  for (let i = 0; i < cellRow.length; i++) {
    const row = cellRow[i] as number;
    const column = cellCol[i] as number;
    if (covered.size > 0 && covered.has(row * 20000 + column)) continue; // inside a merge, not its top-left: blank, as Excel reports it
    const r = row - 1;
    const k = column - 1;
    const xf = cellXf[i] as number;
    const format = o.styles.formatOf(xf);
    const read = cellVal[i] as CellValue;
    const value = o.date1904 && typeof read === "number" && isDateFormat(format) ? read + DATE_1904_SHIFT : read;
    (values[r] as CellValue[])[k] = value;
    (text[r] as string[])[k] = textOf(value, format);
    (formats[r] as string[])[k] = format;
    const fill = o.styles.fillOf(xf);
    if (fill !== null) {
      (fills[r] as (string | null)[])[k] = fill;
      anyFill = true;
    }
    if (formulas) (formulas[r] as (string | null)[])[k] = cellFormula[i] ?? null;
  }
  for (const c of styled) {
    if (covered.size > 0 && covered.has(c.row * 20000 + c.col)) continue;
    (fills[c.row - 1] as (string | null)[])[c.col - 1] = o.styles.fillOf(c.xf);
    anyFill = true;
  }
  // As the Office adapter and the ExcelJS reader did: no fills field when the sheet has none.
  const grid: Grid = { sheet: o.name, top: 1, left: 1, values, text, formats, merges };
  if (anyFill) grid.fills = fills;
  if (formulas) grid.formulas = formulas;
  return grid;
}

export function readMerges(xml: string): MergedArea[] {
  const start = xml.indexOf("<mergeCells");
  if (start < 0) return [];
  const end = xml.indexOf("</mergeCells>", start);
  const part = xml.slice(start, end < 0 ? undefined : end);
  const out: MergedArea[] = [];
  for (const m of part.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/g)) {
    const a = parseRangeRef(m[1] as string);
    if (a) out.push(a);
  }
  return out;
}

function coveredCells(merges: MergedArea[]): Set<number> {
  const out = new Set<number>();
  for (const m of merges) {
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 1_000_000) continue; // a whole-column merge: nothing worth blanking
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) out.add(r * 20000 + c);
  }
  return out;
}
