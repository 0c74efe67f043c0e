/**
 * A planned chart as DrawingML parts: the chart part (c:chartSpace: a bar chart whose series refer to the
 * report sheet's cells, with cached figures so it shows before Excel recalculates) and its anchor in the sheet's
 * drawing part (a twoCellAnchor holding a graphicFrame named as the plan names the chart).
 */
import type { ChartPlan, ChartSeriesPlan } from "../../domain/plan/workbook-plan";
import { areaRef } from "./sheet-ref";
import { escapeAttr, escapeText } from "./xml";

export const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
export const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
export const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CAT_AXIS = 500100;
const VAL_AXIS = 500200;

const rgb = (colour: string) => colour.replace(/^#/, "").toUpperCase();
const fill = (colour: string) => `<c:spPr><a:solidFill><a:srgbClr val="${rgb(colour)}"/></a:solidFill></c:spPr>`;
/** Text in the chart's own font size (hundredths of a point). */
const textProps = (size: number, bold = false) =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>`;

function strCache(labels: readonly string[]): string {
  const points = labels.map((l, i) => `<c:pt idx="${i}"><c:v>${escapeText(l)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${labels.length}"/>${points}</c:strCache>`;
}

function numCache(values: readonly number[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function seriesXml(plan: ChartPlan, s: ChartSeriesPlan, i: number, sheet: string): string {
  const points = (s.pointColours ?? [])
    .map(
      (colour, p) =>
        `<c:dPt><c:idx val="${p}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${fill(colour)}</c:dPt>`,
    )
    .join("");
  // A single series names its figures in labels on the bars; a stack is read from the legend and the axis.
  const labels =
    plan.series.length === 1
      ? `<c:dLbls>${textProps(900)}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
      : "";
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeText(s.name)}</c:v></c:tx>${fill(s.colour)}` +
    `<c:invertIfNegative val="0"/>${points}${labels}` +
    `<c:cat><c:strRef><c:f>${escapeText(areaRef(sheet, plan.categories.ref))}</c:f>${strCache(plan.categories.labels)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeText(areaRef(sheet, s.ref))}</c:f>${numCache(s.values)}</c:numRef></c:val></c:ser>`
  );
}

/** The chart part for `plan`, its figures read from `sheet` (the report sheet's name as written). */
export function chartXml(plan: ChartPlan, sheet: string): string {
  const across = plan.direction === "bar";
  const stacked = plan.grouping === "stacked";
  const top = Math.max(
    1,
    ...plan.categories.labels.map((_, i) => plan.series.reduce((n, s) => n + (s.values[i] ?? 0), 0)),
  );
  // Whole measures: one gridline per measure up to ten, then about ten gridlines.
  const unit = Math.max(1, Math.ceil(top / 10));
  const legend =
    plan.legend === "none"
      ? ""
      : `<c:legend><c:legendPos val="${plan.legend === "bottom" ? "b" : "r"}"/><c:overlay val="0"/>${textProps(900)}</c:legend>`;
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    `<c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-GB" sz="1200" b="1"/><a:t>${escapeText(plan.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    // ST_BarDir is "bar" or "col": Excel repairs a file whose chart says "column", dropping the chart.
    `<c:barChart><c:barDir val="${across ? "bar" : "col"}"/><c:grouping val="${plan.grouping}"/><c:varyColors val="0"/>` +
    plan.series.map((s, i) => seriesXml(plan, s, i, sheet)).join("") +
    `<c:gapWidth val="${stacked ? 60 : 80}"/>${stacked ? '<c:overlap val="100"/>' : ""}` +
    `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>` +
    // Bars across list the first category at the top, as the Summary's table does.
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="${across ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${across ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${textProps(900)}<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${across ? "b" : "l"}"/><c:majorGridlines/><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900" b="0"/></a:pPr><a:r><a:rPr lang="en-GB" sz="900" b="0"/><a:t>Measures</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps(900)}` +
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="${across ? "max" : "autoZero"}"/><c:crossBetween val="between"/><c:majorUnit val="${unit}"/></c:valAx>` +
    `</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}

/**
 * One chart's anchor in a drawing part: the cells it covers (the plan's `to` cell included), and its name. It
 * declares its own namespaces, so it can join a drawing part written with other prefixes.
 */
export function chartAnchorXml(plan: ChartPlan, id: number, relId: string): string {
  const marker = (tag: string, row: number, column: number) =>
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const { from, to } = plan.anchor;
  return (
    `<xdr:twoCellAnchor xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}" editAs="oneCell">${marker("from", from.row - 1, from.column - 1)}${marker("to", to.row, to.column)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escapeAttr(plan.name)}" descr="${escapeAttr(plan.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${R_NS}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** A drawing part holding the given anchors. */
export function drawingXml(anchors: string): string {
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}">${anchors}</xdr:wsDr>`;
}
