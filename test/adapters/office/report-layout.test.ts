/**
 * The Office adapter lays out a report as the plan says, and as the file adapter does: the same column widths,
 * row heights and merges; headers in the header style; page setup, filter and frozen rows. On a host below
 * ExcelApi 1.9 (the manifest asks for 1.7) it writes the sheet without print setup or filter buttons, and never
 * reaches for a member the host lacks (the strict mock throws ApiNotFound if it does).
 */
import { createOfficeGateway } from "../../../src/adapters/office/office-gateway";
import { widthInPoints } from "../../../src/adapters/office/write-report";
import { reportSheetXml } from "../../../src/adapters/xlsx/report-sheet";
import { readStyles } from "../../../src/adapters/xlsx/styles";
import { FILL_COLOURS, type SheetPlan } from "../../../src/domain/plan/workbook-plan";
import {
  findAreasForImprovement,
  findRedFlags,
  planExceptionsSheet,
  planSummarySheet,
  summarise,
  type ReportMeta,
} from "../../../src/domain/reports";
import { councilPlanQ1, CURRENT, PREVIOUS } from "../../domain/reports/factory";
import { MockWorkbook } from "../../support/mock-workbook";
import path from "node:path";
import { readWorkbook } from "../../../src/adapters/xlsx/read-workbook";
import { scoreGrids } from "../../../src/domain/pipeline";

const meta: ReportMeta = {
  title: "council-plan-2019-q1.xlsx",
  currentLabel: CURRENT,
  comparisonLabel: PREVIOUS,
  basis: "recorded-else-computed",
};
const exceptions = () =>
  planExceptionsSheet(findRedFlags(councilPlanQ1()), findAreasForImprovement(councilPlanQ1()), meta);
const summary = () => planSummarySheet(summarise(councilPlanQ1()), meta);

async function written(plan: SheetPlan, apiVersion = "1.13") {
  const wb = new MockWorkbook();
  wb.addSheet("Scorecard");
  wb.apiVersion = apiVersion;
  await createOfficeGateway(wb.excel().run, wb.supports).writeReport(plan);
  const sheet = wb.sheets.get(plan.name);
  if (sheet === undefined) throw new Error(`no ${plan.name}`);
  return { wb, sheet };
}

/** What the file adapter writes for the same plan: row heights, column widths (characters) and merges. */
function fileLayout(plan: SheetPlan) {
  const xml = reportSheetXml(plan, readStyles(null, null));
  const heights = new Map(
    [...xml.matchAll(/<row r="(\d+)" ht="([\d.]+)"/g)].map((m) => [Number(m[1]) - 1, Number(m[2])] as const),
  );
  const widths = [...xml.matchAll(/<col min="(\d+)"[^>]*width="([\d.]+)"/g)].map((m) => Number(m[2]));
  const merges = [...xml.matchAll(/<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)\d+"/g)].map((m) => ({
    row: Number(m[2]) - 1,
    from: m[1],
    to: m[3],
  }));
  return { heights, widths, merges };
}
const letter = (c: number) => String.fromCharCode(65 + c);

describe("a report sheet written through Office.js", () => {
  it("gives the Exceptions the file's row heights and column widths, so wrapped rows never overlap", async () => {
    const plan = exceptions();
    const { sheet } = await written(plan);
    const file = fileLayout(plan);
    expect(file.heights.size).toBeGreaterThan(3);
    expect(Object.fromEntries(sheet.rowHeights)).toEqual(Object.fromEntries(file.heights));
    expect(file.widths.map((w, c) => sheet.columnWidths.get(c))).toEqual(file.widths.map(widthInPoints));
  });

  it("heads each table in the header style, wraps and borders its cells, and aligns figures right", async () => {
    const plan = exceptions();
    const { wb, sheet } = await written(plan);
    const headerRow = plan.rows.findIndex((r) => r[0]?.value.kind === "text" && r[0].value.text === "Ref") + 1;
    for (let c = 1; c <= plan.columnWidths.length; c++)
      expect(wb.cell("Exceptions", headerRow, c)).toMatchObject({
        bold: true,
        fill: FILL_COLOURS.header.toUpperCase(),
        wrap: true,
        valign: "Top",
        borders: { EdgeTop: "#A6A6A6", EdgeBottom: "#A6A6A6", EdgeLeft: "#A6A6A6", EdgeRight: "#A6A6A6" },
      });
    const a2 =
      [...sheet.cells]
        .find(([, c]) => c.value === "1.A2")?.[0]
        .split(",")
        .map(Number)[0] ?? -1;
    expect(wb.cell("Exceptions", a2 + 1, 2)).toMatchObject({ wrap: true, align: "Left" });
    // 94.8 is a number in the format the scorecard showed it in, right-aligned as a figure.
    expect(wb.cell("Exceptions", a2 + 1, 6)).toMatchObject({ value: 94.8, format: "0.0", align: "Right" });
  });

  it("sets the page up: landscape A4 one page wide, the header repeated, Sheet and Row left off paper", async () => {
    const plan = exceptions();
    const { sheet } = await written(plan);
    const header = plan.freezeRows ?? 0;
    expect(header).toBeGreaterThan(0);
    expect(sheet.page).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: `$${header}:$${header}`,
      printArea: { r0: 0, c0: 0, rows: plan.rows.length, cols: 12 }, // Ref to Trend
      centerFooter: "&A, page &P of &N",
      margins: { leftMargin: 0.4 * 72, topMargin: 0.6 * 72 },
    });
    expect(sheet.frozenRows).toBe(header);
    expect(sheet.autoFilter).toEqual({ r0: header - 1, c0: 0, rows: plan.autoFilter!.lastRow - header + 1, cols: 14 });
  });

  it("merges what the plan spans, as the file does, and refreshes in place without stacking merges or filters", async () => {
    const plan = summary();
    const { wb, sheet } = await written(plan);
    const file = fileLayout(plan);
    expect(file.merges.length).toBeGreaterThan(5);
    const merges = sheet.merges.map((m) => ({ row: m.r0, from: letter(m.c0), to: letter(m.c0 + m.cols - 1) }));
    expect(merges).toEqual(file.merges);
    expect(sheet.page.orientation).toBe("Portrait");
    // A second write into the same sheet: the mock refuses a merge over a merge and a second AutoFilter.
    const gateway = createOfficeGateway(wb.excel().run, wb.supports);
    await gateway.writeReport(plan);
    await gateway.writeReport(exceptions());
    expect(sheet.merges).toHaveLength(file.merges.length);
  });

  it("writes the sheet on ExcelApi 1.7 without print setup or filter buttons, frozen and laid out all the same", async () => {
    const plan = exceptions();
    const { sheet } = await written(plan, "1.7");
    expect(sheet.page).toEqual({ margins: {} });
    expect(sheet.autoFilter).toBeNull();
    expect(sheet.frozenRows).toBe(plan.freezeRows);
    expect(sheet.rowHeights.size).toBeGreaterThan(3);
  });
});

describe("columns the add-in adds to a scorecard, through Office.js", () => {
  it("are as wide as the file makes them, with their symbols centred", async () => {
    const { grids } = await readWorkbook(
      path.resolve(__dirname, "../../../examples/directorate-performance-2023-q2.xlsx"),
    );
    const { plan } = scoreGrids(grids, { writeback: { mode: "value", recorded: "keep", dotStyle: "arrow" } });
    expect(plan.addedColumns.length).toBeGreaterThan(0);
    const wb = MockWorkbook.fromGrids(grids);
    await createOfficeGateway(wb.excel().run, wb.supports).applyPlan(plan);
    for (const added of plan.addedColumns) {
      const sheet = wb.sheets.get(added.sheet)!;
      expect(sheet.columnWidths.get(added.column - 1)).toBe(widthInPoints(added.width));
      const symbols = plan.edits
        .flatMap((e) => e.cells)
        .filter((c) => c.column === added.column && c.value.kind === "text" && c.value.text !== added.header);
      expect(symbols.length).toBeGreaterThan(0);
      for (const c of symbols) expect(wb.cell(added.sheet, c.row, c.column)?.align).toBe("Center");
    }
  });
});
