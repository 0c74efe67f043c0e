/**
 * Write a report sheet (Summary, Exceptions, Checks) in place: blocks of rows plus a few format ranges, one
 * request per block under Excel on the web's 5 MB limit (an Exceptions sheet of a big scorecard is tens of
 * thousands of rows); most reports are one block. The plan's layout (styles, merges, row heights, frozen rows,
 * filter, page setup) is translated as given; members of ExcelApi 1.9 are used only where the host has it.
 */
import { FILL_COLOURS, type PageSetup, type SheetPlan } from "../../domain/plan/workbook-plan";
import type { Supports } from "./api-sets";
import { CHUNK_BYTES, formatOf, formulaOf } from "./blocks";
import { reportSheet } from "./owned-sheets";
import { styleRectangles, type CellStyle } from "./report-styles";
import { writeCharts } from "./write-charts";

const ALIGN: Record<NonNullable<CellStyle["align"]>, Excel.HorizontalAlignment> = {
  left: "Left" as Excel.HorizontalAlignment,
  center: "Center" as Excel.HorizontalAlignment,
  right: "Right" as Excel.HorizontalAlignment,
};
const VALIGN: Record<NonNullable<CellStyle["valign"]>, Excel.VerticalAlignment> = {
  top: "Top" as Excel.VerticalAlignment,
  center: "Center" as Excel.VerticalAlignment,
};
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;
/** The table border, as the file adapter writes it. */
const BORDER_COLOUR = "#A6A6A6";

function styleRange(range: Excel.Range, style: CellStyle): void {
  if (style.bold === true) range.format.font.bold = true;
  if (style.fill !== undefined) range.format.fill.color = FILL_COLOURS[style.fill];
  if (style.wrap === true) range.format.wrapText = true;
  if (style.align !== undefined) range.format.horizontalAlignment = ALIGN[style.align];
  const valign = style.valign ?? (style.wrap === true ? "top" : undefined);
  if (valign !== undefined) range.format.verticalAlignment = VALIGN[valign];
  if (style.border === true)
    for (const edge of EDGES) {
      const border = range.format.borders.getItem(edge as Excel.BorderIndex);
      border.style = "Continuous" as Excel.BorderLineStyle;
      border.color = BORDER_COLOUR;
    }
}

const INCH = 72;

/** A width in characters (the file's unit) in points (Office.js's), so both adapters give a column the same width. */
export const widthInPoints = (characters: number): number => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

export async function writeReport(
  context: Excel.RequestContext,
  plan: SheetPlan,
  supports: Supports = () => false,
  /** Show the sheet (a report asked for); the History sheet refreshed with a write stays behind. */
  activate = true,
): Promise<{ name: string }> {
  const sheet = await reportSheet(context, plan.name);
  const width = Math.max(1, ...plan.rows.map((r) => r.length), plan.columnWidths.length);
  const formulas = plan.rows.map((row) =>
    Array.from({ length: width }, (_, c) => (row[c] === undefined ? "" : formulaOf(row[c].value))),
  );
  const formats = plan.rows.map((row) =>
    Array.from({ length: width }, (_, c) => (row[c] === undefined ? "General" : formatOf(row[c].value))),
  );
  const rectangles = styleRectangles(plan.rows);
  // The last refresh's merges, heights and filter go before this one's are laid.
  const whole = sheet.getRange();
  whole.unmerge();
  whole.format.useStandardHeight = true;
  if (supports("1.9")) {
    // remove() is asked only of a filter that is there (Excel's own samples check first).
    const filter = sheet.autoFilter.load("enabled");
    await context.sync();
    if (filter.enabled) filter.remove();
  }
  // Rows in blocks under the request limit: a row's JSON, twice (formulas and formats), and its format ranges.
  let start = 0;
  while (start < plan.rows.length) {
    let end = start;
    let bytes = 0;
    while (end < plan.rows.length) {
      const size = JSON.stringify(formulas[end]).length + JSON.stringify(formats[end]).length + 300;
      if (end > start && bytes + size > CHUNK_BYTES) break;
      bytes += size;
      end++;
    }
    const range = sheet.getRangeByIndexes(start, 0, end - start, width);
    range.numberFormat = formats.slice(start, end);
    range.formulas = formulas.slice(start, end);
    range.format.wrapText = false;
    // Each style rectangle's part in this block.
    for (const r of rectangles) {
      const top = Math.max(r.row, start);
      const bottom = Math.min(r.row + r.rows, end);
      if (top < bottom) styleRange(sheet.getRangeByIndexes(top, r.column, bottom - top, r.columns), r.style);
    }
    for (let r = start; r < end; r++) {
      plan.rows[r]?.forEach((cell, c) => {
        if ((cell.span ?? 1) > 1) sheet.getRangeByIndexes(r, c, 1, cell.span ?? 1).merge(false);
      });
      const height = plan.rowHeights?.[r] ?? 0;
      if (height > 0) sheet.getRangeByIndexes(r, 0, 1, 1).format.rowHeight = height;
    }
    start = end;
    if (start < plan.rows.length) await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one sync per block under the request limit
  }
  // Column widths are given in characters; Excel wants points: a character is 7 pixels, plus 5 of padding.
  plan.columnWidths.forEach((w, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthInPoints(w);
  });
  sheet.freezePanes.unfreeze();
  if ((plan.freezeRows ?? 0) > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
  // Print setup and filter buttons need ExcelApi 1.9; an older Excel gets the sheet without them.
  if (supports("1.9")) {
    const f = plan.autoFilter;
    if (f !== undefined)
      sheet.autoFilter.apply(
        sheet.getRangeByIndexes(
          f.headerRow - 1,
          f.firstColumn - 1,
          f.lastRow - f.headerRow + 1,
          f.lastColumn - f.firstColumn + 1,
        ),
      );
    const applyPage = (page: PageSetup, rows: number): void => {
      const layout = sheet.pageLayout;
      layout.orientation = (page.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
      layout.paperSize = "A4" as Excel.PaperType;
      // Zero pages down: as many as the rows need, one across.
      layout.zoom = { horizontalFitToPages: page.fitToWidth, verticalFitToPages: 0 };
      layout.leftMargin = page.margins.left * INCH;
      layout.rightMargin = page.margins.right * INCH;
      layout.topMargin = page.margins.top * INCH;
      layout.bottomMargin = page.margins.bottom * INCH;
      layout.headerMargin = page.margins.header * INCH;
      layout.footerMargin = page.margins.footer * INCH;
      layout.centerHorizontally = true;
      if (page.titleRows !== undefined) layout.setPrintTitleRows(`$${page.titleRows.first}:$${page.titleRows.last}`);
      if (page.printColumns !== undefined)
        layout.setPrintArea(sheet.getRangeByIndexes(0, 0, Math.max(1, rows), page.printColumns));
      if (page.footer !== undefined) layout.headersFooters.defaultForAllPages.centerFooter = page.footer;
    };
    if (plan.page !== undefined) applyPage(plan.page, plan.rows.length);
  }
  await writeCharts(context, sheet, plan);
  if (activate) sheet.activate();
  sheet.load("name");
  await context.sync();
  return { name: sheet.name };
}
