/** The zip container, the sheet patcher and the report sheets, each on its own. */
import { readFileSync } from "node:fs";
import path from "node:path";
import * as zlib from "node:zlib";
import { crc32, crc32ByTable, readZip, writeZip, inflateEntry } from "../../../src/adapters/xlsx/zip";
import { openPackage } from "../../../src/adapters/xlsx/package";
import { gridsOf } from "../../../src/adapters/xlsx/read-workbook";
import { patchSheet } from "../../../src/adapters/xlsx/sheet-patcher";
import { readStyles } from "../../../src/adapters/xlsx/styles";
import { colourFormattingXml } from "../../../src/adapters/xlsx/colour-formats";
import { reportSheetXml } from "../../../src/adapters/xlsx/report-sheet";
import { applyPlan } from "../../../src/adapters/xlsx/write-workbook";
import { text, type WorkbookPlan } from "../../../src/domain/plan/workbook-plan";
import { lintPackage } from "../../support/ooxml-lint";

const rich = readFileSync(path.join(__dirname, "fixtures", "rich.xlsx"));
const none = () => ({ xml: "", remove: [] });

describe("the zip container", () => {
  test("CRC-32 is the zip format's (the check value of '123456789'), and zlib's where Node has it", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(crc32ByTable(Buffer.from("123456789"))).toBe(0xcbf43926);
    const bytes = Buffer.from("KPI Scorecard ✓ ● ✘ ".repeat(100));
    expect(crc32ByTable(bytes)).toBe(crc32(bytes));
    const native = (zlib as unknown as { crc32?: (b: Buffer) => number }).crc32;
    if (native) expect(crc32(bytes)).toBe(native(bytes) >>> 0);
  });

  test("refuses ZIP64, encrypted entries and Strict Open XML with one line", () => {
    const zip = writeZip([{ kind: "new", name: "a.xml", data: Buffer.from("<a/>") }]);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    const eocd = zip.length - 22;
    const zip64 = Buffer.concat([zip.subarray(0, eocd), locator, zip.subarray(eocd)]);
    zip64.writeUInt32LE(zip64.readUInt32LE(zip64.length - 6), zip64.length - 6);
    expect(() => readZip(zip64)).toThrow(/^it is a ZIP64 package/);
    const encrypted = Buffer.from(zip);
    const cd = encrypted.readUInt32LE(encrypted.length - 6);
    encrypted.writeUInt16LE(1, cd + 8);
    expect(() => readZip(encrypted)).toThrow("it is encrypted: save it without a password");
    const strict = writeZip([
      {
        kind: "new",
        name: "_rels/.rels",
        data: Buffer.from(
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        ),
      },
      {
        kind: "new",
        name: "xl/workbook.xml",
        data: Buffer.from('<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"/>'),
      },
    ]);
    expect(() => openPackage("s.xlsx", strict)).toThrow(/Strict Open XML/);
  });

  test("copied entries keep their compressed bytes; new ones inflate back", () => {
    const entries = readZip(rich);
    const out = readZip(
      writeZip([
        ...entries.map((entry) => ({ kind: "copy" as const, entry })),
        { kind: "new", name: "xl/new.xml", data: Buffer.from("<x>✓</x>") },
      ]),
    );
    expect(out.map((e) => e.name)).toEqual([...entries.map((e) => e.name), "xl/new.xml"]);
    entries.forEach((e, i) =>
      expect(
        out[i]!.source.subarray(out[i]!.dataOffset, out[i]!.dataOffset + out[i]!.compressedSize).equals(
          e.source.subarray(e.dataOffset, e.dataOffset + e.compressedSize),
        ),
      ).toBe(true),
    );
    expect(inflateEntry(out[out.length - 1]!).toString()).toBe("<x>✓</x>");
  });
});

describe("the sheet patcher", () => {
  const styles = () => readStyles(null, null);
  const sheet = (rows: string, after = "") =>
    `<worksheet xmlns="x"><dimension ref="A1:C3"/><sheetData>${rows}</sheetData>${after}<pageMargins left="0.7"/></worksheet>`;

  test("only the edited row changes; a new row goes in order; spans and dimension stay true", () => {
    const xml = sheet(
      '<row r="1" spans="1:3"><c r="A1"><v>1</v></c></row><row r="3" spans="1:3"><c r="A3"><v>3</v></c><c r="C3"><v>4</v></c></row>',
    );
    const out = patchSheet(
      xml,
      "S",
      [
        { row: 3, column: 5, value: text("✓"), fill: "green" },
        { row: 2, column: 2, value: text("<b>") },
      ],
      styles(),
      none,
    );
    expect(out.rows).toEqual([2, 3]);
    expect(out.xml).toContain(
      '<row r="1" spans="1:3"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2" t="inlineStr"><is><t>&lt;b&gt;</t></is></c></row><row r="3" spans="1:5">',
    );
    expect(out.xml).toContain(
      '<c r="A3"><v>3</v></c><c r="C3"><v>4</v></c><c r="E3" s="1" t="inlineStr"><is><t>✓</t></is></c>',
    );
    expect(out.xml).toContain('<dimension ref="A1:E3"/>');
  });

  test("the same value and style again leaves the part as it was", () => {
    const st = styles();
    const first = patchSheet(
      sheet('<row r="1"><c r="A1"><v>1</v></c></row>'),
      "S",
      [{ row: 1, column: 2, value: text("✓"), fill: "green" }],
      st,
      none,
    );
    const again = patchSheet(first.xml, "S", [{ row: 1, column: 2, value: text("✓"), fill: "green" }], st, none);
    expect(again.changed).toBe(false);
    expect(again.xml).toBe(first.xml);
  });

  test("colour rules go after the cells' merge list and before validations, whatever else is there", () => {
    const xml = sheet(
      '<row r="1"><c r="A1"><v>1</v></c></row>',
      '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><dataValidations count="0"/>',
    );
    const out = patchSheet(xml, "S", [], styles(), () => ({ xml: "<conditionalFormatting/>", remove: [] }));
    expect(out.xml).toMatch(/<\/mergeCells><conditionalFormatting\/><dataValidations/);
  });

  test("refuses a protected sheet, and the first cell of a shared formula", () => {
    const locked = sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<sheetProtection sheet="1"/>');
    expect(() => patchSheet(locked, "Key", [{ row: 1, column: 1, value: text("x") }], styles(), none)).toThrow(
      /sheet 'Key' is protected/,
    );
    const shared = sheet('<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f><v>2</v></c></row>');
    expect(() => patchSheet(shared, "S", [{ row: 1, column: 1, value: text("x") }], styles(), none)).toThrow(
      /S!A1 holds the first cell of a formula shared with A1:A3/,
    );
  });
});

describe("colour rules", () => {
  const rules = [
    { text: "✓", fill: "green" },
    { text: "●", fill: "amber" },
    { text: "✘", fill: "red" },
    { text: "✱", fill: "grey" },
    { text: "□", fill: "grey" },
    { text: "■", fill: "grey" },
  ] as const;
  const range = { sheet: "S", column: 7, firstRow: 2, lastRow: 7, what: "status" as const, rules: [...rules] };
  const sheet = (cf: string) =>
    `<worksheet xmlns="x"><sheetData><row r="2"><c r="G2" t="inlineStr"><is><t>✓</t></is></c></row></sheetData>${cf}<pageMargins left="0.7"/></worksheet>`;
  const apply = (xml: string) => {
    const st = readStyles(null, null);
    return patchSheet(xml, "S", [], st, (x) => colourFormattingXml(x, [range], (c) => st.dxfFor(c))).xml;
  };

  test("six rules testing each cell's text, priorities above the sheet's own, added once", () => {
    const once = apply(
      sheet(
        '<conditionalFormatting sqref="A2:A7"><cfRule type="duplicateValues" dxfId="0" priority="4"/></conditionalFormatting>',
      ),
    );
    const rules = [
      ...once.matchAll(
        /<cfRule type="containsText" dxfId="\d+" priority="(\d+)" operator="containsText" text="([^"]+)"><formula>NOT\(ISERROR\(SEARCH\("([^"]+)",G2\)\)\)<\/formula>/g,
      ),
    ];
    expect(rules.map((m) => [m[1], m[2]])).toEqual([
      ["5", "✓"],
      ["6", "●"],
      ["7", "✘"],
      ["8", "✱"],
      ["9", "□"],
      ["10", "■"],
    ]);
    expect(apply(once)).toBe(once);
  });

  test("a partial set (an officer deleted a rule) is replaced whole; an officer's own rule on the range is kept", () => {
    const full = apply(sheet(""));
    const partial = full.replace(/<cfRule[^>]*text="●">[\s\S]*?<\/cfRule>/, "");
    const own =
      '<conditionalFormatting sqref="G2:G7"><cfRule type="expression" dxfId="0" priority="1"><formula>G2=""</formula></cfRule></conditionalFormatting>';
    const fixed = apply(partial.replace("<pageMargins", own + "<pageMargins"));
    expect((fixed.match(/text="✓"/g) ?? []).length).toBe(1);
    expect((fixed.match(/text="●"/g) ?? []).length).toBe(1);
    expect(fixed).toContain(own);
  });
});

describe("report sheets", () => {
  test("text stays text (escaped, never a formula) and is cut at Excel's 32,767 characters", () => {
    const long = "x".repeat(40_000);
    const xml = reportSheetXml(
      {
        kind: "checks",
        name: "Checks",
        rows: [[{ value: text('=HYPERLINK("http://a")') }, { value: text("A & B <c>") }], [{ value: text(long) }]],
        columnWidths: [10],
      },
      readStyles(null, null),
    );
    expect(xml).toContain('<c r="A1" t="inlineStr"><is><t>=HYPERLINK("http://a")</t></is></c>');
    expect(xml).toContain("<t>A &amp; B &lt;c&gt;</t>");
    const cut = /<c r="A2" t="inlineStr"><is><t>(x*)…<\/t>/.exec(xml);
    expect(cut?.[1]?.length).toBe(32_766);
    expect(xml).not.toContain("<f>");
  });
});

test("overwriting a formula drops the calcChain from the package, its relationship and its content type", () => {
  const pkg = openPackage("rich.xlsx", rich);
  const grids = gridsOf(pkg);
  const plan: WorkbookPlan = {
    edits: [{ sheet: "Scorecard", cells: [{ row: 2, column: 10, value: text("✓") }] }],
    addedColumns: [],
    colourRanges: [],
    symbolsNotFormulas: 0,
    anchors: [],
    sheets: [],
  };
  const out = applyPlan(pkg, grids, plan);
  expect(out.dropped).toEqual(["xl/calcChain.xml"]);
  const names = readZip(out.bytes).map((e) => e.name);
  expect(names).not.toContain("xl/calcChain.xml");
  expect(lintPackage(out.bytes)).toEqual([]);
  const written = openPackage("out.xlsx", out.bytes);
  expect(written.calcChainPart).toBeNull();
  expect(written.text("[Content_Types].xml")).not.toContain("calcChain");
});
