/**
 * Excel repairs (and strips) a part whose children are out of their schema order, where LibreOffice reads it
 * quietly. The lint's element orders (from ECMA-376's sml.xsd, dml-chart.xsd, dml-spreadsheetDrawing.xsd and
 * [MS-XLSX]'s sparklines) hold for every part the command line writes, and they catch a part out of order.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openPackage } from "../../../src/adapters/xlsx/package";
import { gridsOf } from "../../../src/adapters/xlsx/read-workbook";
import { applyPlan } from "../../../src/adapters/xlsx/write-workbook";
import { inflateEntry, readZip, writeZip, type OutEntry } from "../../../src/adapters/xlsx/zip";
import type { WorkbookPlan } from "../../../src/domain/plan/workbook-plan";
import { lintPackage } from "../../support/ooxml-lint";
import { runCli } from "../../support/run-cli";

const examples = path.resolve(__dirname, "../../../examples");
const rich = readFileSync(path.join(__dirname, "fixtures", "rich.xlsx"));
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "kpi-schema-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const partOf = (bytes: Buffer, name: string) => {
  const e = readZip(bytes).find((x) => x.name === name);
  return e === undefined ? null : inflateEntry(e).toString("utf8");
};

/** The package with one part's text changed. */
function edit(bytes: Buffer, name: string, change: (xml: string) => string): Buffer {
  const out: OutEntry[] = readZip(bytes).map((entry) =>
    entry.name === name
      ? { kind: "new", name, data: Buffer.from(change(inflateEntry(entry).toString("utf8")), "utf8") }
      : { kind: "copy", entry },
  );
  return writeZip(out);
}

const EXAMPLES = ["council-plan-2019-q1", "corporate-plan-2016-q2", "directorate-performance-2023-q2"];

describe.each(EXAMPLES)("%s, scored", (example) => {
  let bytes: Buffer;
  beforeAll(async () => {
    const out = path.join(dir, `${example}.xlsx`);
    const run = await runCli([path.join(examples, `${example}.xlsx`), "-o", out]);
    expect(run.code).toBe(0);
    bytes = readFileSync(out);
  });

  it("has every sheet, chart, drawing, style and workbook element in its schema order", () => {
    expect(lintPackage(bytes)).toEqual([]);
    expect(partOf(bytes, "xl/charts/chart1.xml")).toContain("<c:barChart>");
    expect(partOf(bytes, "xl/worksheets/sheet3.xml")).toContain("<x14:sparklineGroup ");
  });

  it("would be caught with a part out of order, an undeclared prefix or a value the schema does not allow", () => {
    const swapped = edit(bytes, "xl/charts/chart1.xml", (xml) =>
      xml.replace(/(<c:cat>[\s\S]*?<\/c:cat>)(<c:val>[\s\S]*?<\/c:val>)/, "$2$1"),
    );
    expect(lintPackage(swapped)).toContain("xl/charts/chart1.xml: <cat> after <val> in <ser>, out of schema order");
    const late = edit(bytes, "xl/worksheets/sheet3.xml", (xml) =>
      xml.replace(/(<x14:colorSeries [^>]*\/>)([\s\S]*?<\/x14:sparklines>)/, "$2$1"),
    );
    expect(lintPackage(late)).toContain(
      "xl/worksheets/sheet3.xml: <colorSeries> after <sparklines> in <sparklineGroup>, out of schema order",
    );
    const unbound = edit(bytes, "xl/worksheets/sheet3.xml", (xml) => xml.replace(/ xmlns:xm="[^"]*"/, ""));
    expect(lintPackage(unbound)).toContain("xl/worksheets/sheet3.xml: the prefix xm: is used but never declared");
    const column = edit(bytes, "xl/charts/chart2.xml", (xml) =>
      xml.replace('<c:barDir val="col"/>', '<c:barDir val="column"/>'),
    );
    expect(lintPackage(column)).toContain(
      'xl/charts/chart2.xml: <barDir val="column">, a value the schema does not allow',
    );
    const upper = edit(bytes, "xl/worksheets/sheet3.xml", (xml) =>
      xml.replace('orientation="landscape"', 'orientation="Landscape"'),
    );
    expect(lintPackage(upper)).toContain(
      'xl/worksheets/sheet3.xml: <pageSetup orientation="Landscape">, a value the schema does not allow',
    );
    const legend = edit(bytes, "xl/charts/chart1.xml", (xml) =>
      xml.replace(/(<c:legend>[\s\S]*?<\/c:legend>)([\s\S]*?)(<\/c:chart>)/, "$2$1$3"),
    );
    expect(lintPackage(legend)).toContain(
      "xl/charts/chart1.xml: <legend> after <dispBlanksAs> in <chart>, out of schema order",
    );
  });
});

test("a calcPr the workbook lacks goes before its pivotCaches and extLst, where CT_Workbook puts it", () => {
  const noCalcPr = edit(rich, "xl/workbook.xml", (xml) => xml.replace(/<calcPr\b[^>]*\/>/, ""));
  const pkg = openPackage("no-calcpr.xlsx", noCalcPr);
  const plan: WorkbookPlan = {
    edits: [{ sheet: "Scorecard", cells: [{ row: 2, column: 10, value: { kind: "formula", formula: "=1+1" } }] }],
    addedColumns: [],
    colourRanges: [],
    symbolsNotFormulas: 0,
    anchors: [],
    sheets: [],
  };
  const out = applyPlan(pkg, gridsOf(pkg), plan);
  const workbook = partOf(out.bytes, "xl/workbook.xml")!;
  expect(workbook).toContain('</definedNames><calcPr fullCalcOnLoad="1"/><pivotCaches>');
  expect(workbook.indexOf("<calcPr")).toBeLessThan(workbook.indexOf("<extLst>"));
  expect(lintPackage(out.bytes)).toEqual([]);
  // Where it was written at the end, the lint says so.
  const atEnd = edit(out.bytes, "xl/workbook.xml", (xml) =>
    xml.replace('<calcPr fullCalcOnLoad="1"/>', "").replace("</workbook>", '<calcPr fullCalcOnLoad="1"/></workbook>'),
  );
  expect(lintPackage(atEnd)).toContain("xl/workbook.xml: <calcPr> after <extLst> in <workbook>, out of schema order");
});
