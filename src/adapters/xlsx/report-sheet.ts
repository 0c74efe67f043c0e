/**
 * A report sheet (Summary, Exceptions, Checks) as a whole worksheet part: inline strings, styles appended,
 * and the plan's layout translated to SpreadsheetML (row heights, merges, frozen rows, filter, page setup).
 */
import type { PageSetup, SheetPlan } from "../../domain/plan/workbook-plan";
import { columnLetters } from "../../domain/sheet/a1";
import { cellXml, isNoChange, styleChange } from "./cell-xml";
import type { Styles } from "./styles";
import { escapeAttr, escapeText } from "./xml";

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The rows a sheet's print titles repeat, as the _xlnm.Print_Titles defined name gives them (`'Summary'!$8:$8`). */
export function printTitlesRef(sheetName: string, plan: SheetPlan): string | null {
  const rows = plan.page?.titleRows;
  return rows === undefined ? null : `${quoteSheet(sheetName)}!$${rows.first}:$${rows.last}`;
}

/** The printed part of the sheet, as the _xlnm.Print_Area defined name gives it; null prints it all. */
export function printAreaRef(sheetName: string, plan: SheetPlan): string | null {
  const columns = plan.page?.printColumns;
  if (columns === undefined) return null;
  return `${quoteSheet(sheetName)}!$A$1:$${columnLetters(columns)}$${Math.max(1, plan.rows.length)}`;
}

/** The filtered list, as the _xlnm._FilterDatabase defined name gives it. */
export function filterRef(sheetName: string, plan: SheetPlan): string | null {
  const f = plan.autoFilter;
  return f === undefined
    ? null
    : `${quoteSheet(sheetName)}!$${columnLetters(f.firstColumn)}$${f.headerRow}:$${columnLetters(f.lastColumn)}$${f.lastRow}`;
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

function sheetView(plan: SheetPlan): string {
  const frozen = plan.freezeRows ?? 0;
  if (frozen <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const top = `A${frozen + 1}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`
  );
}

function pageXml(page: PageSetup | undefined): string {
  if (page === undefined)
    return '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const m = page.margins;
  // paperSize 9 is A4; fitToHeight 0 lets the rows run onto as many pages as they need.
  return (
    '<printOptions horizontalCentered="1"/>' +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="9" orientation="${page.orientation}" fitToWidth="${page.fitToWidth}" fitToHeight="0"/>` +
    (page.footer === undefined ? "" : `<headerFooter><oddFooter>${escapeText(page.footer)}</oddFooter></headerFooter>`)
  );
}

export function reportSheetXml(plan: SheetPlan, styles: Styles): string {
  let width = 0;
  let rows = "";
  const merges: string[] = [];
  plan.rows.forEach((cells, r) => {
    let body = "";
    cells.forEach((planned, c) => {
      if ((planned.span ?? 1) > 1)
        merges.push(`${columnLetters(c + 1)}${r + 1}:${columnLetters(c + planned.span!)}${r + 1}`);
      const change = styleChange(planned);
      if (planned.value.kind === "blank" && isNoChange(change)) return;
      body += cellXml(
        `${columnLetters(c + 1)}${r + 1}`,
        isNoChange(change) ? 0 : styles.styleFor(0, change),
        planned.value,
      );
      width = Math.max(width, c + 1);
    });
    const height = plan.rowHeights?.[r] ?? 0;
    const ht = height > 0 ? ` ht="${height}" customHeight="1"` : "";
    if (body !== "" || ht !== "") rows += `<row r="${r + 1}"${ht}>${body}</row>`;
  });
  const height = plan.rows.length;
  const dimension = height === 0 || width === 0 ? "A1" : `A1:${columnLetters(width)}${height}`;
  const cols =
    plan.columnWidths.length === 0
      ? ""
      : `<cols>${plan.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`;
  const f = plan.autoFilter;
  const filter =
    f === undefined
      ? ""
      : `<autoFilter ref="${columnLetters(f.firstColumn)}${f.headerRow}:${columnLetters(f.lastColumn)}${f.lastRow}"/>`;
  const mergeXml =
    merges.length === 0
      ? ""
      : `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${escapeAttr(m)}"/>`).join("")}</mergeCells>`;
  const sheetPr = plan.page === undefined ? "" : '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>` +
    `${sheetPr}<dimension ref="${dimension}"/>${sheetView(plan)}<sheetFormatPr defaultRowHeight="15"/>` +
    `${cols}<sheetData>${rows}</sheetData>${filter}${mergeXml}${pageXml(plan.page)}</worksheet>`
  );
}
