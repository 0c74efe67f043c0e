/**
 * `scorecard -o` draws the Summary's charts as DrawingML parts and the Exceptions' sparklines in the sheet's
 * extLst: parts that pass the OOXML lint, figures cached from (and pointing at) the Summary's own cells, a user's
 * charts left byte for byte, and a refresh that replaces only the tool's own charts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readWorkbook } from "../../../src/adapters/xlsx/read-workbook";
import { parseRels, relsPartOf } from "../../../src/adapters/xlsx/package";
import { compressedBytes, inflateEntry, readZip, writeZip, type OutEntry } from "../../../src/adapters/xlsx/zip";
import { parseRange } from "../../../src/domain/sheet/a1";
import { CHART_NAMES } from "../../../src/domain/reports/charts";
import { lintPackage } from "../../support/ooxml-lint";
import { runCli } from "../../support/run-cli";

const examples = path.resolve(__dirname, "../../../examples");
const fixtures = path.join(__dirname, "fixtures");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "kpi-charts-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const partsOf = (file: string) => new Map(readZip(readFileSync(file)).map((e) => [e.name, e] as const));
const textOf = (file: string) => {
  const parts = partsOf(file);
  return (name: string) => {
    const e = parts.get(name);
    return e === undefined ? null : inflateEntry(e).toString("utf8");
  };
};

async function score(input: string, out: string) {
  const run = await runCli([input, "-o", out]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
}

/** The report sheet's drawing part, and the chart parts it names, by chart name. */
async function chartsOf(file: string, sheetName = "Summary") {
  const { pkg } = await readWorkbook(file);
  const sheet = pkg.sheets.find((s) => s.name === sheetName)!.part!;
  const text = textOf(file);
  const sheetXml = text(sheet)!;
  const drawingRel = pkg.rels(sheet).find((r) => r.type.endsWith("/drawing"))!;
  const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml)?.[1];
  const drawing = text(drawingRel.target)!;
  const rels = parseRels(text(relsPartOf(drawingRel.target)) ?? "", drawingRel.target);
  const charts = new Map<string, string>();
  for (const a of drawing.match(/<xdr:twoCellAnchor\b[\s\S]*?<\/xdr:twoCellAnchor>/g) ?? []) {
    const name = /<xdr:cNvPr [^>]*name="([^"]+)"/.exec(a)![1]!;
    const id = /<c:chart [^>]*r:id="([^"]+)"/.exec(a)![1]!;
    charts.set(name, rels.find((r) => r.id === id)!.target);
  }
  return { pkg, sheet, sheetXml, drawingId, drawingRel, drawing, charts, text };
}

describe("the Council Plan's Summary charts and Exceptions sparklines", () => {
  const out = () => path.join(dir, "council.xlsx");
  beforeAll(() => score(path.join(examples, "council-plan-2019-q1.xlsx"), out()));

  it("passes the OOXML lint, with the drawing and chart parts typed and related", async () => {
    expect(lintPackage(readFileSync(out()))).toEqual([]);
    const c = await chartsOf(out());
    expect(c.drawingId).toBe(c.drawingRel.id);
    expect([...c.charts.keys()]).toEqual([CHART_NAMES.statusByGroup, CHART_NAMES.direction]);
    const types = c.text("[Content_Types].xml")!;
    expect(types).toContain(
      `<Override PartName="/${c.drawingRel.target}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
    );
    for (const part of c.charts.values())
      expect(types).toContain(
        `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
    // <drawing> sits after the page margins, as the schema orders it.
    expect(c.sheetXml.indexOf("<drawing ")).toBeGreaterThan(c.sheetXml.indexOf("<pageMargins"));
  });

  it("draws statuses by group as stacked bars, six series named with the symbols, in the council's colours", async () => {
    const c = await chartsOf(out());
    const xml = c.text(c.charts.get(CHART_NAMES.statusByGroup)!)!;
    expect(xml).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(xml).toContain('<c:overlap val="100"/>');
    expect([...xml.matchAll(/<c:tx><c:v>([^<]+)<\/c:v><\/c:tx>/g)].map((m) => m[1])).toEqual([
      "✓ On target",
      "● Near target",
      "✘ Off target",
      "✱ In development",
      "□ Not applicable",
      "■ Not available",
    ]);
    expect(xml).toMatch(/<c:tx><c:v>✘ Off target<\/c:v><\/c:tx><c:spPr><a:solidFill><a:srgbClr val="E0474C"\/>/);
    expect(xml).toContain("<c:legend>");
  });

  it("refers each series to the Summary's cells and caches the figures they hold", async () => {
    const c = await chartsOf(out());
    const { grids } = await readWorkbook(out());
    const summary = grids.find((g) => g.sheet === "Summary")!;
    const cell = (row: number, column: number) => summary.values[row - summary.top]?.[column - summary.left];
    let refs = 0;
    for (const part of c.charts.values()) {
      const xml = c.text(part)!;
      for (const m of xml.matchAll(/<c:(num|str)Ref><c:f>Summary!([^<]+)<\/c:f>([\s\S]*?)<\/c:\1Ref>/g)) {
        const area = parseRange(m[2]!)!;
        const cached = [...m[3]!.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => v[1]);
        const cells = Array.from({ length: area.bottom - area.top + 1 }, (_, i) =>
          String(cell(area.top + i, area.left)),
        );
        expect(cached).toEqual(cells);
        refs++;
      }
    }
    expect(refs).toBe(2 * 6 + 2); // categories and values of six series, then of one
    const dot = c.text(c.charts.get(CHART_NAMES.direction)!)!;
    // Columns are "col" in ST_BarDir: "column" makes Excel repair the file and drop the chart.
    expect(dot).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(dot).toMatch(
      /<c:numCache><c:formatCode>General<\/c:formatCode><c:ptCount val="3"\/><c:pt idx="0"><c:v>2<\/c:v><\/c:pt><c:pt idx="1"><c:v>0<\/c:v><\/c:pt><c:pt idx="2"><c:v>7<\/c:v>/,
    );
  });

  it("anchors the charts below the Summary's last written row", async () => {
    const c = await chartsOf(out());
    const lastRow = Math.max(...[...c.sheetXml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
    const fromRows = [
      ...c.drawing.matchAll(/<xdr:from><xdr:col>\d+<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/g),
    ];
    expect(fromRows).toHaveLength(2);
    for (const m of fromRows) expect(Number(m[1]) + 1).toBeGreaterThan(lastRow);
  });

  it("puts an Excel sparkline in each Trend cell, over the measure's period cells on the scorecard", async () => {
    const { pkg } = await readWorkbook(out());
    const xml = textOf(out())(pkg.sheets.find((s) => s.name === "Exceptions")!.part!)!;
    expect(xml).toMatch(
      /<extLst><ext uri="\{05C60535-1F16-4fd2-B633-F4F36F0B64E0\}" xmlns:x14="[^"]+"><x14:sparklineGroups /,
    );
    expect(xml.endsWith("</extLst></worksheet>")).toBe(true);
    const lines = [...xml.matchAll(/<x14:sparkline><xm:f>([^<]+)<\/xm:f><xm:sqref>([A-Z]+\d+)<\/xm:sqref>/g)];
    // Seven areas for improvement and three red flags; 3.B3 (no figures) has none.
    expect(lines).toHaveLength(9);
    expect(lines.map((l) => l[1])).toContain("'Council Plan Q1 2019-20'!P41:T41");
    const { grids } = await readWorkbook(out());
    const exceptions = grids.find((g) => g.sheet === "Exceptions")!;
    for (const l of lines) {
      const at = parseRange(l[2]!)!;
      expect(exceptions.values[at.top - exceptions.top]?.[at.left - exceptions.left]).toMatch(/^[▁▂▃▄▅▆▇█ ]+$/);
    }
  });
});

/** Add a chart of the user's own to the Summary's drawing: an anchor named "My own chart" and its chart part. */
async function addUsersChart(file: string, to: string): Promise<void> {
  const c = await chartsOf(file);
  const entries = readZip(readFileSync(file));
  const mine = "xl/charts/chart99.xml";
  const chartXml = c.text(c.charts.get(CHART_NAMES.direction)!)!.replace("Direction of travel", "My own chart");
  const anchor =
    "<xdr:twoCellAnchor><xdr:from><xdr:col>20</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>" +
    "<xdr:to><xdr:col>26</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>14</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>" +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="40" name="My own chart"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdMine"/>' +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>";
  const edits = new Map<string, string>([
    [c.drawingRel.target, c.drawing.replace("</xdr:wsDr>", `${anchor}</xdr:wsDr>`)],
    [
      relsPartOf(c.drawingRel.target),
      c
        .text(relsPartOf(c.drawingRel.target))!
        .replace(
          "</Relationships>",
          '<Relationship Id="rIdMine" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart99.xml"/></Relationships>',
        ),
    ],
    [
      "[Content_Types].xml",
      c
        .text("[Content_Types].xml")!
        .replace(
          "</Types>",
          `<Override PartName="/${mine}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
        ),
    ],
  ]);
  const out: OutEntry[] = entries.map((e) =>
    edits.has(e.name)
      ? { kind: "new", name: e.name, data: Buffer.from(edits.get(e.name)!) }
      : { kind: "copy", entry: e },
  );
  out.push({ kind: "new", name: mine, data: Buffer.from(chartXml) });
  writeFileSync(to, writeZip(out));
}

describe("a workbook with charts of its own (rich.xlsx)", () => {
  const input = path.join(fixtures, "rich.xlsx");
  const first = () => path.join(dir, "rich-1.xlsx");
  beforeAll(() => score(input, first()));

  it("keeps the user's charts and drawings byte for byte, and gives the tool's charts parts of their own", async () => {
    const before = partsOf(input);
    const after = partsOf(first());
    const theirs = [...before.keys()].filter((n) => /^xl\/(charts|drawings)\//.test(n));
    expect(theirs.length).toBeGreaterThanOrEqual(4);
    for (const n of theirs)
      expect([n, compressedBytes(after.get(n)!).equals(compressedBytes(before.get(n)!))]).toEqual([n, true]);
    const c = await chartsOf(first());
    for (const part of [...c.charts.values(), c.drawingRel.target]) expect(before.has(part)).toBe(false);
    expect(lintPackage(readFileSync(first()))).toEqual([]);
  });

  it("on a refresh replaces only its own charts: a chart the user added to the Summary stays", async () => {
    const edited = path.join(dir, "rich-edited.xlsx");
    const again = path.join(dir, "rich-2.xlsx");
    await addUsersChart(first(), edited);
    expect(lintPackage(readFileSync(edited))).toEqual([]);
    await score(edited, again);
    expect(lintPackage(readFileSync(again))).toEqual([]);
    const c = await chartsOf(again);
    expect([...c.charts.keys()].sort()).toEqual(
      ["My own chart", CHART_NAMES.direction, CHART_NAMES.statusByGroup].sort(),
    );
    expect(c.drawing.match(/name="KPI Scorecard status by group"/g)).toHaveLength(1);
    const mine = partsOf(again).get("xl/charts/chart99.xml")!;
    expect(compressedBytes(mine).equals(compressedBytes(partsOf(edited).get("xl/charts/chart99.xml")!))).toBe(true);
    // The same number of chart parts as before the refresh: the tool's old ones were replaced, not added to.
    const charts = (f: string) => [...partsOf(f).keys()].filter((n) => n.startsWith("xl/charts/")).length;
    expect(charts(again)).toBe(charts(edited));
  });
});
