/**
 * Edits to an .xlsx as an officer makes them in Excel between quarters: figures typed into cells, a status
 * typed, a target changed; every other part (the tool's custom XML parts included) kept as Excel keeps it.
 * Built on the file adapter's surgical writer, so nothing but the named cells changes.
 */
import { promises as fs } from "node:fs";
import { inflateEntry, readZip, writeZip, type OutEntry } from "../../src/adapters/xlsx/zip";
import { openPackage, type XlsxPackage } from "../../src/adapters/xlsx/package";
import { gridsOf } from "../../src/adapters/xlsx/read-workbook";
import { applyPlan, type PartChange } from "../../src/adapters/xlsx/write-workbook";
import { partsInNamespace } from "../../src/adapters/xlsx/custom-xml";
import { parseRange } from "../../src/domain/sheet/a1";
import type { Grid } from "../../src/domain/sheet/grid";
import type { CellEdit, WorkbookPlan } from "../../src/domain/plan/workbook-plan";

export async function openXlsx(file: string): Promise<{ pkg: XlsxPackage; grids: Grid[] }> {
  const pkg = openPackage(file, await fs.readFile(file));
  return { pkg, grids: gridsOf(pkg) };
}

/** Type text into cells (`{ P13: "●", M12: "7.5%" }`) and save as `to`. */
export async function typeCells(
  from: string,
  to: string,
  sheet: string,
  cells: Record<string, string>,
  parts: PartChange[] = [],
): Promise<void> {
  const { pkg, grids } = await openXlsx(from);
  const edits: CellEdit[] = Object.entries(cells).map(([a1, text]) => {
    const at = parseRange(a1);
    if (at === null) throw new Error(`not a cell: ${a1}`);
    return { row: at.top, column: at.left, value: { kind: "text", text } };
  });
  const plan: WorkbookPlan = {
    edits: edits.length === 0 ? [] : [{ sheet, cells: edits }],
    addedColumns: [],
    colourRanges: [],
    symbolsNotFormulas: 0,
    anchors: [],
    sheets: [],
  };
  await fs.writeFile(to, applyPlan(pkg, grids, plan, parts).bytes);
}

/** The XML of the parts in a namespace, as the workbook holds them. */
export async function partsOf(file: string, namespace: string): Promise<string[]> {
  const { pkg } = await openXlsx(file);
  return partsInNamespace(pkg, namespace).map((p) => p.xml);
}

/** A cell's shown text. */
export function textAt(grids: Grid[], sheet: string, a1: string): string {
  const g = grids.find((x) => x.sheet === sheet);
  const at = parseRange(a1);
  if (g === undefined || at === null) return "";
  return g.text[at.top - g.top]?.[at.left - g.left] ?? "";
}

/**
 * Rename a tab as Excel does in the file: its name in xl/workbook.xml, and every formula, defined name and
 * sparkline that names it (quoted, 'Old name'!A1), in whichever part holds them.
 */
export async function renameSheet(from: string, to: string, oldName: string, newName: string): Promise<void> {
  const quote = (n: string) => `'${n.replace(/'/g, "''")}'!`;
  const escape = (n: string) => n.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const entries: OutEntry[] = readZip(await fs.readFile(from)).map((entry) => {
    if (!entry.name.endsWith(".xml")) return { kind: "copy", entry };
    const xml = inflateEntry(entry).toString("utf8");
    let next = xml.split(escape(quote(oldName))).join(escape(quote(newName)));
    if (entry.name === "xl/workbook.xml") next = next.replace(`name="${escape(oldName)}"`, `name="${escape(newName)}"`);
    return next === xml ? { kind: "copy", entry } : { kind: "new", name: entry.name, data: Buffer.from(next, "utf8") };
  });
  await fs.writeFile(to, writeZip(entries));
}
