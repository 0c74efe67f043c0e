/**
 * The colour rules of the status and DOT columns as `<conditionalFormatting>` elements: "contains text"
 * rules testing each cell's own text, the same texts and fills as the Office adapter's rules, so both faces
 * colour alike and a colour follows when an officer types another symbol. Priorities are unique in the sheet.
 */
import { DOT_ARROWS, DOT_WORDS, STATUS_SYMBOLS } from "../../domain/judging";
import { FILL_COLOURS, type ColourRange } from "../../domain/plan/workbook-plan";
import { columnLetters } from "../../domain/sheet/a1";
import { rangeRef } from "./cell-ref";
import { escapeAttr, escapeText } from "./xml";

export const COLOUR_RULES: Record<ColourRange["what"], [string, string][]> = {
  status: [
    [STATUS_SYMBOLS["on-target"], FILL_COLOURS.green],
    [STATUS_SYMBOLS["near-target"], FILL_COLOURS.amber],
    [STATUS_SYMBOLS["off-target"], FILL_COLOURS.red],
    [STATUS_SYMBOLS["in-development"], FILL_COLOURS.grey],
    [STATUS_SYMBOLS["not-applicable"], FILL_COLOURS.grey],
    [STATUS_SYMBOLS["not-available"], FILL_COLOURS.grey],
  ],
  dot: [
    [DOT_ARROWS.improved, FILL_COLOURS.green],
    [DOT_ARROWS.stable, FILL_COLOURS.amber],
    [DOT_ARROWS.worse, FILL_COLOURS.red],
    [DOT_WORDS.improved, FILL_COLOURS.green],
    [DOT_WORDS.stable, FILL_COLOURS.amber],
    [DOT_WORDS.worse, FILL_COLOURS.red],
  ],
};

/** Everything after the cells, where the conditional formats live (scanning only that keeps big sheets fast). */
function afterCells(sheetXml: string): string {
  const end = sheetXml.lastIndexOf("</sheetData>");
  return end < 0 ? sheetXml : sheetXml.slice(end);
}

/** The highest rule priority in a sheet, its extLst (x14) rules included. */
function maxPriority(tail: string): number {
  let max = 0;
  for (const m of tail.matchAll(/<(?:x14:)?cfRule\b[^>]*\bpriority="(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max;
}

/** The bodies of the sheet's conditional formats, by sqref. */
function existingFormats(tail: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of tail.matchAll(/<conditionalFormatting\b[^>]*\bsqref="([^"]*)"[^>]*>([\s\S]*?)<\/conditionalFormatting>/g)) {
    const list = out.get(m[1] as string) ?? [];
    list.push(m[2] ?? "");
    out.set(m[1] as string, list);
  }
  return out;
}

/** True when the sheet already has the add-in's full set of rules on exactly this range (a second run adds none). */
function alreadyThere(existing: Map<string, string[]>, sqref: string, rules: [string, string][]): boolean {
  return (existing.get(sqref) ?? []).some((body) => rules.every(([text]) => body.includes(`text="${escapeAttr(text)}"`)));
}

/** The `<conditionalFormatting>` elements to add to a sheet ("" when it has them all already). */
export function colourFormattingXml(sheetXml: string, ranges: ColourRange[], dxfFor: (colour: string) => number): string {
  const tail = afterCells(sheetXml);
  let priority = maxPriority(tail);
  const existing = existingFormats(tail);
  let out = "";
  for (const r of ranges) {
    if (r.lastRow < r.firstRow) continue;
    const sqref = rangeRef({ top: r.firstRow, left: r.column, bottom: r.lastRow, right: r.column });
    const rules = COLOUR_RULES[r.what];
    if (alreadyThere(existing, sqref, rules)) continue;
    existing.set(sqref, [...(existing.get(sqref) ?? []), rules.map(([text]) => `text="${escapeAttr(text)}"`).join("")]);
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
  return out;
}
