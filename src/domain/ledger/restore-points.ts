/**
 * Restore points, more than one (each write's, newest first, capped at 10), kept in their own namespace so a
 * big point never bloats the ledger. Each point is one set of custom XML parts whose JSON is exactly the
 * StoredPoint of src/adapters/office/restore-store.ts; the point's id and what it changed ride on the parts'
 * root attributes (`point`, `label`), so a point written by either face is read by the other. Parts of an
 * earlier version (no `point` attribute) are one point.
 */
import { z } from "zod";
import { readPiece, splitParts, unescapeXml } from "./parts";
import { MONTH_SHORT } from "../layout/period-words";

export const RESTORE_NAMESPACE = "urn:kpi-scorecard:restore-point:1";
export const RESTORE_ROOT = "restorePoint";
export const MAX_RESTORE_POINTS = 10;

const scalar = z.union([z.string().max(32_767), z.number(), z.boolean(), z.null()]);
const matrix = z.array(z.array(scalar).max(16_384)).max(1_048_576);
const range = /^[A-Z]{1,3}\d{1,7}(:[A-Z]{1,3}\d{1,7})?$/;

/** The JSON of a point: the same shape as the Office adapter's StoredPoint (it parses either's). */
export const StoredPointSchema = z.strictObject({
  version: z.literal(1),
  savedAt: z.string().max(40),
  sheet: z.string().max(31),
  cells: z.number().int().nonnegative(),
  ranges: z.array(
    z.strictObject({
      sheet: z.string().min(1).max(31),
      address: z.string().regex(range),
      formulas: matrix,
      numberFormat: matrix,
      written: matrix.optional(),
    }),
  ),
  rules: z.array(
    z.strictObject({
      sheet: z.string().min(1).max(31),
      address: z.string().regex(range),
      what: z.enum(["status", "dot", "header"]),
      rules: z
        .array(z.tuple([z.string().max(100), z.string().regex(/^#[0-9A-Fa-f]{6}$/)]))
        .max(20)
        .optional(),
      ids: z.array(z.string().max(200)).max(20).optional(),
    }),
  ),
});

export type StoredPoint = z.infer<typeof StoredPointSchema>;

export interface RestorePointEntry {
  /** Unique among the workbook's points; "earlier" for a point an earlier version kept. */
  id: string;
  /** What the write changed: "Q2 Jul - Sep 2023/24 write, 31 statuses, 31 DOTs, 2 report sheets, 02 Dec 14:10". */
  label: string;
  point: StoredPoint;
  /** What the write changed, as figures, and the ledger's id of the write (restoring the point takes it out). */
  change?: { period: string | null; statuses: number; dots: number; reports: number; writeId?: string };
}

const EARLIER = "earlier";

export function restorePointToParts(entry: RestorePointEntry): string[] {
  const c = entry.change;
  return splitParts(RESTORE_ROOT, RESTORE_NAMESPACE, JSON.stringify(entry.point), {
    point: entry.id.slice(0, 80),
    label: entry.label.slice(0, 200),
    ...(c === undefined
      ? {}
      : {
          ...(c.period === null ? {} : { period: c.period.slice(0, 120) }),
          statuses: String(c.statuses),
          dots: String(c.dots),
          reports: String(c.reports),
          ...(c.writeId === undefined ? {} : { write: c.writeId.slice(0, 80) }),
        }),
  });
}

/** Which point a part belongs to (its id), or null when the part is not a restore point's. */
export function restorePointIdOf(xml: string): string | null {
  const piece = readPiece(RESTORE_ROOT, xml);
  return piece === null ? null : (piece.attributes.point ?? EARLIER);
}

/** Every readable point, newest first. A damaged point is left out with a warning; the others are kept. */
export function readRestorePoints(xmls: readonly string[]): { points: RestorePointEntry[]; warning: string | null } {
  const groups = new Map<string, { label: string; pieces: { part: number; of: number; text: string }[] }>();
  let damaged = 0;
  for (const xml of xmls) {
    const piece = readPiece(RESTORE_ROOT, xml);
    if (piece === null) {
      damaged++;
      continue;
    }
    const id = piece.attributes.point ?? EARLIER;
    const group = groups.get(id) ?? { label: piece.attributes.label ?? "", pieces: [] };
    group.pieces.push(piece);
    groups.set(id, group);
  }
  const points: RestorePointEntry[] = [];
  for (const [id, { label, pieces }] of groups) {
    pieces.sort((a, b) => a.part - b.part);
    if (pieces.some((p, i) => p.part !== i + 1 || p.of !== pieces.length)) {
      damaged++;
      continue;
    }
    try {
      const parsed = StoredPointSchema.safeParse(JSON.parse(unescapeJoined(pieces.map((p) => p.text))));
      if (parsed.success) points.push({ id, label: label || describeStored(parsed.data), point: parsed.data });
      else damaged++;
    } catch {
      damaged++;
    }
  }
  // Newest first; of two saved in the same instant, the one whose parts come later (added later) first.
  const order = new Map(points.map((p, i) => [p.id, i]));
  points.sort((a, b) =>
    a.point.savedAt < b.point.savedAt
      ? 1
      : a.point.savedAt > b.point.savedAt
        ? -1
        : (order.get(b.id) ?? 0) - (order.get(a.id) ?? 0),
  );
  const warning =
    damaged === 0
      ? null
      : `${damaged === 1 ? "A restore point" : `${damaged} restore points`} in this workbook could not be read and ${damaged === 1 ? "was" : "were"} set aside; the others are kept.`;
  return { points, warning };
}

const unescapeJoined = (texts: string[]) => unescapeXml(texts.join(""));

/** The points to keep after adding `entry`: it first, then the newest others, 10 in all. */
export function keepNewest(points: readonly RestorePointEntry[], entry: RestorePointEntry): RestorePointEntry[] {
  return [entry, ...points.filter((p) => p.id !== entry.id)].slice(0, MAX_RESTORE_POINTS);
}

/** "02 Dec 14:10" (UTC) from an ISO time, or the text as given when it is not one. */
export function shortTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getUTCDate())} ${MONTH_SHORT[d.getUTCMonth()]} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a write changed, in words. */
export function restorePointLabel(w: {
  period: string;
  statuses: number;
  dots: number;
  reportSheets: number;
  at: string;
  face?: "cli" | "pane";
}): string {
  const parts = [
    `${w.period === "" ? "A" : w.period} write`,
    plural(w.statuses, "status", "statuses"),
    plural(w.dots, "DOT", "DOTs"),
    ...(w.reportSheets === 0 ? [] : [plural(w.reportSheets, "report sheet", "report sheets")]),
    shortTime(w.at),
  ];
  return parts.join(", ") + (w.face === "cli" ? " (command line)" : "");
}

function describeStored(p: StoredPoint): string {
  return `${plural(p.cells, "cell", "cells")} on ${p.sheet || "the workbook"}, ${shortTime(p.savedAt)}`;
}
