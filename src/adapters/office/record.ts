/**
 * The workbook's quarter-to-quarter record, read with the sheet and written after a write: the ledger from its
 * custom XML parts (validated by the domain, a damaged one set aside with a warning in words), and the History
 * sheet's rows when the part holds no history (a workbook whose custom XML was stripped keeps its history).
 */
import {
  HISTORY_SHEET,
  LEDGER_NAMESPACE,
  ledgerToParts,
  readLedger,
  setAsideParts,
  type Ledger,
} from "../../domain/ledger";
import { queueLedgerParts, readLedgerXml, writeLedgerXml } from "./ledger-store";
import { readPartsXml } from "./custom-xml-parts";
import { readSheet } from "./read-sheet";
import type { WorkbookRecord } from "./results";
import type { Supports } from "./api-sets";

/** The record's parts and the History sheet, queued to load at the caller's next sync. */
export function queueRecord(context: Excel.RequestContext): {
  parts: Excel.CustomXmlPartScopedCollection;
  sheet: Excel.Worksheet;
} {
  return {
    parts: queueLedgerParts(context),
    sheet: context.workbook.worksheets.getItemOrNullObject(HISTORY_SHEET).load("name"),
  };
}

/** The record, once its queued parts are loaded: one sync per part, and one read of the History sheet if needed. */
export async function finishRecord(
  context: Excel.RequestContext,
  queued: ReturnType<typeof queueRecord>,
  supports: Supports,
): Promise<WorkbookRecord> {
  const { ledger, warning } = readLedger(await readPartsXml(context, queued.parts));
  const history =
    ledger.history.length === 0 && !queued.sheet.isNullObject
      ? (await readSheet(context, { kind: "again", sheet: HISTORY_SHEET, area: null }, supports)).grid
      : null;
  return { ledger, warning, history };
}

export async function readRecord(context: Excel.RequestContext, supports: Supports): Promise<WorkbookRecord> {
  const queued = queueRecord(context);
  await context.sync();
  return finishRecord(context, queued, supports);
}

/**
 * Store the next ledger. A stored ledger that cannot be read whole is first kept word for word in set-aside parts
 * (added in the same request as the new ledger's first part), so replacing it loses nothing.
 */
export async function writeRecord(context: Excel.RequestContext, ledger: Ledger): Promise<void> {
  const stored = await readLedgerXml(context);
  if (stored.length > 0 && readLedger(stored).warning !== null)
    for (const xml of setAsideParts(stored, LEDGER_NAMESPACE, new Date().toISOString()))
      context.workbook.customXmlParts.add(xml);
  await writeLedgerXml(context, ledgerToParts(ledger));
}

/** The ledger without the writes a restore undid, nor the snapshots those writes published. */
export function withoutWrites(ledger: Ledger, ids: ReadonlySet<string>): Ledger {
  return {
    ...ledger,
    writes: ledger.writes.filter((w) => !ids.has(w.id)),
    history: ledger.history.filter((s) => !ids.has(s.writeId)),
  };
}
