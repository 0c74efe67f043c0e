/**
 * Where the restore point is kept: in the workbook's custom XML parts (ExcelApi 1.5), so it goes with the
 * file and, unlike a very hidden sheet (setting a sheet's visibility clears Excel's undo history on
 * Windows and Mac), keeping it clears nothing. A big point is split over several parts, each one request
 * under the 5 MB limit. What is read back is untrusted (anyone can edit a workbook's XML) and validated.
 * Several points are kept (one per write, the newest 10), each in its own set of parts marked with the
 * point's id; a point an earlier version kept (no id) is read as one more point.
 * Restore points that earlier versions kept in the very hidden sheet are still read (restore-sheet.ts).
 */
import * as z from "zod/mini";
import { RuleSetSchema, type RuleSet } from "./colour-rules";
import type { SavedRange } from "./restore";

export const RESTORE_NAMESPACE = "urn:kpi-scorecard:restore-point:1";
/** JSON characters per part: even if every one were escaped as &amp; the part stays under 5 MB. */
const PART_CHARS = 800_000;
const MAX_PARTS = 200;
/** Points kept: the oldest goes when a write would make one more. */
export const MAX_POINTS = 10;
/** The id of a point an earlier version kept, before points had ids. */
export const LEGACY_POINT = "earlier";

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
  /** Absent in points kept by earlier versions. */
  id: z.optional(z.string().check(z.regex(/^[\w-]{1,40}$/))),
  /** What the write changed, in the officer's terms. */
  change: z.optional(
    z.strictObject({
      period: z.nullable(z.string().check(z.maxLength(200))),
      statuses: z.number().check(z.int(), z.nonnegative()),
      dots: z.number().check(z.int(), z.nonnegative()),
      reports: z.number().check(z.int(), z.nonnegative()),
      /** The ledger's write this point undoes, so a restore takes it out of the record too. */
      writeId: z.optional(z.string().check(z.maxLength(80))),
    }),
  ),
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
    const id = point.id === undefined ? "" : ` point="${point.id}"`;
    return `<restorePoint xmlns="${RESTORE_NAMESPACE}"${id} part="${i + 1}" of="${count}">${piece}</restorePoint>`;
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

/** The point a part belongs to: its id, or LEGACY_POINT for a part an earlier version wrote. */
export function pointOf(xml: string): string {
  const head = /<(?:\w+:)?restorePoint\b([^>]*)>/.exec(xml)?.[1] ?? "";
  return /\bpoint="([\w-]{1,40})"/.exec(head)?.[1] ?? LEGACY_POINT;
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

/**
 * Add a point's parts, one request per part (each under the 5 MB limit); `withLast` queues more (the oldest
 * point's deletion) into the request of the last part, so they happen only once the new point is whole.
 */
export async function addPoint(context: Excel.RequestContext, point: StoredPoint, withLast: () => void): Promise<void> {
  const xmls = toParts(point);
  for (const [i, xml] of xmls.entries()) {
    context.workbook.customXmlParts.add(xml);
    if (i === xmls.length - 1) withLast();
    await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one request per part, each under the 5 MB limit
  }
}

export function toStored(
  saved: SavedRange[],
  savedAt: string,
  rules: RuleSet[],
  address: (s: SavedRange) => string,
  id?: string,
  change?: StoredPoint["change"],
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
    ...(id === undefined ? {} : { id }),
    ...(change === undefined ? {} : { change }),
  };
}
