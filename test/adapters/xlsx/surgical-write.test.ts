/**
 * `scorecard -o` on rich workbooks keeps every part of them: each zip entry it has no reason to touch is
 * copied with its compressed bytes unchanged, the edited sheet changes only in its edited rows (plus its
 * dimension and the colour rules added), the output passes an OOXML lint that an ExcelJS round trip of the
 * same file fails, and a second run on its own output rewrites only the report sheets and the tool's record
 * (adding a restore point).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { partsInNamespace } from "../../../src/adapters/xlsx/custom-xml";
import { EMPTY_LEDGER, LEDGER_NAMESPACE } from "../../../src/domain/ledger";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { readWorkbook } from "../../../src/adapters/xlsx/read-workbook";
import { compressedBytes, inflateEntry, readZip, type ZipEntry } from "../../../src/adapters/xlsx/zip";
import { cellAt } from "../../../src/domain/sheet/grid";
import { scoreGrids } from "../../../src/domain/pipeline";
import { lintPackage } from "../../support/ooxml-lint";
import { runCli } from "../../support/run-cli";
import { applyPlan as exceljsApplyPlan } from "../../support/exceljs-write";
import { gridFromWorksheet } from "../../support/exceljs-grid";
import { cellsOf, loadWorkbook } from "../../support/workbook-cells";

const fixtures = path.join(__dirname, "fixtures");
const examples = path.resolve(__dirname, "../../../examples");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "kpi-surgical-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const zipOf = (file: string) => new Map(readZip(readFileSync(file)).map((e) => [e.name, e]));
const textOf = (e: ZipEntry | undefined) => (e === undefined ? "" : inflateEntry(e).toString("utf8"));
const same = (a: ZipEntry, b: ZipEntry) => a.crc === b.crc && compressedBytes(a).equals(compressedBytes(b));

async function score(input: string, out: string, extra: string[] = []) {
  const run = await runCli([input, "-o", out, ...extra]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return run;
}

/** The sheet's XML without the given rows, its dimension and the add-in's colour rules: what must not change. */
function untouched(xml: string, rows: number[], ours: boolean): string {
  let out = xml.replace(/<dimension\b[^>]*\/>/, "");
  for (const r of rows) out = out.replace(new RegExp(`<row r="${r}"[^>]*?(?:/>|>[\\s\\S]*?</row>)`), "");
  if (ours)
    out = out.replace(
      /<conditionalFormatting sqref="[A-Z]+\d+(?::[A-Z]+\d+)?"><cfRule type="containsText" dxfId="\d+" priority="\d+" operator="containsText" text="(?:✓|↑)">[\s\S]*?<\/conditionalFormatting>/g,
      "",
    );
  return out;
}

const RICH = ["rich.xlsx", "rich.xlsm", "libreoffice.xlsx"];

describe.each(RICH)("%s", (name) => {
  const input = path.join(fixtures, name);
  const out = () => path.join(dir, `scored-${name}`);

  beforeAll(async () => {
    await score(input, out());
  });

  test("every zip entry but the edited sheet, styles, structure parts and new report sheets is byte-identical", async () => {
    const before = zipOf(input);
    const after = zipOf(out());
    const { pkg } = await readWorkbook(input);
    const scorecard = pkg.sheets.find((s) => s.name === "Scorecard")!.part!;
    const expected = new Set([
      scorecard,
      pkg.stylesPart!,
      pkg.workbookPart,
      "xl/_rels/workbook.xml.rels",
      "[Content_Types].xml",
    ]);
    const changed: string[] = [];
    for (const [n, e] of before) {
      const a = after.get(n);
      if (a === undefined) {
        expect([n, "dropped"]).toEqual([pkg.calcChainPart, "dropped"]); // only a calcChain may go, and only when a formula was overwritten
        continue;
      }
      if (!same(e, a)) changed.push(n);
    }
    expect(changed.filter((n) => !expected.has(n))).toEqual([]);
    expect(changed).toContain(scorecard);
    const added = [...after.keys()].filter((n) => !before.has(n));
    const sheets = added.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets).toHaveLength(4); // Summary, Exceptions, Checks, KPI History
    // The quarter-to-quarter record and the restore point, each an item, its properties and their relationship.
    const record = added.filter((n) => n.startsWith("customXml/"));
    expect(record).toHaveLength(6);
    expect(record.every((n) => /^customXml\/(item\d+\.xml|itemProps\d+\.xml|_rels\/item\d+\.xml\.rels)$/.test(n))).toBe(
      true,
    );
    // The Summary's charts: its relationships, a drawing and two chart parts.
    expect(added.filter((n) => !sheets.includes(n) && !record.includes(n)).map((n) => n.replace(/\d+/g, "N"))).toEqual([
      "xl/worksheets/_rels/sheetN.xml.rels",
      "xl/charts/chartN.xml",
      "xl/charts/chartN.xml",
      "xl/drawings/drawingN.xml",
      "xl/drawings/_rels/drawingN.xml.rels",
    ]);
    // The parts ExcelJS is known to lose are all still there.
    for (const part of [...before.keys()].filter((n) =>
      /chart|pivot|threaded|externalLink|vbaProject|LabelInfo|customXml|media|drawing|persons|printerSettings|comments/.test(
        n,
      ),
    )) {
      expect([part, after.has(part)]).toEqual([part, true]);
    }
  });

  test("the edited sheet's bytes outside the edited rows are unchanged", async () => {
    const { pkg } = await readWorkbook(input);
    const part = pkg.sheets.find((s) => s.name === "Scorecard")!.part!;
    const was = textOf(zipOf(input).get(part));
    const now = textOf(zipOf(out()).get(part));
    const rows = [...now.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    const edited = rows.filter((r) => {
      const row = (x: string) => new RegExp(`<row r="${r}"[^>]*?(?:/>|>[\\s\\S]*?</row>)`).exec(x)?.[0];
      return row(was) !== row(now);
    });
    expect(edited.length).toBeGreaterThan(0);
    expect(edited.every((r) => r >= 2 && r <= 7)).toBe(true); // measure rows only
    expect(untouched(now, edited, true)).toBe(untouched(was, edited, false));
  });

  test("the output passes the OOXML lint (no problem the input lacked), and reads back with the statuses and fills written", async () => {
    const inputProblems = lintPackage(readFileSync(input));
    // The hand-written fixtures are clean; LibreOffice's own file has defects of its own, which are kept, not added to.
    if (name !== "libreoffice.xlsx") expect(inputProblems).toEqual([]);
    expect(lintPackage(readFileSync(out())).filter((p) => !inputProblems.includes(p))).toEqual([]);
    const { grids } = await readWorkbook(out());
    const sc = grids.find((g) => g.sheet === "Scorecard")!;
    const status = sc.values.map((r) => r[6]);
    expect(status.slice(1, 7)).toEqual(["●", "✓", "✘", "✓", "●", "✓"]);
    expect(cellAt(sc, 3, 7).fill).toBe("#C6EFCE");
    expect(grids.map((g) => g.sheet)).toEqual(expect.arrayContaining(["Summary", "Exceptions", "Checks"]));
  });

  test("a second run on its own output rewrites only the report sheets and the tool's record, and adds a restore point", async () => {
    const again = path.join(dir, `again-${name}`);
    await score(out(), again);
    const first = zipOf(out());
    const second = zipOf(again);
    const { pkg } = await readWorkbook(out());
    const reports = new Set(
      pkg.sheets.filter((s) => ["Summary", "Exceptions", "Checks", "KPI History"].includes(s.name)).map((s) => s.part),
    );
    const ledger = partsInNamespace(pkg, LEDGER_NAMESPACE).map((p) => p.part);
    expect(ledger).toHaveLength(1);
    const added = [...second.keys()].filter((n) => !first.has(n));
    expect([...second.keys()].filter((n) => first.has(n))).toEqual([...first.keys()]);
    expect(added).toHaveLength(3);
    const changed = [...first].filter(([n, e]) => !same(e, second.get(n)!)).map(([n]) => n);
    // The record is rewritten in place; the new restore point's parts are registered in the structure parts.
    expect(changed.filter((n) => !reports.has(n)).sort()).toEqual(
      ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", ...ledger].sort(),
    );
    expect(lintPackage(readFileSync(again))).toEqual(lintPackage(readFileSync(out())));
  });
});

test("the .xlsm stays macro-enabled, its VBA project byte for byte", async () => {
  const out = path.join(dir, "macro.xlsm");
  await score(path.join(fixtures, "rich.xlsm"), out);
  const z = zipOf(out);
  expect(textOf(z.get("[Content_Types].xml"))).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  expect(same(zipOf(path.join(fixtures, "rich.xlsm")).get("xl/vbaProject.bin")!, z.get("xl/vbaProject.bin")!)).toBe(
    true,
  );
});

test("a macro-enabled workbook's copy must be named .xlsm (and an .xlsx's not), or nothing is written", async () => {
  const out = path.join(dir, "macro-as.xlsx");
  const run = await runCli([path.join(fixtures, "rich.xlsm"), "-o", out]);
  expect(run.code).toBe(1);
  expect(run.stderr).toBe(
    "scorecard: rich.xlsm holds macros, so the copy must be named .xlsm (not .xlsx): Excel will not open it otherwise\n",
  );
  expect(existsSync(out)).toBe(false);
  const other = await runCli([path.join(fixtures, "rich.xlsx"), "-o", path.join(dir, "plain-as.xlsm")]);
  expect(other.code).toBe(1);
  expect(other.stderr).toMatch(/holds no macros, so the copy must be named \.xlsx/);
});

describe("the reader is exact where ExcelJS is not", () => {
  test("cached formula results of 0 and FALSE, fills from rgb, theme tint and indexed colours", async () => {
    const { grids } = await readWorkbook(path.join(fixtures, "rich.xlsx"));
    const g = grids[0]!;
    expect(cellAt(g, 10, 2).value).toBe(0);
    expect(cellAt(g, 10, 3).value).toBe(false);
    expect(cellAt(g, 10, 3).text).toBe("FALSE");
    expect(g.formulas?.[9]?.[1]).toBe('=COUNTIF(G2:G7,"✱")');
    expect(g.formulas?.[10]?.[2]).toBe("=ROW()*2"); // a shared formula's dependant
    expect(cellAt(g, 10, 5).fill).toBe("#92D050");
    expect(cellAt(g, 10, 6).fill).toBe("#FF0000"); // indexed 10
    // Accent 1 (4472C4), 80% lighter, by the HSL luminance rule of ECMA-376 (Excel's own swatch is D9E1F2, one step off).
    expect(cellAt(g, 1, 1).fill).toBe("#DAE3F3");
    expect(cellAt(g, 2, 1).fill).toBeNull();
    expect(cellAt(g, 11, 4).value).toBe("Rich text note");
    expect(cellAt(g, 10, 4)).toMatchObject({ value: 45199, format: "dd/mm/yyyy", text: "30/09/2023" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(fixtures, "rich.xlsx"));
    const old = gridFromWorksheet(wb.getWorksheet("Scorecard")!);
    expect([cellAt(old, 10, 2).value, cellAt(old, 10, 3).value]).toEqual([null, null]); // ExcelJS's misread
  });
});

describe("what cannot be written safely is refused: exit 1, one line, nothing written", () => {
  test.each([
    ["refuse-shared-formula.xlsx", /Scorecard!G2 holds the first cell of a formula shared with G2:G7/],
    ["refuse-locked-structure.xlsx", /structure is protected, so the Summary sheet cannot be added/],
    ["refuse-table-header.xlsx", /row 1 is the header of the table A1:H7/],
  ])("%s", async (name, message) => {
    const out = path.join(dir, `refused-${name}`);
    const run = await runCli([path.join(fixtures, name), "-o", out, "--recorded", "replace"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });
});

describe("an ExcelJS round trip of the same fixtures is flagged by the lint", () => {
  test.each(RICH)("%s", async (name) => {
    const wb = new ExcelJS.Workbook();
    const out = path.join(dir, `exceljs-${name}`);
    let threw: string | null = null;
    try {
      await wb.xlsx.readFile(path.join(fixtures, name));
      await wb.xlsx.writeFile(out);
    } catch (err) {
      threw = (err as Error).message; // LibreOffice's file: "Cannot read properties of null (reading 'theme')"
    }
    if (threw !== null) {
      expect(name).toBe("libreoffice.xlsx");
      return;
    }
    const problems = lintPackage(readFileSync(out));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/out of schema order/),
        expect.stringMatching(/a containsBlanks rule with an invalid operator/),
      ]),
    );
    // And the parts it drops: the pivot table, the chartsheet, threaded comments, the sensitivity label, the macros.
    const after = zipOf(out);
    const lost = [...zipOf(path.join(fixtures, name)).keys()].filter((n) => !after.has(n));
    expect(lost).toEqual(
      expect.arrayContaining([
        "xl/pivotTables/pivotTable1.xml",
        "xl/chartsheets/sheet1.xml",
        "xl/threadedComments/threadedComment1.xml",
        "docMetadata/LabelInfo.xml",
      ]),
    );
    if (name.endsWith(".xlsm")) expect(lost).toContain("xl/vbaProject.bin");
  });
});

describe("the same cells as the ExcelJS writer gave, on the examples", () => {
  test.each(["council-plan-2019-q1.xlsx", "corporate-plan-2016-q2.xlsx", "directorate-performance-2023-q2.xlsx"])(
    "%s",
    async (name) => {
      const input = path.join(examples, name);
      const fresh = path.join(dir, `new-${name}`);
      await score(input, fresh);
      // The former path: ExcelJS reads, the same plan is applied with the ExcelJS writer, ExcelJS saves.
      const { grids } = await readWorkbook(input);
      const result = scoreGrids(grids, {
        detect: { compare: { kind: "previous" } },
        writeback: { mode: "value", recorded: "keep", dotStyle: "arrow" },
        reports: ["summary", "exceptions", "checks"],
        basis: "recorded-else-computed",
        source: name,
        generatedAt: "2026-11-24 09:00",
        // As the command line scores: with the workbook's record (empty here), so the KPI History sheet is written too.
        ledger: EMPTY_LEDGER,
        at: "2026-11-24T09:00:00.000Z",
      });
      const wb = await loadWorkbook(input);
      exceljsApplyPlan(wb, result.plan);
      const old = path.join(dir, `old-${name}`);
      await wb.xlsx.writeFile(old);
      const a = await loadWorkbook(old);
      const b = await loadWorkbook(fresh);
      expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
      for (const ws of a.worksheets) {
        // An empty text cell is a blank in Excel (ExcelJS alone keeps "" as a value).
        const filled = (m: Map<string, unknown>) => new Map([...m].filter(([, v]) => v !== ""));
        const mine = filled(cellsOf(b.getWorksheet(ws.name)!));
        const theirs = filled(cellsOf(ws));
        expect([ws.name, Object.fromEntries(mine)]).toEqual([ws.name, Object.fromEntries(theirs)]);
      }
      expect(lintPackage(readFileSync(fresh))).toEqual([]);
    },
  );
});
