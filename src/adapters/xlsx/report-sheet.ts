/** A report sheet (Summary, Exceptions, Checks) as a whole worksheet part: inline strings, styles appended. */
import type { SheetPlan } from "../../domain/plan/workbook-plan";
import { columnLetters } from "../../domain/sheet/a1";
import { cellXml, isNoChange, styleChange } from "./cell-xml";
import type { Styles } from "./styles";

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export function reportSheetXml(plan: SheetPlan, styles: Styles): string {
  let width = 0;
  let rows = "";
  plan.rows.forEach((cells, r) => {
    let body = "";
    cells.forEach((planned, c) => {
      if (planned.value.kind === "blank" && planned.fill === undefined && planned.bold !== true) return;
      const change = styleChange(planned);
      body += cellXml(
        `${columnLetters(c + 1)}${r + 1}`,
        isNoChange(change) ? 0 : styles.styleFor(0, change),
        planned.value,
      );
      width = Math.max(width, c + 1);
    });
    if (body !== "") rows += `<row r="${r + 1}">${body}</row>`;
  });
  const height = plan.rows.length;
  const dimension = height === 0 || width === 0 ? "A1" : `A1:${columnLetters(width)}${height}`;
  const cols =
    plan.columnWidths.length === 0
      ? ""
      : `<cols>${plan.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>` +
    `<dimension ref="${dimension}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `${cols}<sheetData>${rows}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}
