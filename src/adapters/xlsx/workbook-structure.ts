/**
 * Changes to the package's structure: a new worksheet registered in workbook.xml, its relationships and
 * [Content_Types].xml (unique part name, rId, sheetId and name), and the calcChain dropped from all three.
 */
import * as path from "node:path";
import { relsPartOf, REL_CALC_CHAIN, REL_WORKSHEET, type XlsxPackage } from "./package";
import { WorkbookWriteError } from "./write-error";
import { escapeAttr } from "./xml";

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The structure parts being rewritten, as text; unchanged ones are copied from the source. */
export interface Structure {
  workbook: string;
  workbookRels: string;
  contentTypes: string;
  /** Parts to leave out of the written package. */
  dropped: Set<string>;
  /** New parts (name → text). */
  added: Map<string, string>;
}

export function startStructure(pkg: XlsxPackage): Structure {
  return {
    workbook: pkg.text(pkg.workbookPart) ?? "",
    workbookRels:
      pkg.text(relsPartOf(pkg.workbookPart)) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`,
    contentTypes: pkg.text("[Content_Types].xml") ?? "",
    dropped: new Set(),
    added: new Map(),
  };
}

/** Locked structure (Review › Protect Workbook): no sheet may be added. */
export function structureLocked(s: Structure): boolean {
  const tag = /<workbookProtection\b[^>]*>/.exec(s.workbook)?.[0];
  return tag !== undefined && /\blockStructure="(?:1|true)"/.test(tag);
}

/** Register a new worksheet part holding `xml`, named `name`, after the last sheet. Returns its part name. */
export function addWorksheet(pkg: XlsxPackage, s: Structure, name: string, xml: string): string {
  if (structureLocked(s)) {
    throw new WorkbookWriteError(
      `the workbook's structure is protected, so the ${name} sheet cannot be added: unprotect it in Excel (Review › Protect Workbook) and run again`,
    );
  }
  const taken = (p: string) => pkg.byName.has(p) || s.added.has(p);
  let n = 1;
  while (taken(`xl/worksheets/sheet${n}.xml`)) n++;
  const part = `xl/worksheets/sheet${n}.xml`;
  const ids = new Set([...s.workbookRels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let r = 1;
  while (ids.has(`rId${r}`)) r++;
  const rId = `rId${r}`;
  const sheetId =
    Math.max(0, ...[...s.workbook.matchAll(/<sheet\b[^>]*\bsheetId="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const prefix = new RegExp(`xmlns:(\\w+)="${REL_NS}"`).exec(s.workbook)?.[1];
  const idAttr = prefix === undefined ? `xmlns:r="${REL_NS}" r:id="${rId}"` : `${prefix}:id="${rId}"`;
  const sheetTag = `<sheet name="${escapeAttr(name)}" sheetId="${sheetId}" ${idAttr}/>`;
  if (s.workbook.includes("</sheets>")) s.workbook = s.workbook.replace("</sheets>", `${sheetTag}</sheets>`);
  else s.workbook = s.workbook.replace(/<sheets\s*\/>/, `<sheets>${sheetTag}</sheets>`);
  const target = path.posix.relative(path.posix.dirname(pkg.workbookPart), part);
  s.workbookRels = s.workbookRels.replace(
    "</Relationships>",
    `<Relationship Id="${rId}" Type="${REL_WORKSHEET}" Target="${target}"/></Relationships>`,
  );
  s.contentTypes = s.contentTypes.replace(
    "</Types>",
    `<Override PartName="/${part}" ContentType="${WORKSHEET_TYPE}"/></Types>`,
  );
  s.added.set(part, xml);
  return part;
}

/** Excel rebuilds the calculation chain when it is missing; a stale one (naming a formula gone) makes it repair the file. */
export function dropCalcChain(pkg: XlsxPackage, s: Structure): void {
  const part = pkg.calcChainPart;
  if (part === null) return;
  s.dropped.add(part);
  s.workbookRels = s.workbookRels.replace(new RegExp(`<Relationship\\b[^>]*Type="${REL_CALC_CHAIN}"[^>]*/>`), "");
  s.contentTypes = s.contentTypes.replace(
    new RegExp(`<Override\\b[^>]*PartName="/${part.replace(/[.]/g, "\\.")}"[^>]*/>`),
    "",
  );
}

/** The 0-based position of the sheet named `name` in workbook.xml's <sheets>, as localSheetId counts. */
export function sheetIndex(s: Structure, name: string): number {
  const names = [...s.workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
  return names.indexOf(escapeAttr(name));
}

/**
 * Set (or, with a null ref, remove) built-in names local to one sheet (_xlnm.Print_Titles, _xlnm._FilterDatabase),
 * replacing any the sheet had, so a refreshed report never carries two (Excel repairs a file that does).
 */
export function setSheetNames(s: Structure, localSheetId: number, names: { name: string; ref: string | null }[]): void {
  for (const { name, ref } of names) {
    const old = new RegExp(
      `<definedName\\b(?=[^>]*\\bname="${name.replace(/[.]/g, "\\.")}")(?=[^>]*\\blocalSheetId="${localSheetId}")[^>]*>[^<]*</definedName>`,
      "g",
    );
    s.workbook = s.workbook.replace(old, "");
    if (ref === null) continue;
    const hidden = name === "_xlnm._FilterDatabase" ? ' hidden="1"' : "";
    const tag = `<definedName name="${name}" localSheetId="${localSheetId}"${hidden}>${escapeAttr(ref)}</definedName>`;
    if (/<definedNames\s*\/>/.test(s.workbook))
      s.workbook = s.workbook.replace(/<definedNames\s*\/>/, `<definedNames>${tag}</definedNames>`);
    else if (s.workbook.includes("</definedNames>"))
      s.workbook = s.workbook.replace("</definedNames>", `${tag}</definedNames>`);
    else {
      // The schema's place: after <sheets> (and functionGroups, externalReferences), before calcPr.
      const after = ["</externalReferences>", "</functionGroups>", "</sheets>"].find((t) => s.workbook.includes(t));
      if (after !== undefined) s.workbook = s.workbook.replace(after, `${after}<definedNames>${tag}</definedNames>`);
    }
  }
  s.workbook = s.workbook.replace(/<definedNames>\s*<\/definedNames>/, "");
}
