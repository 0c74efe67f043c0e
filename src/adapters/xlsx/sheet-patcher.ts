/**
 * A user's worksheet patched in place: only the `<row>` elements holding edited cells are rewritten (every
 * other byte of the part stays as it was), `dimension` and the rows' `spans` stay true, and the colour rules
 * go in at their place in the schema. What cannot be changed safely is refused, never approximated.
 */
import type { PlanCell } from "../../domain/plan/workbook-plan";
import { columnLetters } from "../../domain/sheet/a1";
import { parseRangeRef, rangeRef } from "./cell-ref";
import { cellXml, isNoChange, styleChange } from "./cell-xml";
import type { ColourFormatting } from "./colour-formats";
import type { Styles } from "./styles";
import { WorkbookWriteError } from "./write-error";
import { attribute, withAttribute } from "./xml";

export interface SheetEdit extends PlanCell {
  row: number;
  column: number;
  /** The column in the same row whose style the cell starts from (CellEdit.styleFrom). */
  styleFrom?: number;
}

export interface PatchResult {
  xml: string;
  /** True when the part differs from what was read. */
  changed: boolean;
  /** A formula was overwritten: the workbook's calcChain must go. */
  overwroteFormula: boolean;
  /** The rows rewritten or added, for tests and messages. */
  rows: number[];
}

interface RowSpan {
  row: number;
  start: number;
  end: number;
  open: string;
  body: string;
}

interface CellSpan {
  col: number;
  xml: string;
  attrs: string;
  body: string;
}

/** Elements after `conditionalFormatting` in CT_Worksheet, in schema order. */
const AFTER_CF = [
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

function rowsWanted(xml: string, dataStart: number, dataEnd: number, wanted: Set<number>): Map<number, RowSpan> {
  const found = new Map<number, RowSpan>();
  const re = /<row\b[^>]*?(\/?)>/g;
  re.lastIndex = dataStart;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null && m.index < dataEnd) {
    const open = m[0];
    const r = / r="(\d+)"/.exec(open);
    const row = r ? Number(r[1]) : last + 1;
    last = row;
    const bodyStart = m.index + open.length;
    const end = m[1] === "/" ? bodyStart : xml.indexOf("</row>", bodyStart) + "</row>".length;
    if (wanted.has(row))
      found.set(row, {
        row,
        start: m.index,
        end,
        open,
        body: m[1] === "/" ? "" : xml.slice(bodyStart, end - "</row>".length),
      });
    re.lastIndex = end;
  }
  return found;
}

const SPANS = /\sspans="([^"]*)"/;
const ROW_R = / r="(\d+)"/;

/** After `<c`: a space, `/` or `>` (so `<cols>` or `<customPr>` is not a cell). */
const isDelimiter = (code: number) =>
  code === 32 || code === 47 || code === 62 || code === 9 || code === 10 || code === 13;

/**
 * A row's cells with the edits merged in, in column order: every cell not edited is copied as written
 * (given an `r` if it had none, since cells may now sit between them). A walk, not a parse into objects.
 */
function mergeRow(
  body: string,
  row: number,
  edits: SheetEdit[],
  newCell: (e: SheetEdit, old: CellSpan | undefined) => string,
): { body: string; differs: boolean; min: number; max: number } {
  let out = "";
  let pos = 0;
  let col = 0;
  let next = 0;
  let differs = false;
  let min = Infinity;
  let max = 0;
  const mark = (c: number) => {
    if (c < min) min = c;
    if (c > max) max = c;
  };
  for (;;) {
    let lt = body.indexOf("<c", pos);
    while (lt >= 0 && !isDelimiter(body.charCodeAt(lt + 2))) lt = body.indexOf("<c", lt + 2);
    if (lt < 0) break;
    const gt = body.indexOf(">", lt);
    const selfClosing = body.charCodeAt(gt - 1) === 47;
    const attrs = body.slice(lt + 2, selfClosing ? gt - 1 : gt);
    const close = selfClosing ? gt + 1 : body.indexOf("</c>", gt) + 4;
    const end = close < 4 ? body.length : close;
    const rAt = attrs.indexOf(' r="');
    if (rAt >= 0) {
      col = 0;
      for (let i = rAt + 4; i < attrs.length && attrs.charCodeAt(i) >= 65; i++)
        col = col * 26 + (attrs.charCodeAt(i) & 0x1f);
    } else col += 1;
    out += body.slice(pos, lt);
    while (next < edits.length && (edits[next] as SheetEdit).column < col) {
      const e = edits[next++] as SheetEdit;
      out += newCell(e, undefined);
      mark(e.column);
      differs = true;
    }
    const xml = body.slice(lt, end);
    if (next < edits.length && (edits[next] as SheetEdit).column === col) {
      const old: CellSpan = { col, xml, attrs, body: selfClosing ? "" : body.slice(gt + 1, end - 4) };
      const text = newCell(edits[next++] as SheetEdit, old);
      if (text !== xml) differs = true;
      out += text;
      // A second edit of the same cell (never planned) would be dropped: skip it rather than duplicate the cell.
      while (next < edits.length && (edits[next] as SheetEdit).column === col) next++;
    } else out += rAt >= 0 ? xml : xml.replace(/^<c\b/, `<c r="${columnLetters(col)}${row}"`);
    mark(col);
    pos = end;
  }
  const tail = body.slice(pos);
  let rest = "";
  while (next < edits.length) {
    const e = edits[next++] as SheetEdit;
    rest += newCell(e, undefined);
    mark(e.column);
    differs = true;
  }
  // New cells go after the last cell but before anything else the row holds (an extLst).
  const extAt = tail.indexOf("<extLst");
  out += extAt < 0 ? rest + tail : tail.slice(0, extAt) + rest + tail.slice(extAt);
  return { body: out, differs, min: min === Infinity ? 1 : min, max: max === 0 ? 1 : max };
}

/** Where new conditional formats go: after the last one, else before the first later element present. */
function cfInsertAt(xml: string, dataEnd: number): number {
  const last = xml.lastIndexOf("</conditionalFormatting>");
  if (last > dataEnd) return last + "</conditionalFormatting>".length;
  const re = new RegExp(`<(?:${AFTER_CF.join("|")})(?=[\\s/>])`, "g");
  re.lastIndex = dataEnd;
  const m = re.exec(xml);
  return m ? m.index : xml.lastIndexOf("</worksheet>");
}

/** The style index of the cell at `column` in a row's XML, when it has one. */
function styleOfCell(body: string, column: number, row: number): number | undefined {
  const tag = new RegExp(`<c\\b[^>]*\\br="${columnLetters(column)}${row}"[^>]*>`).exec(body)?.[0];
  const s = tag === undefined ? undefined : / s="(\d+)"/.exec(tag)?.[1];
  return s === undefined ? undefined : Number(s);
}

export function patchSheet(
  xml: string,
  sheet: string,
  edits: SheetEdit[],
  styles: Styles,
  conditionalFormats: (xml: string) => ColourFormatting,
): PatchResult {
  const protection = /<sheetProtection\b[^>]*>/.exec(xml)?.[0];
  if (edits.length > 0 && protection !== undefined && /\bsheet="(?:1|true)"/.test(protection)) {
    throw new WorkbookWriteError(
      `sheet '${sheet}' is protected, so its status and DOT cells cannot be written: unprotect it in Excel (Review › Unprotect Sheet) and run again`,
    );
  }
  const source = xml;
  let dataStart = xml.indexOf("<sheetData");
  let dataEnd = xml.indexOf("</sheetData>");
  if (dataStart < 0) throw new WorkbookWriteError(`sheet '${sheet}' has no cell data part this tool can patch`);
  if (dataEnd < 0) {
    // `<sheetData/>`: open it up so rows can go in.
    const selfClosing = /<sheetData\b[^>]*\/>/.exec(xml.slice(dataStart));
    if (selfClosing === null) throw new WorkbookWriteError(`sheet '${sheet}' has a damaged cell data part`);
    xml =
      xml.slice(0, dataStart) +
      selfClosing[0].replace(/\/>$/, ">") +
      "</sheetData>" +
      xml.slice(dataStart + selfClosing[0].length);
    dataStart = xml.indexOf("<sheetData");
    dataEnd = xml.indexOf("</sheetData>");
  }
  const byRow = new Map<number, SheetEdit[]>();
  for (const e of edits) {
    const list = byRow.get(e.row) ?? [];
    list.push(e);
    byRow.set(e.row, list);
  }
  const existing = rowsWanted(xml, dataStart, dataEnd, new Set(byRow.keys()));
  const splices: { start: number; end: number; text: string }[] = [];
  let overwroteFormula = false;
  const rows: number[] = [];
  let area = parseRangeRef(attribute(/<dimension\b[^>]*>/.exec(xml)?.[0] ?? "", "ref") ?? "");
  const grow = (row: number, col: number) => {
    area =
      area === null
        ? { top: row, left: col, bottom: row, right: col }
        : {
            top: Math.min(area.top, row),
            left: Math.min(area.left, col),
            bottom: Math.max(area.bottom, row),
            right: Math.max(area.right, col),
          };
  };
  const newRows: { row: number; text: string }[] = [];
  for (const [row, rowEdits] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const span = existing.get(row);
    const rowXf =
      span !== undefined && span.open.includes("customFormat") && /\bcustomFormat="(?:1|true)"/.test(span.open)
        ? Number(attribute(span.open, "s") ?? 0)
        : 0;
    const newCell = (e: SheetEdit, old: CellSpan | undefined): string => {
      const ref = `${columnLetters(e.column)}${row}`;
      if (old !== undefined && old.body.includes("<f")) {
        const f = /<f\b[^>]*>/.exec(old.body)?.[0] ?? "";
        const fRef = attribute(f, "ref");
        if (/\bt="shared"/.test(f) && fRef !== undefined && fRef !== ref) {
          throw new WorkbookWriteError(
            `${sheet}!${ref} holds the first cell of a formula shared with ${fRef}; overwriting it would break the others: copy the formula into each cell in Excel, or let the tool write other columns`,
          );
        }
        if (/\bt="array"/.test(f) && fRef !== undefined && fRef !== ref) {
          throw new WorkbookWriteError(
            `${sheet}!${ref} is part of the array formula over ${fRef}, which cannot be partly overwritten`,
          );
        }
        if (f !== "") overwroteFormula = true;
      }
      const own = old === undefined ? rowXf : Number(/ s="(\d+)"/.exec(old.attrs)?.[1] ?? 0);
      // An added heading takes the look of the table's heading beside it.
      const base = e.styleFrom === undefined ? own : (styleOfCell(span?.body ?? "", e.styleFrom, row) ?? own);
      const change = styleChange(e);
      grow(row, e.column);
      return cellXml(ref, isNoChange(change) ? base : styles.styleFor(base, change), e.value);
    };
    const merged = mergeRow(
      span?.body ?? "",
      row,
      [...rowEdits].sort((x, y) => x.column - y.column),
      newCell,
    );
    if (!merged.differs) continue;
    rows.push(row);
    const { body, min, max } = merged;
    if (span === undefined) {
      newRows.push({ row, text: `<row r="${row}">${body}</row>` });
      continue;
    }
    let open = span.open.endsWith("/>") ? span.open.slice(0, -2) + ">" : span.open;
    if (!ROW_R.test(open)) open = withAttribute(open, "r", String(row));
    const spans = SPANS.exec(open);
    if (spans !== null) {
      const parts = (spans[1] as string).split(/[\s:]+/).map(Number);
      const lo = Math.min(min, ...parts);
      const hi = Math.max(max, ...parts);
      if (`${lo}:${hi}` !== spans[1]) open = open.replace(SPANS, ` spans="${lo}:${hi}"`);
    }
    splices.push({ start: span.start, end: span.end, text: `${open}${body}</row>` });
  }
  if (newRows.length > 0) {
    // New rows go before the first existing row below them, or at the end of sheetData.
    const re = /<row\b[^>]*?(\/?)>/g;
    re.lastIndex = dataStart;
    let pending = 0;
    let last = 0;
    let m: RegExpExecArray | null;
    while (pending < newRows.length && (m = re.exec(xml)) !== null && m.index < dataEnd) {
      const r = / r="(\d+)"/.exec(m[0]);
      const row = r ? Number(r[1]) : last + 1;
      last = row;
      let text = "";
      while (pending < newRows.length && (newRows[pending] as { row: number }).row < row)
        text += (newRows[pending++] as { text: string }).text;
      if (text !== "") splices.push({ start: m.index, end: m.index, text });
      const bodyStart = m.index + m[0].length;
      re.lastIndex = m[1] === "/" ? bodyStart : xml.indexOf("</row>", bodyStart) + 6;
    }
    const rest = newRows
      .slice(pending)
      .map((r) => r.text)
      .join("");
    if (rest !== "") splices.push({ start: dataEnd, end: dataEnd, text: rest });
  }
  const dimension = /<dimension\b[^>]*>/.exec(xml);
  if (dimension && area !== null) {
    const tag = withAttribute(dimension[0], "ref", rangeRef(area));
    if (tag !== dimension[0] && splices.length > 0)
      splices.push({ start: dimension.index, end: dimension.index + dimension[0].length, text: tag });
  }
  const cf = conditionalFormats(xml);
  for (const r of cf.remove) splices.push({ start: r.start, end: r.end, text: "" });
  if (cf.xml !== "") {
    const at = cfInsertAt(xml, dataEnd);
    splices.push({ start: at, end: at, text: cf.xml });
  }
  splices.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let pos = 0;
  for (const s of splices) {
    out += xml.slice(pos, s.start) + s.text;
    pos = s.end;
  }
  out += xml.slice(pos);
  return { xml: splices.length === 0 ? source : out, changed: splices.length > 0, overwroteFormula, rows };
}
