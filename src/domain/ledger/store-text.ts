/**
 * The ledger as the XML text of the workbook's custom XML parts, and back. Reading never throws: no part is
 * an empty ledger; a damaged or hostile part is set aside with a warning in words, keeping whatever writes,
 * snapshots and overrides are still valid one by one, so nothing else is lost.
 */
import type { z } from "zod";
import { joinParts, splitParts } from "./parts";
import {
  EMPTY_LEDGER,
  LedgerSchema,
  MAX_OVERRIDES,
  MAX_SNAPSHOTS,
  MAX_WRITES,
  OverrideSchema,
  SnapshotSchema,
  WriteSchema,
  type Ledger,
} from "./schema";

export const LEDGER_NAMESPACE = "urn:kpi-scorecard:ledger:1";
export const LEDGER_ROOT = "ledger";
/** Characters of JSON read at most (200 parts of 800k): past that the part is not the tool's. */
const MAX_JSON = 160_000_000;

export function ledgerToParts(ledger: Ledger): string[] {
  return splitParts(LEDGER_ROOT, LEDGER_NAMESPACE, JSON.stringify(ledger));
}

export interface LedgerRead {
  ledger: Ledger;
  warning: string | null;
}

const DAMAGED = "The quarter-to-quarter record in this workbook is damaged and was set aside: ";

/** Whether a part's XML is one of the ledger's (the adapters find parts by namespace; this is for a file). */
export function isLedgerPart(xml: string): boolean {
  return xml.includes(LEDGER_NAMESPACE) && new RegExp(`<(?:\\w+:)?${LEDGER_ROOT}\\b`).test(xml);
}

export function readLedger(xmls: readonly string[]): LedgerRead {
  if (xmls.length === 0) return { ledger: EMPTY_LEDGER, warning: null };
  const json = joinParts(LEDGER_ROOT, xmls);
  if (json === null) return damaged("its parts are missing, out of order or not the tool's.");
  if (json.length > MAX_JSON) return damaged("it is far larger than the tool ever writes.");
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return damaged("it is not readable JSON.");
  }
  const parsed = LedgerSchema.safeParse(data);
  if (parsed.success) return { ledger: parsed.data, warning: null };
  return salvage(data, parsed.error);
}

function damaged(why: string): LedgerRead {
  return { ledger: EMPTY_LEDGER, warning: DAMAGED + why + " The statuses are judged as on a first run." };
}

/** Keep every element that is valid on its own; say how many were dropped and why (the first problem). */
function salvage(data: unknown, error: z.ZodError): LedgerRead {
  const first = error.issues[0];
  const where = first === undefined ? "" : ` (${first.path.join(".") || "the record"}: ${first.message})`;
  if (typeof data !== "object" || data === null || (data as { version?: unknown }).version !== 1)
    return damaged(`it is not version 1 of the record${where}.`);
  const d = data as Record<string, unknown>;
  let dropped = 0;
  const keep = <T>(value: unknown, schema: z.ZodType<T>, max: number): T[] => {
    if (!Array.isArray(value)) {
      if (value !== undefined) dropped++;
      return [];
    }
    const out: T[] = [];
    for (const item of value.slice(-max)) {
      const r = schema.safeParse(item);
      if (r.success) out.push(r.data);
      else dropped++;
    }
    dropped += Math.max(0, value.length - max);
    return out;
  };
  const ledger: Ledger = {
    version: 1,
    writes: keep(d.writes, WriteSchema, MAX_WRITES),
    history: keep(d.history, SnapshotSchema, MAX_SNAPSHOTS),
    overrides: keep(d.overrides, OverrideSchema, MAX_OVERRIDES),
  };
  const what = dropped === 1 ? "1 entry" : `${dropped} entries`;
  return {
    ledger,
    warning: `${DAMAGED}${what} could not be read${where}; the rest was kept.`,
  };
}
