/**
 * The workbook's structure inside the zip: content types, relationships, and the sheets that
 * workbook.xml lists (name, id, part). Parts are inflated on demand and kept as text.
 */
import * as path from "node:path";
import { inflateEntry, readZip, ZipError, type ZipEntry } from "./zip";
import { attribute, attributes, findElement } from "./xml";

export const REL_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
export const REL_WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const REL_CHARTSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet";
const REL_SHARED_STRINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
const REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const REL_THEME = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";
const REL_CALC_CHAIN = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain";
const REL_TABLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const STRICT_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";

export interface Relationship {
  id: string;
  type: string;
  /** The target part's name inside the zip (no leading slash), or the target as written when external. */
  target: string;
  external: boolean;
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  rId: string;
  /** The part, e.g. `xl/worksheets/sheet1.xml`; null when the relationship is missing. */
  part: string | null;
  kind: "worksheet" | "chartsheet" | "other";
}

export interface XlsxPackage {
  file: string;
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
  workbookPart: string;
  sheets: SheetEntry[];
  sharedStringsPart: string | null;
  stylesPart: string | null;
  themePart: string | null;
  calcChainPart: string | null;
  /** Text of a part (cached), or null when the package lacks it. */
  text(part: string): string | null;
  rels(part: string): Relationship[];
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPartOf(part: string): string {
  const dir = path.posix.dirname(part);
  return `${dir === "." ? "" : dir + "/"}_rels/${path.posix.basename(part)}.rels`;
}

function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const dir = path.posix.dirname(fromPart);
  return path.posix.normalize(path.posix.join(dir === "." ? "" : dir, target)).replace(/^\.\//, "");
}

/** Part names in targets may be percent-encoded (`my%20sheet.xml`); a stray `%` is kept as written. */
function decodeTarget(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

export function parseRels(xml: string, fromPart: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const external = a["TargetMode"] === "External";
    const target = a["Target"] ?? "";
    out.push({
      id: a["Id"] ?? "",
      type: a["Type"] ?? "",
      target: external ? target : resolveTarget(fromPart, decodeTarget(target)),
      external,
    });
  }
  return out;
}

export function openPackage(file: string, bytes: Buffer): XlsxPackage {
  const entries = readZip(bytes);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const cache = new Map<string, string | null>();
  const text = (part: string): string | null => {
    if (cache.has(part)) return cache.get(part) ?? null;
    const entry = byName.get(part);
    const t =
      entry === undefined
        ? null
        : inflateEntry(entry)
            .toString("utf8")
            .replace(/^\uFEFF/, "");
    cache.set(part, t);
    return t;
  };
  const rels = (part: string): Relationship[] => {
    const xml = text(relsPartOf(part));
    return xml === null ? [] : parseRels(xml, part);
  };
  const root = rels("").find((r) => r.type === REL_OFFICE_DOCUMENT || r.type.endsWith("/officeDocument"));
  const workbookPart = root?.target ?? "xl/workbook.xml";
  const workbook = text(workbookPart);
  if (workbook === null) throw new ZipError("it has no workbook part", "not-workbook");
  if (workbook.includes(STRICT_NS) || root?.type.startsWith("http://purl.oclc.org")) {
    throw new ZipError(
      "it is saved as Strict Open XML, which this tool does not write: save it as an ordinary Excel Workbook (.xlsx)",
      "unsupported",
    );
  }
  if (/<[\w]+:workbook[\s>]/.test(workbook))
    throw new ZipError(
      "its workbook part uses a namespace prefix, which this tool does not write: open and save it in Excel first",
      "unsupported",
    );
  const wbRels = rels(workbookPart);
  const relById = new Map(wbRels.map((r) => [r.id, r]));
  const sheetsXml = findElement(workbook, "sheets")?.inner ?? "";
  const sheets: SheetEntry[] = [];
  for (const m of sheetsXml.matchAll(/<sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const rId = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
    const rel = relById.get(rId);
    const kind = rel?.type === REL_WORKSHEET ? "worksheet" : rel?.type === REL_CHARTSHEET ? "chartsheet" : "other";
    sheets.push({
      name: a["name"] ?? "",
      sheetId: Number(a["sheetId"] ?? 0),
      rId,
      part: rel && !rel.external ? rel.target : null,
      kind,
    });
  }
  const partOf = (type: string) => wbRels.find((r) => r.type === type && !r.external)?.target ?? null;
  return {
    file,
    entries,
    byName,
    workbookPart,
    sheets,
    sharedStringsPart: partOf(REL_SHARED_STRINGS),
    stylesPart: partOf(REL_STYLES),
    themePart: partOf(REL_THEME),
    calcChainPart: partOf(REL_CALC_CHAIN),
    text,
    rels,
  };
}

/** Table parts of a sheet, with their ranges and whether they show a header row. */
export function tablesOf(pkg: XlsxPackage, sheetPart: string): { part: string; ref: string; headerRows: number }[] {
  return pkg
    .rels(sheetPart)
    .filter((r) => r.type === REL_TABLE && !r.external)
    .flatMap((r) => {
      const xml = pkg.text(r.target);
      if (xml === null) return [];
      const open = /<table\b[^>]*>/.exec(xml)?.[0] ?? "";
      return [
        {
          part: r.target,
          ref: attribute(open, "ref") ?? "",
          headerRows: Number(attribute(open, "headerRowCount") ?? 1),
        },
      ];
    });
}

export { REL_CALC_CHAIN };
