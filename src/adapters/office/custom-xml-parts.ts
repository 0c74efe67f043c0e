/**
 * The workbook's custom XML parts of one namespace (ExcelApi 1.5), listed and read: shared by the ledger's store
 * and the restore points' store, which differ only in their namespace and in how they write.
 */

/** The namespace's parts (their ids), loaded at the caller's next sync. */
export function queuePartsIn(context: Excel.RequestContext, namespace: string): Excel.CustomXmlPartScopedCollection {
  const parts = context.workbook.customXmlParts.getByNamespace(namespace);
  parts.load("id");
  return parts;
}

/** The loaded parts' XML: one sync per part, since each may be near the response limit. */
export async function readPartsXml(
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
