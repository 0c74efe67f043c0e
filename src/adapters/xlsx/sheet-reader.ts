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

interface ReadCell {
  row: number;
  col: number;
  value: CellValue;
  xf: number;
  formula: string | null;
}

/** A styled cell with no value: its fill is kept (a RAG given only as a colour), but it does not widen the grid. */
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
      const t = Date.parse(raw.trim().endsWith("Z") || /[+-]\d\d:\d\d$/.test(raw.trim()) ? raw.trim() : raw.trim() + "Z");
      return Number.isNaN(t) ? unescapeXml(raw) : t / 86400000 + 25569;
    }
    default: {
      const n = Number(raw);
      return raw.trim() === "" || Number.isNaN(n) ? null : n;
    }
  }
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
  const cells: ReadCell[] = [];
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
  const re = /<row\b([^>]*?)\/?>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(data)) !== null) {
    if (m[1] !== undefined) {
      const r = / r="(\d+)"/.exec(m[1]);
      rowNumber = r ? Number(r[1]) : rowNumber + 1;
      col = 0;
      continue;
    }
    const attrs = m[2] ?? "";
    const ref = attrValue(attrs, ' r="');
    if (ref !== undefined) {
      let i = 0;
      col = 0;
      while (i < ref.length && ref.charCodeAt(i) >= 65) col = col * 26 + (ref.charCodeAt(i++) & 0x1f);
      rowNumber = Number(ref.slice(i));
    } else col += 1;
    const body = m[3];
    const xf = Number(attrValue(attrs, ' s="') ?? 0);
    if (body === undefined || body === "") {
      if (xf !== 0) styled.push({ row: rowNumber, col, xf });
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
    cells.push({ row: rowNumber, col, value, xf, formula });
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
  const formulas: (string | null)[][] | undefined = anyFormula ? new Array(height) : undefined;
  for (let r = 0; r < height; r++) {
    values[r] = new Array<CellValue>(width).fill(null);
    text[r] = new Array<string>(width).fill("");
    formats[r] = new Array<string>(width).fill("General");
    fills[r] = new Array<string | null>(width).fill(null);
    if (formulas) formulas[r] = new Array<string | null>(width).fill(null);
  }
  const covered = coveredCells(merges);
  for (const c of cells) {
    if (covered.has(c.row * 20000 + c.col)) continue; // inside a merge, not its top-left: blank, as Excel reports it
    const r = c.row - 1;
    const k = c.col - 1;
    const format = o.styles.formatOf(c.xf);
    const value = o.date1904 && typeof c.value === "number" && isDateFormat(format) ? c.value + DATE_1904_SHIFT : c.value;
    (values[r] as CellValue[])[k] = value;
    (text[r] as string[])[k] = textOf(value, format);
    (formats[r] as string[])[k] = format;
    (fills[r] as (string | null)[])[k] = o.styles.fillOf(c.xf);
    if (formulas) (formulas[r] as (string | null)[])[k] = c.formula;
  }
  for (const c of styled) {
    if (c.row > height || c.col > width) continue;
    (fills[c.row - 1] as (string | null)[])[c.col - 1] = o.styles.fillOf(c.xf);
  }
  const grid: Grid = { sheet: o.name, top: 1, left: 1, values, text, formats, merges, fills };
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
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) out.add(r * 20000 + c);
  }
  return out;
}
