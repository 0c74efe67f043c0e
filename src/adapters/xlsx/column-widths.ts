/**
 * Widths for the columns the plan adds to a user's sheet, so "Overall status" is not cut off. A column the
 * sheet already sizes (a <col> covering it) keeps the user's width.
 */
import { attribute } from "./xml";

export function withColumnWidths(xml: string, widths: { column: number; width: number }[]): string {
  const colsMatch = /<cols>([\s\S]*?)<\/cols>/.exec(xml);
  const existing = colsMatch === null ? [] : [...(colsMatch[1] ?? "").matchAll(/<col\b[^>]*\/>/g)].map((m) => m[0]);
  const covered = (c: number) =>
    existing.some((col) => Number(attribute(col, "min")) <= c && c <= Number(attribute(col, "max")));
  // Several tables on a sheet add the same columns: one width each, the widest.
  const widest = new Map<number, number>();
  for (const w of widths) widest.set(w.column, Math.max(w.width, widest.get(w.column) ?? 0));
  const added = [...widest]
    .map(([column, width]) => ({ column, width }))
    .filter((w) => !covered(w.column))
    .map((w) => ({
      min: w.column,
      xml: `<col min="${w.column}" max="${w.column}" width="${w.width}" customWidth="1"/>`,
    }));
  if (added.length === 0) return xml;
  // <col> elements in order of their columns, as the schema asks.
  const all = [...existing.map((col) => ({ min: Number(attribute(col, "min")), xml: col })), ...added].sort(
    (a, b) => a.min - b.min,
  );
  const cols = `<cols>${all.map((c) => c.xml).join("")}</cols>`;
  if (colsMatch !== null)
    return xml.slice(0, colsMatch.index) + cols + xml.slice(colsMatch.index + colsMatch[0].length);
  // No <cols> yet: it goes just before <sheetData>.
  const at = xml.indexOf("<sheetData");
  return at < 0 ? xml : xml.slice(0, at) + cols + xml.slice(at);
}
