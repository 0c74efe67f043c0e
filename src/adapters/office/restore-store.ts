/**
 * Where the restore point is kept: in the workbook's custom XML parts (ExcelApi 1.5), so it goes with the
 * file and, unlike a very hidden sheet (setting a sheet's visibility clears Excel's undo history on
 * Windows and Mac), keeping it clears nothing. A big point is split over several parts, each one request
 * under the 5 MB limit. What is read back is untrusted (anyone can edit a workbook's XML) and validated.
 * Restore points that earlier versions kept in the very hidden sheet are still read (restore-sheet.ts).
 */
import * as z from "zod/mini";
import { RuleSetSchema, type RuleSet } from "./colour-rules";
import type { SavedRange } from "./restore";

export const RESTORE_NAMESPACE = "urn:kpi-scorecard:restore-point:1";
/** JSON characters per part: even if every one were escaped as &amp; the part stays under 5 MB. */
const PART_CHARS = 800_000;
const MAX_PARTS = 200;

const matrix = z.array(z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])));

const StoredSchema = z.strictObject({
  version: z.literal(1),
  savedAt: z.string().check(z.maxLength(40)),
  sheet: z.string().check(z.maxLength(31)),
  cells: z.number().check(z.int(), z.nonnegative()),
  ranges: z.array(
    z.strictObject({
      sheet: z.string().check(z.minLength(1), z.maxLength(31)),
      address: z.string().check(z.regex(/^[A-Z]{1,3}\d{1,7}(:[A-Z]{1,3}\d{1,7})?$/)),
      formulas: matrix,
      numberFormat: matrix,
      written: z.optional(matrix),
    }),
  ),
  rules: z.array(RuleSetSchema),
});

export type StoredPoint = z.infer<typeof StoredSchema>;

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The point as the XML of its parts, in order. */
export function toParts(point: StoredPoint): string[] {
  const json = JSON.stringify(point);
  const count = Math.max(1, Math.ceil(json.length / PART_CHARS));
  return Array.from({ length: count }, (_, i) => {
    const piece = escape(json.slice(i * PART_CHARS, (i + 1) * PART_CHARS));
    return `<restorePoint xmlns="${RESTORE_NAMESPACE}" part="${i + 1}" of="${count}">${piece}</restorePoint>`;
  });
}

/** The point the parts hold, or null when they are missing, out of order or damaged. */
export function fromParts(xmls: string[]): StoredPoint | null {
  if (xmls.length === 0 || xmls.length > MAX_PARTS) return null;
  const pieces: { part: number; of: number; text: string }[] = [];
  for (const xml of xmls) {
    const m =
      /<(?:\w+:)?restorePoint\b[^>]*\bpart="(\d+)"[^>]*\bof="(\d+)"[^>]*>([\s\S]*)<\/(?:\w+:)?restorePoint>/.exec(xml);
    if (m === null) return null;
    pieces.push({ part: Number(m[1]), of: Number(m[2]), text: m[3] ?? "" });
  }
  pieces.sort((a, b) => a.part - b.part);
  if (pieces.some((p, i) => p.part !== i + 1 || p.of !== pieces.length)) return null;
  try {
    const parsed = StoredSchema.safeParse(JSON.parse(unescape(pieces.map((p) => p.text).join(""))));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The parts that hold the restore point, loaded (their ids) at the caller's next sync. */
export function queueParts(context: Excel.RequestContext): Excel.CustomXmlPartScopedCollection {
  const parts = context.workbook.customXmlParts.getByNamespace(RESTORE_NAMESPACE);
  parts.load("id");
  return parts;
}

/** Read the parts' XML: one sync per part, since each may be near the response limit. */
export async function readParts(
  context: Excel.RequestContext,
  parts: Excel.CustomXmlPartScopedCollection,
): Promise<string[]> {
  const xmls: string[] = [];
  for (const part of parts.items) {
    const xml = part.getXml();
    await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one response per part, each under the 5 MB limit
    xmls.push(xml.value); // eslint-disable-line office-addins/load-object-before-read -- a ClientResult has its value after the sync, with no load
  }
  return xmls;
}

/** Replace the restore point: the old parts go with the first new one, then one request per further part. */
export async function writeParts(
  context: Excel.RequestContext,
  old: Excel.CustomXmlPartScopedCollection,
  point: StoredPoint,
): Promise<void> {
  for (const part of old.items) part.delete();
  for (const xml of toParts(point)) {
    context.workbook.customXmlParts.add(xml);
    await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one request per part, each under the 5 MB limit
  }
}

export function toStored(
  saved: SavedRange[],
  savedAt: string,
  rules: RuleSet[],
  address: (s: SavedRange) => string,
): StoredPoint {
  const cells = saved.reduce((n, s) => n + s.formulas.length * (s.formulas[0]?.length ?? 0), 0);
  const m = (x: unknown[][]) => x as (string | number | boolean | null)[][];
  return {
    version: 1,
    savedAt,
    sheet: saved[0]?.sheet ?? rules[0]?.sheet ?? "",
    cells,
    ranges: saved.map((s) => ({
      sheet: s.sheet,
      address: address(s),
      formulas: m(s.formulas),
      numberFormat: m(s.numberFormat),
      ...(s.written === undefined ? {} : { written: m(s.written) }),
    })),
    rules: rules.map((r) => ({ sheet: r.sheet, address: r.address, what: r.what, rules: r.rules })),
  };
}
