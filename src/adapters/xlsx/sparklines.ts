/**
 * Excel sparklines in a worksheet's extLst (the x14 extension Excel 2010 added): one group per drawing
 * direction, each sparkline reading a measure's period cells on its scorecard sheet into a Trend cell.
 */
import type { SparklinePlan } from "../../domain/plan/workbook-plan";
import { address } from "../../domain/sheet/a1";
import { areaRef } from "./sheet-ref";
import { escapeText } from "./xml";

export const SPARKLINE_EXT_URI = "{05C60535-1F16-4fd2-B633-F4F36F0B64E0}";
const X14_NS = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM_NS = "http://schemas.microsoft.com/office/excel/2006/main";

/** A dark line, the newest point marked red (what the Exceptions rows are about). */
const COLOURS =
  '<x14:colorSeries rgb="FF1F4E79"/><x14:colorNegative rgb="FFC00000"/><x14:colorAxis rgb="FF000000"/>' +
  '<x14:colorMarkers rgb="FF1F4E79"/><x14:colorFirst rgb="FF1F4E79"/><x14:colorLast rgb="FFC00000"/>' +
  '<x14:colorHigh rgb="FF1F4E79"/><x14:colorLow rgb="FF1F4E79"/>';

function groupXml(sparklines: readonly SparklinePlan[], rightToLeft: boolean): string {
  const lines = sparklines
    .map((s) => {
      const source = areaRef(
        s.source.sheet,
        {
          firstRow: s.source.row,
          lastRow: s.source.row,
          firstColumn: s.source.firstColumn,
          lastColumn: s.source.lastColumn,
        },
        false,
      );
      return `<x14:sparkline><xm:f>${escapeText(source)}</xm:f><xm:sqref>${address(s.row, s.column)}</xm:sqref></x14:sparkline>`;
    })
    .join("");
  return (
    `<x14:sparklineGroup displayEmptyCellsAs="gap" last="1" lineWeight="1.25"${rightToLeft ? ' rightToLeft="1"' : ""}>` +
    `${COLOURS}<x14:sparklines>${lines}</x14:sparklines></x14:sparklineGroup>`
  );
}

/** The `<ext>` holding the sheet's sparklines, or "" when it has none. */
export function sparklinesExtXml(sparklines: readonly SparklinePlan[]): string {
  if (sparklines.length === 0) return "";
  const groups = [false, true]
    .map((rtl) => sparklines.filter((s) => s.rightToLeft === rtl))
    .map((group, i) => (group.length === 0 ? "" : groupXml(group, i === 1)))
    .join("");
  return `<ext uri="${SPARKLINE_EXT_URI}" xmlns:x14="${X14_NS}"><x14:sparklineGroups xmlns:xm="${XM_NS}">${groups}</x14:sparklineGroups></ext>`;
}
