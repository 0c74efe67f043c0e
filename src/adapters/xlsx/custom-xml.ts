/**
 * The workbook's custom XML parts, as Excel stores them (ExcelApi 1.5's `workbook.customXmlParts`):
 * `customXml/itemN.xml` holding the XML, its properties part `customXml/itemPropsN.xml` (a datastoreItem with
 * an item id and the schema's namespace) tied to it by `customXml/_rels/itemN.xml.rels`, the workbook's
 * relationship of type customXml to the item, and the [Content_Types].xml override for the properties part.
 * Parts are found by their root element's namespace, as Office.js's getByNamespace does. Replacing the parts of
 * one namespace drops exactly those and adds new ones; every other part of the package stays as it was.
 */
import { randomUUID } from "node:crypto";
import * as path from "node:path";
import { relsPartOf, type XlsxPackage } from "./package";
import type { Structure } from "./workbook-structure";
import { escapeAttr } from "./xml";

export const REL_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_CUSTOM_XML_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const DS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>';
/** More than the tool ever writes; past it a package is not read for parts (a hostile file). */
const MAX_PART_CHARS = 6_000_000;

export interface CustomXmlPart {
  /** `customXml/item1.xml` */
  part: string;
  /** The workbook relationship's id. */
  relId: string;
  xml: string;
}

/** The namespace of an XML document's root element (its default `xmlns`), or null. */
export function rootNamespace(xml: string): string | null {
  const root = /<(?![?!])([\w:.-]+)\b([^>]*)>/.exec(xml);
  if (root === null) return null;
  const name = root[1] ?? "";
  const prefix = name.includes(":") ? name.slice(0, name.indexOf(":")) : null;
  const attr = prefix === null ? /\bxmlns="([^"]*)"/ : new RegExp(`\\bxmlns:${prefix}="([^"]*)"`);
  return attr.exec(root[2] ?? "")?.[1] ?? null;
}

/** More parts than a workbook of the tool's ever holds (the ledger's and 10 restore points'). */
const MAX_PARTS_READ = 1_000;

/** Every custom XML part the workbook relates to, in the order of its relationships (a hostile count is cut). */
export function customXmlParts(pkg: XlsxPackage): CustomXmlPart[] {
  return pkg
    .rels(pkg.workbookPart)
    .filter((r) => r.type === REL_CUSTOM_XML && !r.external)
    .slice(0, MAX_PARTS_READ)
    .flatMap((r) => {
      const entry = pkg.byName.get(r.target);
      if (entry === undefined || entry.size > MAX_PART_CHARS * 4) return [];
      const xml = pkg.text(r.target);
      return xml === null || xml.length > MAX_PART_CHARS ? [] : [{ part: r.target, relId: r.id, xml }];
    });
}

/** The XML of the parts whose root element is in `namespace`. */
export function partsInNamespace(pkg: XlsxPackage, namespace: string): CustomXmlPart[] {
  return customXmlParts(pkg).filter((p) => rootNamespace(p.xml) === namespace);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Take one part out: the item, its properties and their relationships, the workbook's relationship, the override. */
function dropPart(pkg: XlsxPackage, s: Structure, p: CustomXmlPart): void {
  s.dropped.add(p.part);
  const itemRels = relsPartOf(p.part);
  for (const r of pkg.rels(p.part))
    if (r.type === REL_CUSTOM_XML_PROPS && !r.external) {
      s.dropped.add(r.target);
      s.contentTypes = s.contentTypes.replace(
        new RegExp(`<Override\\b[^>]*PartName="/${escapeRe(r.target)}"[^>]*/>`),
        "",
      );
    }
  if (pkg.byName.has(itemRels)) s.dropped.add(itemRels);
  s.workbookRels = s.workbookRels.replace(new RegExp(`<Relationship\\b[^>]*\\bId="${escapeRe(p.relId)}"[^>]*/>`), "");
}

function freeNumber(pkg: XlsxPackage, s: Structure): number {
  const used = (n: number) =>
    [`customXml/item${n}.xml`, `customXml/itemProps${n}.xml`].some(
      (p) => (pkg.byName.has(p) && !s.dropped.has(p)) || s.added.has(p),
    );
  let n = 1;
  while (used(n)) n++;
  return n;
}

function freeRelId(s: Structure): string {
  const ids = new Set([...s.workbookRels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let r = 1;
  while (ids.has(`rId${r}`)) r++;
  return `rId${r}`;
}

/** Add one part holding `xml` (its root in `namespace`), registered as Excel registers one. */
export function addPart(pkg: XlsxPackage, s: Structure, namespace: string, xml: string): string {
  const n = freeNumber(pkg, s);
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  s.added.set(item, xml.startsWith("<?xml") ? xml : `${XML_DECLARATION}${xml}`);
  s.added.set(
    props,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{${randomUUID().toUpperCase()}}" xmlns:ds="${DS_NS}"><ds:schemaRefs><ds:schemaRef ds:uri="${escapeAttr(namespace)}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  s.added.set(
    relsPartOf(item),
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
  );
  const target = path.posix.relative(path.posix.dirname(pkg.workbookPart), item);
  s.workbookRels = s.workbookRels.replace(
    "</Relationships>",
    `<Relationship Id="${freeRelId(s)}" Type="${REL_CUSTOM_XML}" Target="${target}"/></Relationships>`,
  );
  let types = s.contentTypes.replace(
    "</Types>",
    `<Override PartName="/${props}" ContentType="${PROPS_TYPE}"/></Types>`,
  );
  // The item itself is typed by the package's default for .xml; a package without one gets it.
  if (!/<Default\b[^>]*Extension="xml"/i.test(types))
    types = types.replace("</Types>", '<Default Extension="xml" ContentType="application/xml"/></Types>');
  s.contentTypes = types;
  return item;
}

/**
 * Replace the parts of `namespace` that `drop` selects (all of them by default) with new parts holding `xmls`:
 * the first ones are rewritten in place (same part, relationship and item id, so a re-run changes only their
 * text), the rest added or dropped. Returns the parts rewritten in place, name → text.
 */
export function replaceParts(
  pkg: XlsxPackage,
  s: Structure,
  namespace: string,
  xmls: readonly string[],
  drop: (p: CustomXmlPart) => boolean = () => true,
): Map<string, string> {
  const rewritten = new Map<string, string>();
  const old = partsInNamespace(pkg, namespace).filter(drop);
  old.forEach((p, i) => {
    const xml = xmls[i];
    if (xml === undefined) dropPart(pkg, s, p);
    else rewritten.set(p.part, xml.startsWith("<?xml") ? xml : `${XML_DECLARATION}${xml}`);
  });
  for (const xml of xmls.slice(old.length)) addPart(pkg, s, namespace, xml);
  return rewritten;
}
