/**
 * Where the quarter-to-quarter record (the ledger: what each write put where, the frozen history and the
 * overrides) is kept in Excel: the workbook's custom XML parts in its own namespace (ExcelApi 1.5), so it goes
 * with the file, as the CLI keeps it in the .xlsx. This file only moves the parts' XML; the domain turns it
 * into a ledger and validates it. A new ledger's parts are added before the old ones are deleted, in the same
 * request when it fits, so a write that fails never leaves the workbook with no ledger.
 */
import { LEDGER_NAMESPACE } from "../../domain/ledger";
import { CHUNK_BYTES } from "./blocks";
import { queuePartsIn, readPartsXml } from "./custom-xml-parts";

export { LEDGER_NAMESPACE };

/** The ledger's parts (their ids), loaded at the caller's next sync. */
export const queueLedgerParts = (context: Excel.RequestContext) => queuePartsIn(context, LEDGER_NAMESPACE);

/** Every ledger part's XML, in the workbook's order: one sync for the list, then one per part (each may be big). */
export async function readLedgerXml(context: Excel.RequestContext): Promise<string[]> {
  const parts = queueLedgerParts(context);
  await context.sync();
  return readPartsXml(context, parts);
}

/**
 * Replace the ledger's parts with `xmls`. The new parts go first; the old ones are deleted in the request that
 * adds the last new part. If a request fails part-way, the new parts already added are taken out again, so
 * the old ledger is what the workbook keeps.
 */
export async function writeLedgerXml(context: Excel.RequestContext, xmls: string[]): Promise<void> {
  const old = queueLedgerParts(context);
  await context.sync();
  const added: Excel.CustomXmlPart[] = [];
  let bytes = 0;
  try {
    for (const [i, xml] of xmls.entries()) {
      if (bytes > 0 && bytes + xml.length > CHUNK_BYTES) {
        await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one request per few parts, each under the 5 MB limit
        bytes = 0;
      }
      added.push(context.workbook.customXmlParts.add(xml));
      bytes += xml.length;
      if (i === xmls.length - 1) for (const part of old.items) part.delete();
    }
    if (xmls.length === 0) for (const part of old.items) part.delete();
    await context.sync();
  } catch (err) {
    for (const part of added) part.delete();
    await context.sync().catch(() => undefined);
    throw err;
  }
}
