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
import {
  joinParts,
  MAX_RESTORE_POINTS,
  readPiece,
  RESTORE_NAMESPACE,
  RESTORE_ROOT,
  restorePointIdOf,
  restorePointToParts,
  shortTime,
  splitParts,
} from "../../domain/ledger";
import type { RestoreChange } from "./results";
import { queuePartsIn } from "./custom-xml-parts";
import { RuleSetSchema, type RuleSet } from "./colour-rules";
import type { SavedRange } from "./restore";

export { RESTORE_NAMESPACE };
/** Points kept: the oldest goes when a write would make one more. */
export const MAX_POINTS = MAX_RESTORE_POINTS;
/** The id of a point an earlier version kept, before points had ids (as the domain names it). */
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
});

export type StoredPoint = z.infer<typeof StoredSchema>;

/** A point's id and what it changed, on its parts' root attributes (the JSON is the same for both faces). */
export interface PointMeta {
  id: string;
  /** What the write changed, in the words both faces use ("Q2 … write, 31 statuses, 31 DOTs, 02 Dec 14:10"). */
  label: string;
  /** The same, as figures; null for a point whose parts do not say (an earlier version's, or the CLI's). */
  change: RestoreChange | null;
}

const count = (v: string | undefined) => (v !== undefined && /^\d{1,7}$/.test(v) ? Number(v) : null);

/** The point as the XML of its parts, in order. */
export function toParts(point: StoredPoint, meta?: PointMeta): string[] {
  if (meta === undefined) return splitParts(RESTORE_ROOT, RESTORE_NAMESPACE, JSON.stringify(point), {});
  // The domain writes the root attributes, so a point reads the same whichever face wrote it.
  return restorePointToParts({
    id: meta.id,
    label: meta.label,
    point,
    ...(meta.change === null ? {} : { change: meta.change }),
  });
}

/** The point the parts hold, or null when they are missing, out of order or damaged. */
export function fromParts(xmls: string[]): StoredPoint | null {
  const json = joinParts(RESTORE_ROOT, xmls);
  if (json === null) return null;
  try {
    const parsed = StoredSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The point a part belongs to: its id, or LEGACY_POINT for a part an earlier version wrote. */
export function pointOf(xml: string): string {
  return restorePointIdOf(xml) ?? LEGACY_POINT;
}

/** A point's id, words and figures from its first part's attributes; the words made from the point when absent. */
export function metaOf(xml: string, stored: StoredPoint): PointMeta {
  const a = readPiece(RESTORE_ROOT, xml)?.attributes ?? {};
  const [statuses, dots, reports] = [count(a.statuses), count(a.dots), count(a.reports)];
  const change =
    statuses === null || dots === null || reports === null
      ? null
      : {
          period: a.period ?? null,
          statuses,
          dots,
          reports,
          ...(a.write === undefined ? {} : { writeId: a.write }),
        };
  const cells = `${stored.cells} ${stored.cells === 1 ? "cell" : "cells"}`;
  return {
    id: a.point ?? LEGACY_POINT,
    label: (a.label ?? "") || `${cells} on ${stored.sheet || "the workbook"}, ${shortTime(stored.savedAt)}`,
    change,
  };
}

/** The parts that hold the restore point, loaded (their ids) at the caller's next sync. */
export const queueParts = (context: Excel.RequestContext) => queuePartsIn(context, RESTORE_NAMESPACE);

/**
 * Add a point's parts, one request per part (each under the 5 MB limit); `withLast` queues more (the oldest
 * point's deletion) into the request of the last part, so they happen only once the new point is whole.
 */
export async function addPoint(
  context: Excel.RequestContext,
  point: StoredPoint,
  meta: PointMeta,
  withLast: () => void,
): Promise<void> {
  const xmls = toParts(point, meta);
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
