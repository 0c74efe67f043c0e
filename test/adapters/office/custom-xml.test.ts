/** The mock's custom XML parts are as strict as Excel's, and the ledger's store never leaves a workbook without a ledger. */
import { MockWorkbook } from "../../support/mock-workbook";
import { gridFromRows } from "../../../src/domain/sheet/grid";
import { createOfficeGateway } from "../../../src/adapters/office/office-gateway";
import { EMPTY_LEDGER, SET_ASIDE_NAMESPACE, readLedger, setAsideXml } from "../../../src/domain/ledger";
import { LEDGER_NAMESPACE, readLedgerXml, writeLedgerXml } from "../../../src/adapters/office/ledger-store";

const ledgerPart = (text: string, part = 1, of = 1) =>
  `<ledger xmlns="${LEDGER_NAMESPACE}" part="${part}" of="${of}">${text}</ledger>`;

describe("custom XML parts in the strict mock (ExcelApi 1.5)", () => {
  it("refuses XML that is not well formed, or has no namespace, at the sync, and keeps what the batch did before", async () => {
    const wb = MockWorkbook.fromGrids([]);
    await wb.excel().run(async (context) => {
      context.workbook.customXmlParts.add(`<a xmlns="urn:x">kept</a>`);
      context.workbook.customXmlParts.add(`<a xmlns="urn:x">broken & unescaped</a>`);
      context.workbook.customXmlParts.add(`<a xmlns="urn:x">never reached</a>`);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(wb.customXml.map((p) => p.xml)).toEqual([`<a xmlns="urn:x">kept</a>`]);
    await wb.excel().run(async (context) => {
      context.workbook.customXmlParts.add(`<a>no namespace</a>`);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(wb.customXml).toHaveLength(1);
  });

  it("files a part under its root's namespace, prefixed or not, gives ids only after the sync, and sets and deletes", async () => {
    const wb = MockWorkbook.fromGrids([]);
    await wb.excel().run(async (context) => {
      const part = context.workbook.customXmlParts.add(`<k:a xmlns:k="urn:k"><k:b/></k:a>`);
      part.load("id");
      await context.sync();
      expect(part.id).toMatch(/^\{.+\}$/);
      const found = context.workbook.customXmlParts.getByNamespace("urn:k");
      found.load("id");
      const count = found.getCount();
      await context.sync();
      expect(count.value).toBe(1);
      const [only] = found.items;
      only?.setXml(`<k:a xmlns:k="urn:k">changed</k:a>`);
      const xml = only?.getXml();
      await context.sync();
      // Commands run in order: the read queued after the write sees the new XML.
      expect(xml?.value).toBe(`<k:a xmlns:k="urn:k">changed</k:a>`);
    });
    expect(wb.customXml[0]?.xml).toBe(`<k:a xmlns:k="urn:k">changed</k:a>`);
    await wb.excel().run(async (context) => {
      const found = context.workbook.customXmlParts.getByNamespace("urn:k");
      found.load("id");
      await context.sync();
      found.items[0]?.delete();
      await context.sync();
    });
    expect(wb.customXml).toEqual([]);
  });

  it("keeps the parts through save and reopen, and only what the file keeps", async () => {
    const wb = MockWorkbook.fromGrids([]);
    wb.selection = { r0: 1, c0: 1, rows: 2, cols: 2 };
    await wb.excel().run(async (context) => {
      context.workbook.customXmlParts.add(ledgerPart("{}"));
      await context.sync();
    });
    const reopened = wb.saveAndReopen();
    expect(reopened.customXml).toEqual(wb.customXml);
    expect([reopened.selection, reopened.syncs]).toEqual([null, 0]);
    expect(await reopened.excel().run((c) => readLedgerXml(c))).toEqual([ledgerPart("{}")]);
  });
});

describe("the ledger's store", () => {
  it("replaces the ledger's parts, and leaves other namespaces alone", async () => {
    const wb = MockWorkbook.fromGrids([]);
    wb.customXml.push({ id: "{other}", namespace: "urn:someone-else", xml: `<x xmlns="urn:someone-else"/>` });
    await wb.excel().run((c) => writeLedgerXml(c, [ledgerPart("[1]", 1, 2), ledgerPart("[2]", 2, 2)]));
    await wb.excel().run((c) => writeLedgerXml(c, [ledgerPart("[3]")]));
    expect(await wb.excel().run((c) => readLedgerXml(c))).toEqual([ledgerPart("[3]")]);
    expect(wb.customXml.map((p) => p.namespace)).toEqual(["urn:someone-else", LEDGER_NAMESPACE]);
  });

  it("keeps the old ledger when the new one cannot be written", async () => {
    const wb = MockWorkbook.fromGrids([]);
    await wb.excel().run((c) => writeLedgerXml(c, [ledgerPart("[old]")]));
    await expect(
      wb.excel().run((c) => writeLedgerXml(c, [ledgerPart("[new]", 1, 2), ledgerPart("[new & broken]", 2, 2)])),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(await wb.excel().run((c) => readLedgerXml(c))).toEqual([ledgerPart("[old]")]);
  });

  it("keeps the old ledger when a big new one fails part-way through its requests", async () => {
    const wb = MockWorkbook.fromGrids([]);
    await wb.excel().run((c) => writeLedgerXml(c, [ledgerPart("[old]")]));
    const big = "x".repeat(1_500_000);
    await expect(
      wb.excel().run((c) => writeLedgerXml(c, [ledgerPart(big, 1, 3), ledgerPart(big, 2, 3), ledgerPart("<", 3, 3)])),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(await wb.excel().run((c) => readLedgerXml(c))).toEqual([ledgerPart("[old]")]);
  });
});

describe("reading the record with the sheet", () => {
  it("loads the record's parts in the sheet's first sync: one sync more per ledger part, none without a record", async () => {
    const grid = gridFromRows("Scorecard", [
      ["Ref", "Measure", "Good performance", "Target", "Q1 2023/24", "Q2 2023/24"],
      ["A1", "Staff sickness days", "Low", "<8", "7", "9"],
    ]);
    const wb = MockWorkbook.fromGrids([grid]);
    const gateway = createOfficeGateway(wb.excel().run, wb.supports);
    let before = wb.syncs;
    expect((await gateway.readSheet("used-range")).record).toEqual({
      ledger: EMPTY_LEDGER,
      warning: null,
      history: null,
    });
    expect(wb.syncs - before).toBe(2);
    await gateway.saveLedger({ ...EMPTY_LEDGER, overrides: [] });
    wb.seedPart(ledgerPart("{}"));
    before = wb.syncs;
    const read = await gateway.readSheet("used-range");
    expect(wb.syncs - before).toBe(4);
    // Two ledger parts claiming to be part 1 of 1: set aside, in words.
    expect(read.record?.warning).toMatch(
      /^The quarter-to-quarter record in this workbook is damaged and was set aside/,
    );
  });

  it("keeps a damaged ledger word for word in set-aside parts when the next ledger replaces it", async () => {
    const wb = MockWorkbook.fromGrids([]);
    const damaged = ledgerPart(`{"version":1,"writes":[`);
    wb.seedPart(damaged);
    const gateway = createOfficeGateway(wb.excel().run, wb.supports);
    await gateway.saveLedger(EMPTY_LEDGER);
    const ledger = wb.customXml.filter((p) => p.namespace === LEDGER_NAMESPACE).map((p) => p.xml);
    expect(readLedger(ledger)).toEqual({ ledger: EMPTY_LEDGER, warning: null });
    const setAside = wb.customXml.filter((p) => p.namespace === SET_ASIDE_NAMESPACE).map((p) => setAsideXml(p.xml));
    expect(setAside).toEqual([damaged]);
    // A ledger that reads whole is replaced without a copy.
    await gateway.saveLedger(EMPTY_LEDGER);
    expect(wb.customXml.filter((p) => p.namespace === SET_ASIDE_NAMESPACE)).toHaveLength(1);
  });
});
