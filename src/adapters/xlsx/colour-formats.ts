/**
 * The plan's colour rules as `<conditionalFormatting>` elements: "contains text" rules testing each cell's own
 * text, with the texts and fills the plan gives each run (the Office adapter adds the same), so both faces
 * colour alike and a colour follows when an officer types another symbol. Priorities are unique in the sheet.
 */
import { FILL_COLOURS, type ColourRange } from "../../domain/plan/workbook-plan";
import { columnLetters } from "../../domain/sheet/a1";
import { rangeRef } from "./cell-ref";
import { escapeAttr, escapeText } from "./xml";

/** Where the cells end: the conditional formats live after them (scanning only that keeps big sheets fast). */
function cellsEnd(sheetXml: string): number {
  return Math.max(0, sheetXml.lastIndexOf("</sheetData>"));
}

/** The highest rule priority in a sheet, its extLst (x14) rules included. */
function maxPriority(tail: string): number {
  let max = 0;
  for (const m of tail.matchAll(/<(?:x14:)?cfRule\b[^>]*\bpriority="(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max;
}

interface Existing {
  body: string;
  start: number;
  end: number;
}

/** The sheet's conditional formats by sqref, with where each sits in the part. */
function existingFormats(sheetXml: string, from: number): Map<string, Existing[]> {
  const out = new Map<string, Existing[]>();
  const re = /<conditionalFormatting\b[^>]*\bsqref="([^"]*)"[^>]*>([\s\S]*?)<\/conditionalFormatting>/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sheetXml)) !== null) {
    const list = out.get(m[1] as string) ?? [];
    list.push({ body: m[2] ?? "", start: m.index, end: m.index + m[0].length });
    out.set(m[1] as string, list);
  }
  return out;
}

const hasRule = (body: string, text: string) => body.includes(`text="${escapeAttr(text)}"`);

/** Only the add-in's rules, but not all of them (an officer deleted one): replaced whole, as the pane does. */
function partialSet(body: string, rules: [string, string][]): boolean {
  const found = [...body.matchAll(/<cfRule\b[^>]*>/g)].map((m) => m[0]);
  return (
    found.length > 0 &&
    found.every(
      (tag) => /\btype="containsText"/.test(tag) && rules.some(([text]) => tag.includes(`text="${escapeAttr(text)}"`)),
    )
  );
}

export interface ColourFormatting {
  /** The `<conditionalFormatting>` elements to add ("" when the sheet has them all already). */
  xml: string;
  /** Partial sets of the add-in's rules to take out (positions in the part). */
  remove: { start: number; end: number }[];
}

/** The colour rules to add to a sheet, and the add-in's partial sets they replace. */
export function colourFormattingXml(
  sheetXml: string,
  ranges: ColourRange[],
  dxfFor: (colour: string) => number,
): ColourFormatting {
  const from = cellsEnd(sheetXml);
  let priority = maxPriority(sheetXml.slice(from));
  const existing = existingFormats(sheetXml, from);
  let out = "";
  const remove: ColourFormatting["remove"] = [];
  for (const r of ranges) {
    if (r.lastRow < r.firstRow) continue;
    const sqref = rangeRef({ top: r.firstRow, left: r.column, bottom: r.lastRow, right: r.column });
    // The plan gives each run its rules (text → fill), as it gives the Office adapter's.
    const rules = r.rules.map(({ text, fill }): [string, string] => [text, FILL_COLOURS[fill]]);
    if (rules.length === 0) continue;
    const here = existing.get(sqref) ?? [];
    if (here.some((e) => rules.every(([text]) => hasRule(e.body, text)))) continue;
    for (const e of here) if (partialSet(e.body, rules)) remove.push({ start: e.start, end: e.end });
    existing.set(sqref, [
      ...here,
      { body: rules.map(([text]) => `text="${escapeAttr(text)}"`).join(""), start: -1, end: -1 },
    ]);
    const first = `${columnLetters(r.column)}${r.firstRow}`;
    out += `<conditionalFormatting sqref="${sqref}">`;
    for (const [text, colour] of rules) {
      const quoted = text.replace(/"/g, '""');
      out +=
        `<cfRule type="containsText" dxfId="${dxfFor(colour)}" priority="${++priority}" operator="containsText" text="${escapeAttr(text)}">` +
        `<formula>${escapeText(`NOT(ISERROR(SEARCH("${quoted}",${first})))`)}</formula></cfRule>`;
    }
    out += "</conditionalFormatting>";
  }
  return { xml: out, remove };
}
