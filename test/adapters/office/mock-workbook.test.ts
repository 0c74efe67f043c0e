/**
 * The test double is as strict as Excel where the add-in could go wrong (a kinder mock hides bugs): these
 * pin the mock itself to Excel's documented behaviour.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the mock's object model is untyped */
import { gridFromRows } from "../../../src/domain/sheet/grid";
import { detectScorecard } from "../../../src/domain/layout";
import { measureRows } from "../../../src/domain/layout/rows";
import { assessTable } from "../../../src/domain/assessment/assess";
import { createOfficeGateway } from "../../../src/adapters/office/office-gateway";
import { MockWorkbook, PAYLOAD_LIMIT } from "../../support/mock-workbook";

describe("the mock workbook", () => {
  it("reads text written through values as Excel reads typing: = + - begin a formula, unless the cell is text (@)", async () => {
    const wb = MockWorkbook.fromGrids([gridFromRows("S", [["a"]])]);
    const context = wb.context();
    const ws = context.workbook.worksheets.getItem("S");
    ws.getRangeByIndexes(0, 0, 1, 5).values = [
      ['=HYPERLINK("http://x","y")', "+44 helpline", "-1 more", "-5", "'=kept"],
    ];
    const asText = ws.getRangeByIndexes(1, 0, 1, 2);
    asText.numberFormat = [["@", "@"]];
    asText.values = [["=1+1", "+44"]];
    await context.sync();
    expect(wb.cell("S", 1, 1)?.formula).toBe('=HYPERLINK("http://x","y")');
    expect(wb.cell("S", 1, 2)).toMatchObject({ formula: "=+44 helpline", value: "#NAME?" });
    expect(wb.cell("S", 1, 3)?.formula).toBe("=-1 more");
    expect(wb.cell("S", 1, 4)).toMatchObject({ formula: null, value: -5 });
    expect(wb.cell("S", 1, 5)).toMatchObject({ formula: null, value: "=kept" });
    expect(wb.cell("S", 2, 1)).toMatchObject({ formula: null, value: "=1+1" });
    expect(wb.cell("S", 2, 2)).toMatchObject({ formula: null, value: "+44" });
  });

  it("refuses a request or a response over 5 MB with Excel's error codes, and applies nothing of that batch", async () => {
    const wb = MockWorkbook.fromGrids([gridFromRows("S", [["a"]])]);
    const big = Array.from({ length: 6000 }, () => ["x".repeat(1000)]);
    let context = wb.context();
    context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 6000, 1).values = big;
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(wb.cell("S", 1, 1)?.value).toBe("a");
    const sheet = wb.sheets.get("S");
    big.forEach(([v], r) => sheet?.cells.set(`${r},0`, { value: v ?? "", formula: null, format: "General" }));
    context = wb.context();
    context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 6000, 1).load(["values", "text"]);
    await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(PAYLOAD_LIMIT).toBe(5 * 1024 * 1024);
  });

  it("shows #BUSY! in a =KPI formula until a later sync, or a recalculation, has calculated it", async () => {
    const wb = MockWorkbook.fromGrids([gridFromRows("S", [["a", "88%", "90%", "high"]])]);
    const context = wb.context();
    context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 4, 1, 1).formulas = [["=KPI.STATUS(B1,C1,D1)"]];
    await context.sync();
    expect(wb.cell("S", 1, 5)?.value).toBe("#BUSY!");
    await context.sync();
    expect(wb.cell("S", 1, 5)?.value).toBe("●");
  });

  it("gives a null object for a rule split into areas, and its areas only through getRanges (ExcelApi 1.9)", async () => {
    const wb = MockWorkbook.fromGrids([gridFromRows("S", [["a"]])]);
    wb.sheets.get("S")?.conditionalFormats.push({
      id: "x",
      r0: 1,
      c0: 0,
      rows: 6,
      cols: 1,
      text: "✓",
      colour: "#C6EFCE",
      areas: [
        { r0: 4, c0: 0, rows: 3, cols: 1 },
        { r0: 1, c0: 0, rows: 3, cols: 1 },
      ],
    });
    const context = wb.context();
    const formats = context.workbook.worksheets
      .getItem("S")
      .getRangeByIndexes(0, 0, 10, 1)
      .conditionalFormats.load("items");
    await context.sync();
    const [rule] = formats.items as any[];
    expect(rule.getRangeOrNullObject().isNullObject).toBe(true);
    const areas = rule.getRanges();
    areas.areas.load(["rowIndex", "rowCount"]);
    await context.sync();
    expect(areas.areas.items.map((a: any) => [a.rowIndex, a.rowCount])).toEqual([
      [4, 3],
      [1, 3],
    ]);
    wb.apiVersion = "1.8";
    expect(() => rule.getRanges()).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
  });

  it("holds a merged area's value in its top-left cell only, and gives the merged areas from ExcelApi 1.13", async () => {
    const grid = gridFromRows("S", [
      ["2023/24", "hidden"],
      ["Q1", "Q2"],
    ]);
    grid.merges = [{ top: 1, left: 1, bottom: 1, right: 2 }];
    const wb = MockWorkbook.fromGrids([grid]);
    const context = wb.context();
    const range = context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 2, 2).load("values");
    const merged = range.getMergedAreasOrNullObject();
    merged.areas.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    await context.sync();
    expect(range.values).toEqual([
      ["2023/24", ""],
      ["Q1", "Q2"],
    ]);
    expect(merged.areas.items).toEqual([{ rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 2 }]);
  });

  it("shows numbers in its locale, and the add-in judges a German sheet as it judges an English one", async () => {
    const rows = [
      ["Ref No.", "Measure", "Good performance", "Target", "Q1 Apr - June 2023/24", "Q2 Jul - Sep 2023/24"],
      ["M1", "Rate", "Low", "<8%", 0.103, 0.112],
      ["M2", "Share", "High", 0.85, 0.9, 0.812],
    ];
    const judged = async (locale: string) => {
      const grid = gridFromRows("S", rows);
      grid.formats = grid.formats.map((r, i) => r.map((f, c) => (i > 0 && c >= 3 ? "0.0%" : f)));
      const wb = MockWorkbook.fromGrids([grid]);
      wb.locale = locale;
      const read = await createOfficeGateway(wb.excel().run, wb.supports).readSheet("used-range");
      const [table] = detectScorecard(read.grid);
      if (table === undefined) throw new Error("no table");
      return {
        text: read.grid.text[1]?.[5],
        statuses: assessTable(measureRows(read.grid, table)).map((m) => [m.status, m.dot]),
      };
    };
    const english = await judged("en-GB");
    const german = await judged("de-DE");
    expect(english.text).toBe("11.2%");
    expect(german.text).toBe("11,2%");
    expect(german.statuses).toEqual(english.statuses);
  });
  it("refuses the page layout Excel refuses (a lower-case orientation, an unknown paper, a scale out of range) at the sync", async () => {
    const refused = async (set: (layout: any) => void) => {
      const wb = MockWorkbook.fromGrids([gridFromRows("S", [["a"]])]);
      const context = wb.context();
      set(context.workbook.worksheets.getItem("S").pageLayout);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      return wb.sheets.get("S")!.page;
    };
    expect((await refused((l) => (l.orientation = "landscape"))).orientation).toBeUndefined();
    await refused((l) => (l.paperSize = "A4 Paper"));
    await refused((l) => (l.zoom = { scale: 5 }));
    await refused((l) => (l.zoom = { horizontalFitToPages: 1, fitToWidth: 1 }));
    await refused((l) => (l.zoom = { horizontalFitToPages: 1.5 }));
    await refused((l) => (l.leftMargin = "0.4in"));
    const wb = MockWorkbook.fromGrids([gridFromRows("S", [["a"]])]);
    const context = wb.context();
    const sheet = context.workbook.worksheets.getItem("S");
    expect(() => sheet.pageLayout.setPrintTitleRows("8")).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    expect(() => sheet.freezePanes.freezeRows(-1)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    const layout = sheet.pageLayout;
    layout.orientation = "Landscape";
    layout.paperSize = "A4";
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.setPrintTitleRows("$8:$8");
    await context.sync();
    expect(wb.sheets.get("S")!.page).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$8:$8",
    });
  });
});
