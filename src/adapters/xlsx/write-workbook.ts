/**
 * Apply a plan to an opened package and save it atomically: the only place the CLI writes. The edited rows
 * of the user's sheets, styles.xml (appended to), the report sheets and the structure parts that register
 * them are rewritten; every other zip entry is copied with its compressed bytes untouched.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { isReportTitle, type WorkbookPlan } from "../../domain/plan/workbook-plan";
import type { Grid } from "../../domain/sheet/grid";
import { parseRangeRef } from "./cell-ref";
import { colourFormattingXml } from "./colour-formats";
import { withColumnWidths } from "./column-widths";
import { relsPartOf, tablesOf, type XlsxPackage } from "./package";
import { filterRef, printAreaRef, printTitlesRef, reportSheetXml } from "./report-sheet";
import { patchSheet, type SheetEdit } from "./sheet-patcher";
import { withPictures } from "./pictures";
import { readStyles } from "./styles";
import {
  addWorksheet,
  dropCalcChain,
  setSheetNames,
  sheetIndex,
  startStructure,
  type Structure,
} from "./workbook-structure";
import { replaceParts, type CustomXmlPart } from "./custom-xml";
import { WorkbookWriteError } from "./write-error";
import { writeZip, type OutEntry } from "./zip";

export { WorkbookWriteError };

/** What a write changed, for tests and messages. */
export interface WriteSummary {
  bytes: Buffer;
  /** Parts rewritten or added. */
  parts: string[];
  /** Parts left out (a calcChain). */
  dropped: string[];
  /** Per user sheet, the rows rewritten. */
  rows: Map<string, number[]>;
}

function checkTables(pkg: XlsxPackage, sheet: string, part: string, edits: SheetEdit[]): void {
  for (const t of tablesOf(pkg, part)) {
    const area = parseRangeRef(t.ref);
    if (area === null || t.headerRows === 0) continue;
    const hit = edits.find((e) => e.row === area.top && e.column >= area.left && e.column <= area.right);
    if (hit !== undefined) {
      throw new WorkbookWriteError(
        `'${sheet}' row ${hit.row} is the header of the table ${t.ref}, whose column names this tool does not change: add the Status and DOT columns to the table in Excel and run again`,
      );
    }
  }
}

/** The part a report goes into: a sheet the tool owns (refreshed in place), or a new one whose name clashes with none. */
function reportPart(
  pkg: XlsxPackage,
  grids: Grid[],
  s: Structure,
  name: string,
  xml: string,
  taken: Set<string>,
): { part: string; name: string } {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name} (KPI${n === 2 ? "" : " " + (n - 1)})`;
    const lower = candidate.toLowerCase();
    if (taken.has(lower)) continue;
    // Excel's sheet names ignore case: a user's "summary" blocks "Summary" as surely as "Summary" does.
    const existing = pkg.sheets.find((sh) => sh.name.toLowerCase() === lower);
    if (existing === undefined) {
      taken.add(lower);
      return { part: addWorksheet(pkg, s, candidate, xml), name: candidate };
    }
    const grid = grids.find((g) => g.sheet === existing.name);
    if (existing.kind === "worksheet" && existing.part !== null && isReportTitle(grid?.values[0]?.[0])) {
      taken.add(lower);
      return { part: existing.part, name: existing.name };
    }
  }
}

/** CT_Workbook's children after calcPr, in schema order (ECMA-376 Part 1, §18.2.28; sml.xsd). */
const AFTER_CALC_PR = [
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/**
 * A calcPr asking Excel to calculate on opening, where the schema puts it: before the first later element the
 * workbook has (its extLst, say), not at the end, which Excel repairs by dropping it.
 */
function withCalcPr(workbook: string): string {
  const tag = '<calcPr fullCalcOnLoad="1"/>';
  // From </sheets> on: a workbookView before it may hold an extLst of its own.
  const later = new RegExp(`<(?:${AFTER_CALC_PR.join("|")})(?=[\\s/>])`, "g");
  later.lastIndex = Math.max(0, workbook.indexOf("</sheets>"));
  const at = later.exec(workbook);
  if (at !== null) return workbook.slice(0, at.index) + tag + workbook.slice(at.index);
  return workbook.replace(/<\/workbook>\s*$/, `${tag}</workbook>`);
}

/**
 * Custom XML parts to replace with the plan: those of `namespace` that `drop` selects (all by default) go,
 * and `xmls` are added (the ledger, a restore point).
 */
export interface PartChange {
  namespace: string;
  xmls: string[];
  drop?: (part: CustomXmlPart) => boolean;
}

export function applyPlan(pkg: XlsxPackage, grids: Grid[], plan: WorkbookPlan, parts: PartChange[] = []): WriteSummary {
  const stylesXml = pkg.stylesPart === null ? null : pkg.text(pkg.stylesPart);
  const styles = readStyles(stylesXml, pkg.themePart === null ? null : pkg.text(pkg.themePart));
  const s = startStructure(pkg);
  const changed = new Map<string, string>();
  const rows = new Map<string, number[]>();
  let overwroteFormula = false;
  let wroteFormula = false;

  const sheetNames = [...new Set([...plan.edits.map((e) => e.sheet), ...plan.colourRanges.map((r) => r.sheet)])];
  for (const name of sheetNames) {
    const sheet = pkg.sheets.find((sh) => sh.name === name && sh.kind === "worksheet");
    const xml = sheet?.part == null ? null : pkg.text(sheet.part);
    if (sheet?.part == null || xml === null) throw new Error(`the plan names a sheet the workbook lacks: ${name}`);
    const edits: SheetEdit[] = plan.edits.filter((e) => e.sheet === name).flatMap((e) => e.cells);
    wroteFormula ||= edits.some((e) => e.value.kind === "formula");
    checkTables(pkg, name, sheet.part, edits);
    const ranges = plan.colourRanges.filter((r) => r.sheet === name);
    const result = patchSheet(xml, name, edits, styles, (x) => colourFormattingXml(x, ranges, (c) => styles.dxfFor(c)));
    overwroteFormula ||= result.overwroteFormula;
    const widths = plan.addedColumns.filter((a) => a.sheet === name);
    const patched = widths.length === 0 ? result.xml : withColumnWidths(result.xml, widths);
    if (result.changed || patched !== result.xml) changed.set(sheet.part, patched);
    rows.set(name, result.rows);
  }

  const taken = new Set<string>();
  for (const report of plan.sheets) {
    wroteFormula ||= report.rows.some((r) => r.some((c) => c.value.kind === "formula"));
    const plain = reportSheetXml(report, styles);
    const { part, name } = reportPart(pkg, grids, s, report.name, plain, taken);
    const xml = withPictures({ pkg, s, changed }, part, name, report, plain);
    if (s.added.has(part)) s.added.set(part, xml);
    else if (pkg.text(part) !== xml) changed.set(part, xml);
    // Print area, print titles and the filter's range are names in workbook.xml, local to the sheet.
    const index = sheetIndex(s, name);
    if (index >= 0)
      setSheetNames(s, index, [
        { name: "_xlnm.Print_Area", ref: printAreaRef(name, report) },
        { name: "_xlnm.Print_Titles", ref: printTitlesRef(name, report) },
        { name: "_xlnm._FilterDatabase", ref: filterRef(name, report) },
      ]);
  }

  for (const change of parts)
    for (const [part, xml] of replaceParts(pkg, s, change.namespace, change.xmls, change.drop))
      if (pkg.text(part) !== xml) changed.set(part, xml);

  if (overwroteFormula) dropCalcChain(pkg, s);
  if (wroteFormula && !/<calcPr\b[^>]*fullCalcOnLoad="1"/.test(s.workbook)) {
    // The engine's formulas carry no cached result: ask Excel to calculate on opening.
    s.workbook = /<calcPr\b/.test(s.workbook)
      ? s.workbook.replace(/<calcPr\b/, '<calcPr fullCalcOnLoad="1"')
      : withCalcPr(s.workbook);
  }
  if (styles.changed()) {
    if (pkg.stylesPart === null) {
      s.added.set("xl/styles.xml", styles.serialise());
      s.workbookRels = s.workbookRels.replace(
        "</Relationships>",
        '<Relationship Id="rIdKpiStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
      );
      s.contentTypes = s.contentTypes.replace(
        "</Types>",
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
      );
    } else changed.set(pkg.stylesPart, styles.serialise());
  }
  const structure: [string, string][] = [
    [pkg.workbookPart, s.workbook],
    [relsPartOf(pkg.workbookPart), s.workbookRels],
    ["[Content_Types].xml", s.contentTypes],
  ];
  for (const [part, text] of structure) if (pkg.text(part) !== text) changed.set(part, text);

  const out: OutEntry[] = [];
  for (const entry of pkg.entries) {
    if (s.dropped.has(entry.name)) continue;
    const text = changed.get(entry.name);
    out.push(
      text === undefined ? { kind: "copy", entry } : { kind: "new", name: entry.name, data: Buffer.from(text, "utf8") },
    );
  }
  for (const [name, text] of changed)
    if (!pkg.byName.has(name)) out.push({ kind: "new", name, data: Buffer.from(text, "utf8") });
  for (const [name, text] of s.added) out.push({ kind: "new", name, data: Buffer.from(text, "utf8") });
  return { bytes: writeZip(out), parts: [...changed.keys(), ...s.added.keys()], dropped: [...s.dropped], rows };
}

const EXTENSIONS: [RegExp, string][] = [
  [/macroEnabledTemplate\.main\+xml/i, ".xltm"],
  [/macroEnabled\.main\+xml/i, ".xlsm"],
  [/template\.main\+xml/i, ".xltx"],
  [/sheet\.main\+xml/i, ".xlsx"],
];

/**
 * The copy keeps the package's type, so its name must say the same: Excel will not open a macro-enabled
 * package named .xlsx (nor an .xlsx named .xlsm). Refused before anything is written.
 */
export function checkTarget(pkg: XlsxPackage, target: string): void {
  const types = pkg.text("[Content_Types].xml") ?? "";
  const override =
    new RegExp(`<Override\\b[^>]*PartName="/${pkg.workbookPart.replace(/[.]/g, "\\.")}"[^>]*>`).exec(types)?.[0] ?? "";
  const wanted = EXTENSIONS.find(([re]) => re.test(override))?.[1];
  const given = path.extname(target).toLowerCase();
  if (wanted !== undefined && given !== wanted) {
    const what = wanted === ".xlsm" || wanted === ".xltm" ? "holds macros" : "holds no macros";
    throw new WorkbookWriteError(
      `${path.basename(pkg.file)} ${what}, so the copy must be named ${wanted} (not ${given || "without an extension"}): Excel will not open it otherwise`,
    );
  }
}

/** Write to a temporary file beside the target, then rename, so a failure never leaves half a workbook. */
export async function saveAtomically(bytes: Buffer, target: string): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
}
