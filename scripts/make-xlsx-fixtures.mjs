// Writes the binary workbooks under test/adapters/xlsx/fixtures/, once (they are committed, so CI needs
// neither Python nor LibreOffice): `node scripts/make-xlsx-fixtures.mjs [--libreoffice]`.
//   rich.xlsx      a scorecard in a table, with the parts Excel writes for charts, a chartsheet, a pivot table,
//                  sparklines, threaded comments, an external link, sensitivity-label metadata, protection,
//                  print setup and defined names, data validation, every conditional-format type, an image…
//   rich.xlsm      the same with a VBA project (macro-enabled content type, codeName)
//   libreoffice.xlsx  rich.xlsx opened and saved by LibreOffice (only with --libreoffice; needs soffice)
//   refuse-*.xlsx  workbooks the tool must refuse to write: a shared-formula master in the status column,
//                  a locked workbook structure, a table whose header the tool would have to change
// The parts are written by hand, as Excel 365 writes them, because no Python workbook library is installed here.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import JSZip from "jszip";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "test/adapters/xlsx/fixtures");
mkdirSync(out, { recursive: true });

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MC =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"';
const RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const rels = (list) =>
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.map(([id, type, target, ext]) => `<Relationship Id="${id}" Type="${type}" Target="${esc(target)}"${ext ? ' TargetMode="External"' : ""}/>`).join("")}</Relationships>`;
const col = (n) => {
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/** A 4×4 PNG (a red square), built with zlib so the image part is a real picture. */
function png() {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(4, 0);
  ihdr.writeUInt32BE(4, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const raw = Buffer.concat(
    Array.from({ length: 4 }, () => Buffer.from([0, 200, 30, 30, 200, 30, 30, 200, 30, 30, 200, 30, 30])),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Bytes shaped like a VBA project: an OLE compound file header followed by a module stream's text. */
function vbaProject() {
  const b = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
  Buffer.from(
    'Attribute VB_Name = "Module1"\r\nSub RefreshScorecard()\r\n    Application.CalculateFull\r\nEnd Sub\r\n',
    "latin1",
  ).copy(b, 1536);
  for (let i = 512; i < 1536; i++) b[i] = (i * 31) & 0xff;
  return b;
}

const THEME = `${XML}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`;

// Styles: 0 default, 1 header (bold, theme-tinted fill), 2 percent, 3 named "Good" style, 4 date, 5 locked-off input, 6 green RAG fill (rgb), 7 indexed red fill.
const STYLES = `${XML}<styleSheet xmlns="${NS}" ${MC.replace("x14ac xr xr2 xr3", "x14ac x16r2 xr")} xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="3" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><sz val="11"/><color rgb="FF006100"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="6"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor theme="4" tint="0.79998168889431442"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFC6EFCE"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FF92D050"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor indexed="10"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders><cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="2" fillId="3" borderId="0" applyNumberFormat="0" applyBorder="0" applyAlignment="0" applyProtection="0"/></cellStyleXfs><cellXfs count="8"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/><xf numFmtId="0" fontId="2" fillId="3" borderId="0" xfId="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyProtection="1"><protection locked="0"/></xf><xf numFmtId="0" fontId="0" fillId="4" borderId="1" xfId="0" applyFill="1" applyBorder="1"/><xf numFmtId="0" fontId="0" fillId="5" borderId="1" xfId="0" applyFill="1" applyBorder="1"/></cellXfs><cellStyles count="2"><cellStyle name="Good" xfId="1" builtinId="26"/><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="3"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf><dxf><font><color rgb="FF006100"/></font><fill><patternFill><bgColor rgb="FFC6EFCE"/></patternFill></fill></dxf><dxf><font><color rgb="FF9C5700"/></font><fill><patternFill><bgColor rgb="FFFFEB9C"/></patternFill></fill></dxf></dxfs><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/><extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst></styleSheet>`;

const PERIOD_1 = "Q1 Apr - Jun 2023/24";
const PERIOD_2 = "Q2 Jul - Sep 2023/24";
const HEADER = ["Ref No.", "Measure", "Good performance", "Target", PERIOD_1, PERIOD_2, "Overall status", "DOT"];
const MEASURES = [
  ["1.A1", "Children with a child protection plan for a second time", "Low", "<8%", 0.091, 0.084, null, null],
  ["1.A2", "Early help assessments completed in 45 days", "High", "90%", 0.86, 0.93, null, "↑"],
  ["2.B1", "Adults supported to live at home", "High", "85%", 0.81, 0.79, "✘", null],
  ["2.B2", "Delayed transfers of care (days)", "Low", "300", 320, 280, null, null],
  ["3.C1", "Household waste recycled", "High", "45%", 0.41, 0.43, null, null],
  ["3.C2", "Fly-tipping incidents cleared in 3 days", "High", "95%", 0.97, 0.96, null, null],
];

/** The shared strings: the header, the measures' text, and one rich-text run. */
function stringsFor(rows) {
  const list = [];
  const index = new Map();
  const add = (s) => {
    if (!index.has(s)) {
      index.set(s, list.length);
      list.push(s);
    }
    return index.get(s);
  };
  for (const r of rows) for (const v of r) if (typeof v === "string") add(v);
  return { add, index, list };
}

function scorecardSheet(opts) {
  const { strings, sharedMaster = false, withExtras = true } = opts;
  const rowsXml = [];
  const cell = (ref, v, s) => {
    const sa = s ? ` s="${s}"` : "";
    if (v === null || v === undefined) return s ? `<c r="${ref}"${sa}/>` : "";
    if (typeof v === "number") return `<c r="${ref}"${sa}><v>${v}</v></c>`;
    return `<c r="${ref}"${sa} t="s"><v>${strings.add(v)}</v></c>`;
  };
  rowsXml.push(
    `<row r="1" spans="1:10" ht="30" customHeight="1" x14ac:dyDescent="0.25">${HEADER.map((h, i) => cell(`${col(i + 1)}1`, h, 1)).join("")}</row>`,
  );
  MEASURES.forEach((m, i) => {
    const r = i + 2;
    const cells = m.map((v, c) => {
      const ref = `${col(c + 1)}${r}`;
      if (sharedMaster && c === 6) {
        // The status column computed by one shared formula (master in G2).
        return i === 0
          ? `<c r="${ref}" s="5" t="str"><f t="shared" ref="G2:G7" si="0">IF(F2&gt;=0.9,"✓","✘")</f><v>✘</v></c>`
          : `<c r="${ref}" s="5" t="str"><f t="shared" si="0"/><v>${m[5] >= 0.9 ? "✓" : "✘"}</v></c>`;
      }
      const style = c >= 4 && c <= 5 && typeof v === "number" && v < 1 ? 2 : c >= 6 ? 5 : 0;
      return cell(ref, v, style);
    });
    rowsXml.push(
      `<row r="${r}" spans="1:10" x14ac:dyDescent="0.25">${cells.join("")}${withExtras ? `<c r="J${r}"><f>F${r}-E${r}</f><v>${(m[5] - m[4]).toFixed(3)}</v></c>` : ""}</row>`,
    );
  });
  if (withExtras) {
    // Below the table: cached results of 0 and FALSE (ExcelJS reads both as blank), a date, a named style, fills
    // (a green RAG given only as a colour, an indexed red), and a shared formula the tool does not touch.
    rowsXml.push(
      `<row r="10" spans="1:10" x14ac:dyDescent="0.25">${cell("A10", "Checks", 3)}<c r="B10"><f>COUNTIF(G2:G7,"✱")</f><v>0</v></c><c r="C10" t="b"><f>ISNUMBER(B2)</f><v>0</v></c><c r="D10" s="4"><v>45199</v></c><c r="E10" s="6"/><c r="F10" s="7" t="s"><v>${strings.add("Red")}</v></c></row>`,
    );
    rowsXml.push(
      `<row r="11" spans="1:10" x14ac:dyDescent="0.25"><c r="A11"><f t="shared" ref="A11:C11" si="1">ROW()*2</f><v>22</v></c><c r="B11"><f t="shared" si="1"/><v>22</v></c><c r="C11"><f t="shared" si="1"/><v>22</v></c><c r="D11" t="s"><v>${strings.add("Rich text note")}</v></c><c r="E11" t="s"><v>${strings.add("See the Charts sheet")}</v></c></row>`,
    );
  }
  const cfTypes = [
    `<conditionalFormatting sqref="E2:F7"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0.5</formula></cfRule><cfRule type="expression" dxfId="1" priority="2"><formula>$F2&gt;$E2</formula></cfRule></conditionalFormatting>`,
    `<conditionalFormatting sqref="E2:E7"><cfRule type="colorScale" priority="3"><colorScale><cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/><color rgb="FFF8696B"/><color rgb="FFFFEB84"/><color rgb="FF63BE7B"/></colorScale></cfRule></conditionalFormatting>`,
    `<conditionalFormatting sqref="F2:F7"><cfRule type="dataBar" priority="4"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:id>{7C5B0B7A-9E4B-4C0E-9C38-2C1A6D1C0F01}</x14:id></ext></extLst></cfRule></conditionalFormatting>`,
    `<conditionalFormatting sqref="J2:J7"><cfRule type="iconSet" priority="5"><iconSet iconSet="3Arrows"><cfvo type="percent" val="0"/><cfvo type="percent" val="33"/><cfvo type="percent" val="67"/></iconSet></cfRule></conditionalFormatting>`,
    `<conditionalFormatting sqref="D2:D7"><cfRule type="top10" dxfId="1" priority="6" rank="2"/><cfRule type="top10" dxfId="0" priority="7" bottom="1" rank="1"/><cfRule type="aboveAverage" dxfId="2" priority="8"/><cfRule type="aboveAverage" dxfId="2" priority="9" aboveAverage="0"/></conditionalFormatting>`,
    `<conditionalFormatting sqref="A2:A7"><cfRule type="duplicateValues" dxfId="0" priority="10"/><cfRule type="uniqueValues" dxfId="1" priority="11"/></conditionalFormatting>`,
    `<conditionalFormatting sqref="B2:B7"><cfRule type="containsText" dxfId="2" priority="12" operator="containsText" text="plan"><formula>NOT(ISERROR(SEARCH("plan",B2)))</formula></cfRule><cfRule type="notContainsText" dxfId="1" priority="13" operator="notContains" text="care"><formula>ISERROR(SEARCH("care",B2))</formula></cfRule><cfRule type="beginsWith" dxfId="1" priority="14" operator="beginsWith" text="Adults"><formula>LEFT(B2,LEN("Adults"))="Adults"</formula></cfRule><cfRule type="endsWith" dxfId="0" priority="15" operator="endsWith" text="days"><formula>RIGHT(B2,LEN("days"))="days"</formula></cfRule></conditionalFormatting>`,
    `<conditionalFormatting sqref="C2:C7"><cfRule type="containsBlanks" dxfId="0" priority="16"><formula>LEN(TRIM(C2))=0</formula></cfRule><cfRule type="notContainsBlanks" dxfId="1" priority="17"><formula>LEN(TRIM(C2))&gt;0</formula></cfRule><cfRule type="containsErrors" dxfId="0" priority="18"><formula>ISERROR(C2)</formula></cfRule><cfRule type="notContainsErrors" dxfId="1" priority="19"><formula>NOT(ISERROR(C2))</formula></cfRule></conditionalFormatting>`,
    `<conditionalFormatting sqref="D10"><cfRule type="timePeriod" dxfId="2" priority="20" timePeriod="lastMonth"><formula>AND(MONTH(D10)=MONTH(EDATE(TODAY(),0-1)),YEAR(D10)=YEAR(EDATE(TODAY(),0-1)))</formula></cfRule></conditionalFormatting>`,
  ].join("");
  const extras = withExtras
    ? `<mergeCells count="1"><mergeCell ref="D11:E11"/></mergeCells>${cfTypes}<dataValidations count="2"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="C2:C7"><formula1>"High,Low"</formula1></dataValidation><dataValidation type="decimal" operator="between" allowBlank="1" showErrorMessage="1" errorTitle="Figure" error="A proportion between 0 and 1" sqref="E2:F7"><formula1>0</formula1><formula2>1</formula2></dataValidation></dataValidations><hyperlinks><hyperlink ref="E11" location="'Charts'!A1" display="See the Charts sheet"/></hyperlinks>`
    : "";
  const tail = withExtras
    ? `<printOptions gridLines="1"/><pageMargins left="0.25" right="0.25" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToHeight="0" r:id="rId4"/><headerFooter><oddHeader>&amp;C&amp;"-,Bold"Quarterly performance</oddHeader><oddFooter>&amp;LOFFICIAL&amp;RPage &amp;P of &amp;N</oddFooter></headerFooter><legacyDrawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId5"/></tableParts><extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="{7C5B0B7A-9E4B-4C0E-9C38-2C1A6D1C0F01}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule><xm:sqref>F2:F7</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap" markers="1"><x14:colorSeries theme="4" tint="-0.499984740745262"/><x14:colorNegative theme="5"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers theme="4" tint="-0.499984740745262"/><x14:colorFirst theme="4" tint="0.39997558519241921"/><x14:colorLast theme="4" tint="0.39997558519241921"/><x14:colorHigh theme="4"/><x14:colorLow theme="4"/><x14:sparklines>${MEASURES.map((_, i) => `<x14:sparkline><xm:f>Scorecard!E${i + 2}:F${i + 2}</xm:f><xm:sqref>I${i + 2}</xm:sqref></x14:sparkline>`).join("")}</x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`
    : `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${opts.table ? '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' : ""}`;
  const lastRow = withExtras ? 11 : MEASURES.length + 1;
  return `${XML}<worksheet xmlns="${NS}" xmlns:r="${R}" ${MC} xr:uid="{6F1C2B0E-3C9A-4E55-9D32-8A0D1B7E2F10}"><sheetPr codeName="Sheet1"><tabColor rgb="FF00B050"/><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:J${lastRow}"/><sheetViews><sheetView tabSelected="1" zoomScale="90" zoomScaleNormal="90" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="G2" sqref="G2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="1" width="9.140625" customWidth="1"/><col min="2" max="2" width="52.7109375" customWidth="1"/><col min="3" max="6" width="14.7109375" customWidth="1"/><col min="7" max="8" width="10.7109375" style="5" customWidth="1"/></cols><sheetData>${rowsXml.join("")}</sheetData>${withExtras ? '<sheetProtection algorithmName="SHA-512" hashValue="p8Q0uA==" saltValue="c2FsdA==" spinCount="100000" sheet="0" objects="1" scenarios="1"/>' : ""}${extras}${tail}</worksheet>`;
}

function sstXml(strings) {
  const items = strings.list.map((s) =>
    s === "Rich text note"
      ? '<si><r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t xml:space="preserve">Rich </t></r><r><rPr><i/><sz val="11"/><color rgb="FFFF0000"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t>text note</t></r></si>'
      : `<si><t>${esc(s)}</t></si>`,
  );
  return `${XML}<sst xmlns="${NS}" count="${items.length}" uniqueCount="${items.length}">${items.join("")}</sst>`;
}

const CHART = (title, ref) =>
  `${XML}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}" xmlns:c16r2="http://schemas.microsoft.com/office/drawing/2015/06/chart"><c:date1904 val="0"/><c:lang val="en-GB"/><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${title}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Scorecard!$F$1</c:f></c:strRef></c:tx><c:cat><c:strRef><c:f>Scorecard!$A$2:$A$7</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${ref}</c:f><c:numCache><c:formatCode>0.0%</c:formatCode><c:ptCount val="6"/>${MEASURES.map((m, i) => `<c:pt idx="${i}"><c:v>${m[5]}</c:v></c:pt>`).join("")}</c:numCache></c:numRef></c:val></c:ser><c:gapWidth val="219"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart><c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="1002"/></c:catAx><c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="0%" sourceLinked="0"/><c:crossAx val="1001"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const anchor = (from, to, inner) =>
  `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${from[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${to[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${inner}<xdr:clientData/></xdr:twoCellAnchor>`;
const DRAWING_NS =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const chartFrame = (id, rid) =>
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="Chart ${id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
const DRAWING1 = `${XML}<xdr:wsDr ${DRAWING_NS}>${anchor([0, 1], [8, 16], chartFrame(2, "rId1"))}${anchor([9, 1], [11, 5], `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Picture 2" descr="Council logo"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${R}" r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`)}${anchor([9, 6], [12, 9], `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="4" name="TextBox 3"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr wrap="square"/><a:lstStyle/><a:p><a:r><a:rPr lang="en-GB" sz="1100"/><a:t>Figures are provisional until validated.</a:t></a:r></a:p></xdr:txBody></xdr:sp>`)}</xdr:wsDr>`;
const DRAWING2 = `${XML}<xdr:wsDr ${DRAWING_NS}><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="9294091" cy="6082145"/>${chartFrame(2, "rId1")}<xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`;

function plainSheet(rows, extra = "", uid = "{00000000-0000-0000-0000-000000000002}") {
  const strings = rows.strings;
  const body = rows.data
    .map(
      (r, i) =>
        `<row r="${i + 1}">${r.map((v, c) => (v === null ? "" : typeof v === "number" ? `<c r="${col(c + 1)}${i + 1}"><v>${v}</v></c>` : `<c r="${col(c + 1)}${i + 1}" t="s"><v>${strings.add(v)}</v></c>`)).join("")}</row>`,
    )
    .join("");
  const w = Math.max(...rows.data.map((r) => r.length));
  return `${XML}<worksheet xmlns="${NS}" xmlns:r="${R}" ${MC} xr:uid="${uid}"><dimension ref="A1:${col(w)}${rows.data.length}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData>${body}</sheetData>${extra}</worksheet>`;
}

async function rich(macro) {
  const zip = new JSZip();
  const strings = stringsFor([HEADER, ...MEASURES]);
  const sheet1 = scorecardSheet({ strings });
  const chartsSheet = plainSheet(
    { strings, data: [["Latest quarter against target, by measure"]] },
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/>`,
    "{00000000-0000-0000-0000-000000000003}",
  );
  const pivotSheet = plainSheet(
    {
      strings,
      data: [[null], [null], ["Row Labels", "Sum of Q2"], ["High", 3.68], ["Low", 281.084], ["Grand Total", 284.764]],
    },
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
    "{00000000-0000-0000-0000-000000000004}",
  );
  const lockedSheet = plainSheet(
    { strings, data: [["Key"], ["✓", "On target"], ["●", "Near target"], ["✘", "Off target"]] },
    `<sheetProtection algorithmName="SHA-512" hashValue="q1w2e3==" saltValue="c2FsdA==" spinCount="100000" sheet="1" objects="1" scenarios="1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
    "{00000000-0000-0000-0000-000000000005}",
  );
  const main = macro ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml" : `${CT}.spreadsheetml.sheet.main+xml`;
  const overrides = [
    ["/xl/workbook.xml", main],
    ["/xl/worksheets/sheet1.xml", `${CT}.spreadsheetml.worksheet+xml`],
    ["/xl/worksheets/sheet2.xml", `${CT}.spreadsheetml.worksheet+xml`],
    ["/xl/worksheets/sheet3.xml", `${CT}.spreadsheetml.worksheet+xml`],
    ["/xl/worksheets/sheet4.xml", `${CT}.spreadsheetml.worksheet+xml`],
    ["/xl/chartsheets/sheet1.xml", `${CT}.spreadsheetml.chartsheet+xml`],
    ["/xl/theme/theme1.xml", `${CT}.theme+xml`],
    ["/xl/styles.xml", `${CT}.spreadsheetml.styles+xml`],
    ["/xl/sharedStrings.xml", `${CT}.spreadsheetml.sharedStrings+xml`],
    ["/xl/drawings/drawing1.xml", `${CT}.drawing+xml`],
    ["/xl/drawings/drawing2.xml", `${CT}.drawing+xml`],
    ["/xl/charts/chart1.xml", `${CT}.drawingml.chart+xml`],
    ["/xl/charts/chart2.xml", `${CT}.drawingml.chart+xml`],
    ["/xl/tables/table1.xml", `${CT}.spreadsheetml.table+xml`],
    ["/xl/pivotTables/pivotTable1.xml", `${CT}.spreadsheetml.pivotTable+xml`],
    ["/xl/pivotCache/pivotCacheDefinition1.xml", `${CT}.spreadsheetml.pivotCacheDefinition+xml`],
    ["/xl/pivotCache/pivotCacheRecords1.xml", `${CT}.spreadsheetml.pivotCacheRecords+xml`],
    ["/xl/externalLinks/externalLink1.xml", `${CT}.spreadsheetml.externalLink+xml`],
    ["/xl/comments1.xml", `${CT}.spreadsheetml.comments+xml`],
    ["/xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml"],
    ["/xl/persons/person.xml", "application/vnd.ms-excel.person+xml"],
    ["/xl/calcChain.xml", `${CT}.spreadsheetml.calcChain+xml`],
    ["/xl/printerSettings/printerSettings1.bin", `${CT}.spreadsheetml.printerSettings`],
    ["/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
    ["/docProps/app.xml", `${CT}.extended-properties+xml`],
    ["/docProps/custom.xml", `${CT}.custom-properties+xml`],
    ["/customXml/itemProps1.xml", `${CT}.customXmlProperties+xml`],
    ["/docMetadata/LabelInfo.xml", "application/vnd.ms-office.classificationlabels+xml"],
  ];
  zip.file(
    "[Content_Types].xml",
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="png" ContentType="image/png"/>${macro ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' : ""}<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="${CT}.vmlDrawing"/>${overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join("")}</Types>`,
  );
  zip.file(
    "_rels/.rels",
    rels([
      ["rId3", `${RT}/extended-properties`, "docProps/app.xml"],
      [
        "rId2",
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        "docProps/core.xml",
      ],
      ["rId1", `${RT}/officeDocument`, "xl/workbook.xml"],
      ["rId4", `${RT}/custom-properties`, "docProps/custom.xml"],
      [
        "rId5",
        "http://schemas.microsoft.com/office/2020/02/relationships/classificationlabels",
        "docMetadata/LabelInfo.xml",
      ],
    ]),
  );
  zip.file(
    "docProps/core.xml",
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Performance Team</dc:creator><cp:lastModifiedBy>Performance Team</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2023-10-02T08:12:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2023-10-20T15:40:00Z</dcterms:modified></cp:coreProperties>`,
  );
  zip.file(
    "docProps/app.xml",
    `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>4</vt:i4></vt:variant><vt:variant><vt:lpstr>Charts</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="5" baseType="lpstr"><vt:lpstr>Scorecard</vt:lpstr><vt:lpstr>Charts</vt:lpstr><vt:lpstr>Pivot</vt:lpstr><vt:lpstr>Key</vt:lpstr><vt:lpstr>Trend chart</vt:lpstr></vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>`,
  );
  const label = "{3c1e6a2f-8f4e-4a8b-9d3c-2e7f1b5a9c01}";
  zip.file(
    "docProps/custom.xml",
    `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_${label.slice(1, -1)}_Enabled"><vt:lpwstr>true</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="MSIP_Label_${label.slice(1, -1)}_Name"><vt:lpwstr>OFFICIAL</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="ContentTypeId"><vt:lpwstr>0x0101009B1A2C3D4E5F60718293A4B5C6D7E8F9</vt:lpwstr></property></Properties>`,
  );
  zip.file(
    "docMetadata/LabelInfo.xml",
    `${XML}<clbl:labelList xmlns:clbl="http://schemas.microsoft.com/office/2020/mipLabelMetadata"><clbl:label id="${label}" enabled="1" method="Standard" siteId="{72f988bf-86f1-41af-91ab-2d7cd011db47}" removed="0"/></clbl:labelList>`,
  );
  zip.file(
    "customXml/item1.xml",
    `<?xml version="1.0" encoding="utf-8"?><p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><documentManagement><TaxCatchAll xmlns="b2f9c3a1-0d4e-4f5a-8b6c-7d8e9f0a1b2c"/><lcf76f155ced4ddcb4097134ff3c332f xmlns="e1d2c3b4-a5f6-4789-8abc-def012345678"><Terms xmlns="http://schemas.microsoft.com/office/infopath/2007/PartnerControls"/></lcf76f155ced4ddcb4097134ff3c332f></documentManagement></p:properties>`,
  );
  zip.file(
    "customXml/itemProps1.xml",
    `${XML}<ds:datastoreItem ds:itemID="{A1B2C3D4-E5F6-4789-9ABC-DEF012345678}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.microsoft.com/office/2006/metadata/properties"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  zip.file("customXml/_rels/item1.xml.rels", rels([["rId1", `${RT}/customXmlProps`, "itemProps1.xml"]]));
  zip.file(
    "xl/workbook.xml",
    `${XML}<workbook xmlns="${NS}" xmlns:r="${R}" ${MC.replace("x14ac xr xr2 xr3", "x15 xr xr6 xr10 xr2")} xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr ${macro ? 'codeName="ThisWorkbook" ' : ""}defaultThemeVersion="166925"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews><sheets><sheet name="Scorecard" sheetId="1" r:id="rId1"/><sheet name="Charts" sheetId="2" r:id="rId2"/><sheet name="Pivot" sheetId="3" r:id="rId3"/><sheet name="Key" sheetId="5" r:id="rId4"/><sheet name="Trend chart" sheetId="6" r:id="rId5"/></sheets><externalReferences><externalReference r:id="rId6"/></externalReferences><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Scorecard!$A$1:$H$7</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">Scorecard!$A$1:$H$11</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">Scorecard!$1:$1</definedName><definedName name="LastYear">[1]Outturn!$B$2:$B$40</definedName><definedName name="Tolerance">0.05</definedName></definedNames><calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="7" r:id="rId7"/></pivotCaches><extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels([
      ["rId8", `${RT}/theme`, "theme/theme1.xml"],
      ["rId3", `${RT}/worksheet`, "worksheets/sheet3.xml"],
      ["rId7", `${RT}/pivotCacheDefinition`, "pivotCache/pivotCacheDefinition1.xml"],
      ["rId2", `${RT}/worksheet`, "worksheets/sheet2.xml"],
      ["rId1", `${RT}/worksheet`, "worksheets/sheet1.xml"],
      ["rId6", `${RT}/externalLink`, "externalLinks/externalLink1.xml"],
      ["rId5", `${RT}/chartsheet`, "chartsheets/sheet1.xml"],
      ["rId4", `${RT}/worksheet`, "worksheets/sheet4.xml"],
      ["rId9", `${RT}/styles`, "styles.xml"],
      ["rId10", `${RT}/sharedStrings`, "sharedStrings.xml"],
      ["rId11", `${RT}/calcChain`, "calcChain.xml"],
      ["rId12", "http://schemas.microsoft.com/office/2017/10/relationships/person", "persons/person.xml"],
      ...(macro
        ? [["rId13", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"]]
        : []),
    ]),
  );
  zip.file("xl/theme/theme1.xml", THEME);
  zip.file("xl/styles.xml", STYLES);
  zip.file("xl/worksheets/sheet1.xml", sheet1);
  zip.file(
    "xl/worksheets/_rels/sheet1.xml.rels",
    rels([
      [
        "rId3",
        "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
        "../threadedComments/threadedComment1.xml",
      ],
      ["rId2", `${RT}/vmlDrawing`, "../drawings/vmlDrawing1.vml"],
      ["rId1", `${RT}/comments`, "../comments1.xml"],
      ["rId4", `${RT}/printerSettings`, "../printerSettings/printerSettings1.bin"],
      ["rId5", `${RT}/table`, "../tables/table1.xml"],
    ]),
  );
  zip.file(
    "xl/printerSettings/printerSettings1.bin",
    Buffer.from("\u0000".repeat(64) + "Microsoft Print to PDF", "latin1"),
  );
  zip.file(
    "xl/tables/table1.xml",
    `${XML}<table xmlns="${NS}" ${MC.replace("x14ac xr xr2 xr3", "xr xr3")} id="1" xr:uid="{5A0B1C2D-3E4F-4051-8263-748596A7B8C9}" name="Scorecard_Q2" displayName="Scorecard_Q2" ref="A1:H7" totalsRowShown="0" headerRowDxfId="2"><autoFilter ref="A1:H7" xr:uid="{5A0B1C2D-3E4F-4051-8263-748596A7B8CA}"/><tableColumns count="8">${HEADER.map((h, i) => `<tableColumn id="${i + 1}" xr3:uid="{5A0B1C2D-3E4F-4051-8263-74859600000${i}}" name="${esc(h)}"/>`).join("")}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
  );
  zip.file(
    "xl/comments1.xml",
    `${XML}<comments xmlns="${NS}" ${MC.replace("x14ac xr xr2 xr3", "xr")} ><authors><author>tc={4D3C2B1A-0000-4000-8000-000000000001}</author></authors><commentList><comment ref="F3" authorId="0" shapeId="0" xr:uid="{4D3C2B1A-0000-4000-8000-000000000001}"><text><t>[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    Provisional: awaiting the September return.</t></text></comment></commentList></comments>`,
  );
  zip.file(
    "xl/threadedComments/threadedComment1.xml",
    `${XML}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS}"><threadedComment ref="F3" dT="2023-10-20T15:38:11.04" personId="{9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A}" id="{4D3C2B1A-0000-4000-8000-000000000001}"><text>Provisional: awaiting the September return.</text></threadedComment></ThreadedComments>`,
  );
  zip.file(
    "xl/persons/person.xml",
    `${XML}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS}"><person displayName="Sam Officer" id="{9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A}" userId="sam.officer@council.gov.uk" providerId="AD"/></personList>`,
  );
  zip.file(
    "xl/drawings/vmlDrawing1.vml",
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:300pt;margin-top:20pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>2</x:Row><x:Column>5</x:Column></x:ClientData></v:shape><v:shape id="_x0000_s1026" type="#_x0000_t201" style="position:absolute;margin-left:420pt;margin-top:150pt;width:90pt;height:24pt;z-index:2" o:button="t" fillcolor="buttonFace [67]" strokecolor="windowText [64]" o:insetmode="auto"><v:fill color2="buttonFace [67]" o:detectmouseclick="t"/><o:lock v:ext="edit" rotation="t"/><v:textbox style="mso-direction-alt:auto" o:singleclick="f"><div style="text-align:center"><font face="Segoe UI" size="160" color="auto">Refresh</font></div></v:textbox><x:ClientData ObjectType="Button"><x:Anchor>7, 0, 12, 0, 8, 30, 14, 0</x:Anchor><x:PrintObject>False</x:PrintObject><x:AutoFill>False</x:AutoFill>${macro ? "<x:FmlaMacro>[0]!RefreshScorecard</x:FmlaMacro>" : ""}<x:TextHAlign>Center</x:TextHAlign><x:TextVAlign>Center</x:TextVAlign></x:ClientData></v:shape></xml>`,
  );
  zip.file("xl/worksheets/sheet2.xml", chartsSheet);
  zip.file("xl/worksheets/_rels/sheet2.xml.rels", rels([["rId1", `${RT}/drawing`, "../drawings/drawing1.xml"]]));
  zip.file("xl/drawings/drawing1.xml", DRAWING1);
  zip.file(
    "xl/drawings/_rels/drawing1.xml.rels",
    rels([
      ["rId2", `${RT}/image`, "../media/image1.png"],
      ["rId1", `${RT}/chart`, "../charts/chart1.xml"],
    ]),
  );
  zip.file("xl/media/image1.png", png());
  zip.file("xl/charts/chart1.xml", CHART("Q2 against target", "Scorecard!$F$2:$F$7"));
  zip.file(
    "xl/chartsheets/sheet1.xml",
    `${XML}<chartsheet xmlns="${NS}" xmlns:r="${R}"><sheetPr/><sheetViews><sheetView zoomScale="87" workbookViewId="0" zoomToFit="1"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`,
  );
  zip.file("xl/chartsheets/_rels/sheet1.xml.rels", rels([["rId1", `${RT}/drawing`, "../drawings/drawing2.xml"]]));
  zip.file("xl/drawings/drawing2.xml", DRAWING2);
  zip.file("xl/drawings/_rels/drawing2.xml.rels", rels([["rId1", `${RT}/chart`, "../charts/chart2.xml"]]));
  zip.file("xl/charts/chart2.xml", CHART("Q1 and Q2 trend", "Scorecard!$E$2:$E$7"));
  zip.file("xl/worksheets/sheet3.xml", pivotSheet);
  zip.file(
    "xl/worksheets/_rels/sheet3.xml.rels",
    rels([["rId1", `${RT}/pivotTable`, "../pivotTables/pivotTable1.xml"]]),
  );
  zip.file(
    "xl/pivotTables/pivotTable1.xml",
    `${XML}<pivotTableDefinition xmlns="${NS}" ${MC.replace("x14ac xr xr2 xr3", "xr")} name="PivotTable1" cacheId="7" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="8" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="8" indent="0" outline="1" outlineData="1" multipleFieldFilters="0"><location ref="A3:B6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Sum of Q2" fld="1" baseField="0" baseItem="0"/></dataFields><pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>`,
  );
  zip.file(
    "xl/pivotTables/_rels/pivotTable1.xml.rels",
    rels([["rId1", `${RT}/pivotCacheDefinition`, "../pivotCache/pivotCacheDefinition1.xml"]]),
  );
  zip.file(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `${XML}<pivotCacheDefinition xmlns="${NS}" xmlns:r="${R}" r:id="rId1" refreshedBy="Performance Team" refreshedDate="45219.65" createdVersion="8" refreshedVersion="8" minRefreshableVersion="3" recordCount="6"><cacheSource type="worksheet"><worksheetSource ref="C1:F7" sheet="Scorecard"/></cacheSource><cacheFields count="2"><cacheField name="Good performance" numFmtId="0"><sharedItems count="2"><s v="High"/><s v="Low"/></sharedItems></cacheField><cacheField name="${PERIOD_2}" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="0.084" maxValue="280"/></cacheField></cacheFields></pivotCacheDefinition>`,
  );
  zip.file(
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
    rels([["rId1", `${RT}/pivotCacheRecords`, "pivotCacheRecords1.xml"]]),
  );
  zip.file(
    "xl/pivotCache/pivotCacheRecords1.xml",
    `${XML}<pivotCacheRecords xmlns="${NS}" xmlns:r="${R}" count="6">${MEASURES.map((m) => `<r><x v="${m[2] === "High" ? 0 : 1}"/><n v="${m[5]}"/></r>`).join("")}</pivotCacheRecords>`,
  );
  zip.file("xl/worksheets/sheet4.xml", lockedSheet);
  zip.file(
    "xl/externalLinks/externalLink1.xml",
    `${XML}<externalLink xmlns="${NS}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Outturn"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="2"><cell r="B2"><v>0.88</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
  );
  zip.file(
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    rels([
      [
        "rId1",
        `${RT}/externalLinkPath`,
        "https://council.sharepoint.com/sites/performance/Shared%20Documents/Outturn%202022-23.xlsx",
        true,
      ],
    ]),
  );
  zip.file(
    "xl/calcChain.xml",
    `${XML}<calcChain xmlns="${NS}">${MEASURES.map((_, i) => `<c r="J${i + 2}" i="1"${i === 0 ? "" : ""}/>`).join("")}<c r="B10" i="1"/><c r="C10"/><c r="A11"/><c r="B11"/><c r="C11"/></calcChain>`,
  );
  if (macro) zip.file("xl/vbaProject.bin", vbaProject());
  zip.file("xl/sharedStrings.xml", sstXml(strings)); // last: the sheets above add their strings
  return zip;
}

async function save(zip, name) {
  const file = path.join(out, name);
  writeFileSync(
    file,
    await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } }),
  );
  console.log(`wrote ${path.relative(root, file)}`);
  return file;
}

/** A small workbook of the scorecard alone, changed by `tweak` (for the refusals). */
async function small(name, { sharedMaster = false, locked = false, table = null } = {}) {
  const zip = new JSZip();
  const strings = stringsFor([HEADER, ...MEASURES]);
  const header = table === "wide" ? [...HEADER.slice(0, 6), "Column1", "Column2"] : HEADER;
  const sheet = scorecardSheet({ strings, sharedMaster, withExtras: false, table: table !== null }).replace(
    /<row r="1"[\s\S]*?<\/row>/,
    (row) =>
      table === "wide" ? row.replace(/<c r="G1"[^>]*><v>\d+<\/v><\/c><c r="H1"[^>]*><v>\d+<\/v><\/c>/, "") : row,
  );
  const measures = table === "wide" ? sheet.replace(/<c r="[GH]\d+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, "") : sheet;
  zip.file(
    "[Content_Types].xml",
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>${table ? `<Override PartName="/xl/tables/table1.xml" ContentType="${CT}.spreadsheetml.table+xml"/>` : ""}</Types>`,
  );
  zip.file("_rels/.rels", rels([["rId1", `${RT}/officeDocument`, "xl/workbook.xml"]]));
  zip.file(
    "xl/workbook.xml",
    `${XML}<workbook xmlns="${NS}" xmlns:r="${R}">${locked ? '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="a2V5" workbookSaltValue="c2FsdA==" workbookSpinCount="100000" lockStructure="1"/>' : ""}<bookViews><workbookView/></bookViews><sheets><sheet name="Scorecard" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels([
      ["rId1", `${RT}/worksheet`, "worksheets/sheet1.xml"],
      ["rId2", `${RT}/styles`, "styles.xml"],
      ["rId3", `${RT}/sharedStrings`, "sharedStrings.xml"],
    ]),
  );
  zip.file("xl/styles.xml", STYLES);
  zip.file("xl/worksheets/sheet1.xml", measures);
  if (table) {
    zip.file("xl/worksheets/_rels/sheet1.xml.rels", rels([["rId1", `${RT}/table`, "../tables/table1.xml"]]));
    zip.file(
      "xl/tables/table1.xml",
      `${XML}<table xmlns="${NS}" id="1" name="Scorecard" displayName="Scorecard" ref="A1:H7" totalsRowShown="0"><autoFilter ref="A1:H7"/><tableColumns count="8">${header.map((h, i) => `<tableColumn id="${i + 1}" name="${esc(h)}"/>`).join("")}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    );
  }
  zip.file("xl/sharedStrings.xml", sstXml(strings));
  return save(zip, name);
}

const richFile = await save(await rich(false), "rich.xlsx");
await save(await rich(true), "rich.xlsm");
await small("refuse-shared-formula.xlsx", { sharedMaster: true });
await small("refuse-locked-structure.xlsx", { locked: true });
await small("refuse-table-header.xlsx", { table: "wide" });
if (process.argv.includes("--libreoffice")) {
  const tmp = mkdtempSync(path.join(tmpdir(), "kpi-lo-"));
  try {
    execFileSync(
      "libreoffice",
      [
        "--headless",
        `-env:UserInstallation=file://${tmp}/profile`,
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        tmp,
        richFile,
      ],
      { stdio: "inherit" },
    );
    copyFileSync(path.join(tmp, "rich.xlsx"), path.join(out, "libreoffice.xlsx"));
    console.log("wrote test/adapters/xlsx/fixtures/libreoffice.xlsx");
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
