/**
 * An OOXML lint for the workbooks the tool writes (and, for contrast, ExcelJS writes): well-formed parts,
 * content types, relationships, no dangling r:id, worksheet element order, counts, style and shared-string
 * indexes, valid conditional formats with unique priorities, no overlapping data validations, dimension and
 * spans that cover the cells. Returns the problems found, one line each; [] for a clean package.
 */
import * as path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { inflateEntry, readZip } from "../../src/adapters/xlsx/zip";
import { parseRels, relsPartOf } from "../../src/adapters/xlsx/package";
import { parseRangeRef, columnNumber } from "../../src/adapters/xlsx/cell-ref";
import { attribute, attributes, findElement } from "../../src/adapters/xlsx/xml";

const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
const CF_TYPES = new Set([
  "expression",
  "cellIs",
  "colorScale",
  "dataBar",
  "iconSet",
  "top10",
  "uniqueValues",
  "duplicateValues",
  "containsText",
  "notContainsText",
  "beginsWith",
  "endsWith",
  "containsBlanks",
  "notContainsBlanks",
  "containsErrors",
  "notContainsErrors",
  "timePeriod",
  "aboveAverage",
]);
const CF_OPERATORS = new Set([
  "lessThan",
  "lessThanOrEqual",
  "equal",
  "notEqual",
  "greaterThanOrEqual",
  "greaterThan",
  "between",
  "notBetween",
  "containsText",
  "notContains",
  "beginsWith",
  "endsWith",
]);
const NEEDS_FORMULA = new Set([
  "expression",
  "cellIs",
  "containsText",
  "notContainsText",
  "beginsWith",
  "endsWith",
  "containsBlanks",
  "notContainsBlanks",
  "containsErrors",
  "notContainsErrors",
  "timePeriod",
]);
const BUILT_IN_FORMATS = new Set([
  ...Array.from({ length: 23 }, (_, i) => i),
  ...Array.from({ length: 14 }, (_, i) => 37 + i),
  27,
  28,
  29,
  30,
  31,
  32,
  33,
  34,
  35,
  36,
  50,
  51,
  52,
  53,
  54,
  55,
  56,
  57,
  58,
  59,
  60,
  61,
  62,
  67,
  68,
  69,
  70,
  71,
  72,
  73,
  74,
  75,
  76,
  77,
  78,
  79,
  80,
  81,
]);

/** Top-level child element names of the root element, in order (a small scanner: the parts are well-formed by then). */
function topLevel(xml: string): string[] {
  const out: string[] = [];
  const re = /<(\/?)([\w:]+)[^>]*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;
  let depth = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) {
    if (m[2] === undefined) continue;
    if (m[1] === "/") depth--;
    else {
      if (depth === 1) out.push(m[2]);
      if (m[3] !== "/") depth++;
    }
  }
  return out;
}

/**
 * Child orders of the complex types the tool writes, from the ECMA-376 transitional schemas (sml.xsd,
 * dml-chart.xsd, dml-main.xsd, dml-spreadsheetDrawing.xsd) and [MS-XLSX] 2.6 for the x14 sparklines. Each is an
 * xsd:sequence: an entry that is an array is a choice, any of its names standing at that place. Keys are a local
 * name, or `parent/name` where the name alone is ambiguous (a c:ser is a CT_BarSer only under c:barChart).
 * Children from another namespace that a rule does not list (mc:AlternateContent, an x14ac attribute's element)
 * are let through, as Excel lets them through.
 */
type Order = readonly (string | readonly string[])[];
const TEXT_ORDERS: Record<string, Order> = {
  // a:CT_TextBody, a:CT_TextParagraph, a:CT_RegularTextRun, a:CT_ShapeProperties, a:CT_LineProperties
  rich: ["bodyPr", "lstStyle", "p"],
  txPr: ["bodyPr", "lstStyle", "p"],
  p: ["pPr", ["r", "br", "fld"], "endParaRPr"],
  r: ["rPr", "t"],
  spPr: [
    "xfrm",
    ["noFill", "solidFill", "gradFill", "blipFill", "pattFill", "grpFill"],
    "ln",
    ["effectLst", "effectDag"],
    "scene3d",
    "sp3d",
    "extLst",
  ],
  ln: [
    ["noFill", "solidFill", "gradFill", "pattFill"],
    ["prstDash", "custDash"],
    ["round", "bevel", "miter"],
    "headEnd",
    "tailEnd",
    "extLst",
  ],
};
const AX_SHARED = [
  "axId",
  "scaling",
  "delete",
  "axPos",
  "majorGridlines",
  "minorGridlines",
  "title",
  "numFmt",
  "majorTickMark",
  "minorTickMark",
  "tickLblPos",
  "spPr",
  "txPr",
  "crossAx",
  ["crosses", "crossesAt"],
] as const;
const CHART_ORDERS: Record<string, Order> = {
  ...TEXT_ORDERS,
  chartSpace: [
    "date1904",
    "lang",
    "roundedCorners",
    "style",
    "clrMapOvr",
    "pivotSource",
    "protection",
    "chart",
    "spPr",
    "txPr",
    "externalData",
    "printSettings",
    "userShapes",
    "extLst",
  ],
  chart: [
    "title",
    "autoTitleDeleted",
    "pivotFmts",
    "view3D",
    "floor",
    "sideWall",
    "backWall",
    "plotArea",
    "legend",
    "plotVisOnly",
    "dispBlanksAs",
    "showDLblsOverMax",
    "extLst",
  ],
  title: ["tx", "layout", "overlay", "spPr", "txPr", "extLst"],
  plotArea: [
    "layout",
    [
      "areaChart",
      "area3DChart",
      "lineChart",
      "line3DChart",
      "stockChart",
      "radarChart",
      "scatterChart",
      "pieChart",
      "pie3DChart",
      "doughnutChart",
      "barChart",
      "bar3DChart",
      "ofPieChart",
      "surfaceChart",
      "surface3DChart",
      "bubbleChart",
    ],
    ["valAx", "catAx", "dateAx", "serAx"],
    "dTable",
    "spPr",
    "extLst",
  ],
  barChart: ["barDir", "grouping", "varyColors", "ser", "dLbls", "gapWidth", "overlap", "serLines", "axId", "extLst"],
  "barChart/ser": [
    "idx",
    "order",
    "tx",
    "spPr",
    "invertIfNegative",
    "pictureOptions",
    "dPt",
    "dLbls",
    "trendline",
    "errBars",
    "cat",
    "val",
    "shape",
    "extLst",
  ],
  dPt: ["idx", "invertIfNegative", "marker", "bubble3D", "explosion", "spPr", "pictureOptions", "extLst"],
  dLbls: [
    "dLbl",
    "delete",
    "numFmt",
    "spPr",
    "txPr",
    "dLblPos",
    "showLegendKey",
    "showVal",
    "showCatName",
    "showSerName",
    "showPercent",
    "showBubbleSize",
    "separator",
    "showLeaderLines",
    "leaderLines",
    "extLst",
  ],
  catAx: [...AX_SHARED, "auto", "lblAlgn", "lblOffset", "tickLblSkip", "tickMarkSkip", "noMultiLvlLbl", "extLst"],
  valAx: [...AX_SHARED, "crossBetween", "majorUnit", "minorUnit", "dispUnits", "extLst"],
  scaling: ["logBase", "orientation", "max", "min", "extLst"],
  legend: ["legendPos", "legendEntry", "layout", "overlay", "spPr", "txPr", "extLst"],
  strRef: ["f", "strCache", "extLst"],
  numRef: ["f", "numCache", "extLst"],
  strCache: ["ptCount", "pt", "extLst"],
  numCache: ["formatCode", "ptCount", "pt", "extLst"],
};
const DRAWING_ORDERS: Record<string, Order> = {
  ...TEXT_ORDERS,
  wsDr: [["twoCellAnchor", "oneCellAnchor", "absoluteAnchor"]],
  twoCellAnchor: ["from", "to", ["sp", "grpSp", "graphicFrame", "cxnSp", "pic", "contentPart"], "clientData"],
  from: ["col", "colOff", "row", "rowOff"],
  to: ["col", "colOff", "row", "rowOff"],
  graphicFrame: ["nvGraphicFramePr", "xfrm", "graphic"],
  nvGraphicFramePr: ["cNvPr", "cNvGraphicFramePr"],
  xfrm: ["off", "ext"],
};
const WORKBOOK_ORDERS: Record<string, Order> = {
  workbook: [
    "fileVersion",
    "fileSharing",
    "workbookPr",
    "workbookProtection",
    "bookViews",
    "sheets",
    "functionGroups",
    "externalReferences",
    "definedNames",
    "calcPr",
    "oleSize",
    "customWorkbookViews",
    "pivotCaches",
    "smartTagPr",
    "smartTagTypes",
    "webPublishing",
    "fileRecoveryPr",
    "webPublishObjects",
    "extLst",
  ],
};
const STYLE_ORDERS: Record<string, Order> = {
  styleSheet: [
    "numFmts",
    "fonts",
    "fills",
    "borders",
    "cellStyleXfs",
    "cellXfs",
    "cellStyles",
    "dxfs",
    "tableStyles",
    "colors",
    "extLst",
  ],
  border: [["left", "start"], ["right", "end"], "top", "bottom", "diagonal", "vertical", "horizontal"],
  patternFill: ["fgColor", "bgColor"],
  xf: ["alignment", "protection", "extLst"],
  dxf: ["font", "numFmt", "fill", "alignment", "border", "protection", "extLst"],
};
const SHEET_ORDERS: Record<string, Order> = {
  sheetPr: ["tabColor", "outlinePr", "pageSetUpPr"],
  sheetView: ["pane", "selection", "pivotSelection", "extLst"],
  autoFilter: ["filterColumn", "sortState", "extLst"],
  headerFooter: ["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"],
  cfRule: ["formula", "colorScale", "dataBar", "iconSet", "extLst"],
  // [MS-XLSX] 2.6.56 CT_SparklineGroup, 2.6.57 CT_SparklineGroups, 2.6.55 CT_Sparkline (xm:f, xm:sqref).
  sparklineGroups: ["sparklineGroup"],
  sparklineGroup: [
    "colorSeries",
    "colorNegative",
    "colorAxis",
    "colorMarkers",
    "colorFirst",
    "colorLast",
    "colorHigh",
    "colorLow",
    "f",
    "sparklines",
    "extLst",
  ],
  sparklines: ["sparkline"],
  sparkline: ["f", "sqref"],
};

/**
 * Attribute values the schemas enumerate (or bound), for the elements the tool writes: Excel refuses a part with
 * any other (`<c:barDir val="column">`, `<pageSetup orientation="Landscape">`). Keyed by `element@attribute`.
 */
type Allowed = readonly string[] | ((v: string) => boolean);
const between = (lo: number, hi: number) => (v: string) => /^-?\d+$/.test(v) && Number(v) >= lo && Number(v) <= hi;
const BOOL = ["0", "1", "true", "false"];
const CHART_VALUES: Record<string, Allowed> = {
  "barDir@val": ["bar", "col"],
  "grouping@val": ["percentStacked", "clustered", "standard", "stacked"],
  "gapWidth@val": between(0, 500),
  "overlap@val": between(-100, 100),
  "axPos@val": ["b", "l", "r", "t"],
  "crosses@val": ["autoZero", "max", "min"],
  "crossBetween@val": ["between", "midCat"],
  "tickLblPos@val": ["high", "low", "nextTo", "none"],
  "majorTickMark@val": ["cross", "in", "none", "out"],
  "minorTickMark@val": ["cross", "in", "none", "out"],
  "orientation@val": ["maxMin", "minMax"],
  "lblAlgn@val": ["ctr", "l", "r"],
  "lblOffset@val": between(0, 1000),
  "legendPos@val": ["b", "tr", "l", "r", "t"],
  "dispBlanksAs@val": ["span", "gap", "zero"],
  "varyColors@val": BOOL,
  "invertIfNegative@val": BOOL,
  "srgbClr@val": (v) => /^[0-9A-F]{6}$/i.test(v),
};
const DRAWING_VALUES: Record<string, Allowed> = {
  "twoCellAnchor@editAs": ["twoCell", "oneCell", "absolute"],
  "col@": between(0, 16383),
  "row@": between(0, 1048575),
};
const SHEET_VALUES: Record<string, Allowed> = {
  "pageSetup@orientation": ["default", "portrait", "landscape"],
  "pageSetup@fitToWidth": between(0, 32767),
  "pageSetup@fitToHeight": between(0, 32767),
  "pane@state": ["split", "frozen", "frozenSplit"],
  "pane@activePane": ["bottomRight", "topRight", "bottomLeft", "topLeft"],
  "selection@pane": ["bottomRight", "topRight", "bottomLeft", "topLeft"],
  "sparklineGroup@type": ["line", "column", "stacked"],
  "sparklineGroup@displayEmptyCellsAs": ["span", "gap", "zero"],
  "pageSetUpPr@fitToPage": BOOL,
  "printOptions@horizontalCentered": BOOL,
};
const WORKBOOK_VALUES: Record<string, Allowed> = {
  "sheet@state": ["visible", "hidden", "veryHidden"],
  "definedName@hidden": BOOL,
  "calcPr@fullCalcOnLoad": BOOL,
};

const splitName = (qname: string): [string, string] => {
  const i = qname.indexOf(":");
  return i < 0 ? ["", qname] : [qname.slice(0, i), qname.slice(i + 1)];
};

/**
 * Children out of their type's order, and every element prefix the part uses without declaring it (a well-formed
 * part can still name an unbound prefix, which Excel refuses).
 */
function lintOrders(
  name: string,
  xml: string,
  [orders, values]: [Record<string, Order>, Record<string, Allowed>],
  problems: string[],
): void {
  const re = /<(\/?)([\w:.-]+)([^>]*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;
  const stack: { prefix: string; local: string; order: Order | undefined; last: number; lastName: string }[] = [];
  const declared = new Set([...xml.matchAll(/\sxmlns:([\w.-]+)=/g)].map((m) => m[1] as string));
  const unbound = new Set<string>();
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) {
    if (m[2] === undefined) continue;
    if (m[1] === "/") {
      stack.pop();
      continue;
    }
    const [prefix, local] = splitName(m[2]);
    if (prefix !== "" && prefix !== "xml" && !declared.has(prefix)) unbound.add(prefix);
    const parent = stack[stack.length - 1];
    if (parent?.order !== undefined) {
      const rank = parent.order.findIndex((e) => (typeof e === "string" ? e === local : e.includes(local)));
      if (rank < 0) {
        if (prefix === parent.prefix) problems.push(`${name}: <${parent.local}> holds an unknown <${local}>`);
      } else {
        if (rank < parent.last)
          problems.push(`${name}: <${local}> after <${parent.lastName}> in <${parent.local}>, out of schema order`);
        parent.last = Math.max(parent.last, rank);
        parent.lastName = local;
      }
    }
    for (const [key, value] of Object.entries(attributes(m[0]))) {
      if (key.startsWith("xmlns")) continue;
      const allowed = values[`${local}@${splitName(key)[1]}`];
      if (allowed !== undefined && !(typeof allowed === "function" ? allowed(value) : allowed.includes(value)))
        problems.push(`${name}: <${local} ${key}="${value}">, a value the schema does not allow`);
    }
    // Text content the schema bounds (a drawing's cell markers), checked as a pseudo-attribute "".
    const bound = values[`${local}@`];
    if (bound !== undefined && typeof bound === "function" && m[4] !== "/") {
      const body = /^([^<]*)</.exec(xml.slice(re.lastIndex))?.[1] ?? "";
      if (!bound(body.trim()))
        problems.push(`${name}: <${local}>${body}</${local}>, a value the schema does not allow`);
    }
    const order = orders[`${parent?.local ?? ""}/${local}`] ?? orders[local];
    if (m[4] !== "/") stack.push({ prefix, local, order, last: -1, lastName: "" });
  }
  for (const p of unbound) problems.push(`${name}: the prefix ${p}: is used but never declared`);
}

function overlaps(a: { top: number; left: number; bottom: number; right: number }, b: typeof a): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

const areas = (sqref: string) =>
  sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((r) => parseRangeRef(r))
    .filter((a): a is NonNullable<typeof a> => a !== null);

export function lintPackage(bytes: Buffer): string[] {
  const problems: string[] = [];
  const entries = readZip(bytes);
  const names = new Set(entries.map((e) => e.name));
  const text = new Map<string, string>();
  for (const e of entries) if (/\.(xml|rels|vml)$/i.test(e.name)) text.set(e.name, inflateEntry(e).toString("utf8"));
  for (const [name, xml] of text) {
    const valid = XMLValidator.validate(xml);
    if (valid !== true) problems.push(`${name}: not well-formed (${valid.err.msg})`);
  }
  // Content types: each part has one; each override names a part.
  const types = text.get("[Content_Types].xml") ?? "";
  const defaults = new Set(
    [...types.matchAll(/<Default\b[^>]*Extension="([^"]+)"/g)].map((m) => (m[1] as string).toLowerCase()),
  );
  const overrides = new Set(
    [...types.matchAll(/<Override\b[^>]*PartName="([^"]+)"/g)].map((m) => (m[1] as string).slice(1)),
  );
  for (const o of overrides)
    if (!names.has(o)) problems.push(`[Content_Types].xml: an override for a part the package lacks: /${o}`);
  for (const n of names) {
    if (n === "[Content_Types].xml" || n.endsWith("/")) continue;
    const ext = path.posix.basename(n).split(".").pop()?.toLowerCase() ?? "";
    if (!overrides.has(n) && !defaults.has(ext)) problems.push(`${n}: no content type`);
  }
  // Relationships: targets exist, ids unique, every r:id used in a part is defined.
  for (const [name, xml] of text) {
    if (!name.endsWith(".rels")) continue;
    const source = name === "_rels/.rels" ? "" : name.replace(/_rels\/([^/]+)\.rels$/, "$1");
    const rels = parseRels(xml, source);
    const ids = new Set<string>();
    for (const r of rels) {
      if (ids.has(r.id)) problems.push(`${name}: duplicate relationship id ${r.id}`);
      ids.add(r.id);
      if (!r.external && !names.has(r.target))
        problems.push(`${name}: ${r.id} points to a part never written: ${r.target}`);
    }
  }
  for (const [name, xml] of text) {
    if (name.endsWith(".rels") || name.endsWith(".vml")) continue;
    const used = [...xml.matchAll(/\s(?:r|relationships):(?:id|embed|link|pict)="([^"]+)"/g)].map(
      (m) => m[1] as string,
    );
    if (used.length === 0) continue;
    const relsXml = text.get(relsPartOf(name));
    const defined = new Set(relsXml === undefined ? [] : parseRels(relsXml, name).map((r) => r.id));
    for (const id of new Set(used)) if (!defined.has(id)) problems.push(`${name}: r:id ${id} has no relationship`);
  }
  const root = parseRels(text.get("_rels/.rels") ?? "", "").find((r) => r.type.endsWith("/officeDocument"));
  const workbookPart = root?.target ?? "xl/workbook.xml";
  const workbook = text.get(workbookPart) ?? "";
  const wbRels = parseRels(text.get(relsPartOf(workbookPart)) ?? "", workbookPart);
  const sheetNames = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => attributes(m[0]));
  const lower = new Set<string>();
  const sheetIds = new Set<string>();
  for (const s of sheetNames) {
    const n = (s["name"] ?? "").toLowerCase();
    if (lower.has(n)) problems.push(`${workbookPart}: two sheets named '${s["name"]}'`);
    if ((s["name"] ?? "").length > 31) problems.push(`${workbookPart}: sheet name over 31 characters: '${s["name"]}'`);
    if (sheetIds.has(s["sheetId"] ?? "")) problems.push(`${workbookPart}: duplicate sheetId ${s["sheetId"]}`);
    lower.add(n);
    sheetIds.add(s["sheetId"] ?? "");
  }
  // Children in their schema order, part by part.
  const contentType = new Map(
    [...types.matchAll(/<Override\b[^>]*>/g)].map((m) => [
      (attribute(m[0], "PartName") ?? "").slice(1),
      attribute(m[0], "ContentType") ?? "",
    ]),
  );
  for (const [name, xml] of text) {
    const type = contentType.get(name) ?? "";
    const orders: [Record<string, Order>, Record<string, Allowed>] | null = /\.worksheet\+xml$/.test(type)
      ? [SHEET_ORDERS, SHEET_VALUES]
      : /\.drawingml\.chart\+xml$/.test(type)
        ? [CHART_ORDERS, CHART_VALUES]
        : /\.drawing\+xml$/.test(type)
          ? [DRAWING_ORDERS, DRAWING_VALUES]
          : /\.styles\+xml$/.test(type)
            ? [STYLE_ORDERS, {}]
            : /\.(?:sheet|template)\.main\+xml$|macroEnabled(?:Template)?\.main\+xml$/.test(type)
              ? [WORKBOOK_ORDERS, WORKBOOK_VALUES]
              : null;
    if (orders !== null) lintOrders(name, xml, orders, problems);
  }
  // Styles: counts, and the indexes each xf uses.
  const stylesPart = wbRels.find((r) => r.type.endsWith("/styles"))?.target;
  const styles = stylesPart === undefined ? "" : (text.get(stylesPart) ?? "");
  const sectionCount = (name: string, child: string) => {
    const el = findElement(styles, name);
    if (el === null) return 0;
    const n = (el.inner.match(new RegExp(`<${child}(?=[\\s/>])`, "g")) ?? []).length;
    const declared = attribute(el.open, "count");
    if (declared !== undefined && Number(declared) !== n)
      problems.push(`${stylesPart}: <${name} count="${declared}"> holds ${n}`);
    return n;
  };
  const fonts = sectionCount("fonts", "font");
  const fills = sectionCount("fills", "fill");
  const borders = sectionCount("borders", "border");
  const xfCount = sectionCount("cellXfs", "xf");
  const dxfCount = sectionCount("dxfs", "dxf");
  sectionCount("numFmts", "numFmt");
  const numFmtIds = new Set(
    [...(findElement(styles, "numFmts")?.inner ?? "").matchAll(/numFmtId="(\d+)"/g)].map((m) => Number(m[1])),
  );
  for (const xf of (findElement(styles, "cellXfs")?.inner ?? "").match(/<xf\b[^>]*>/g) ?? []) {
    const a = attributes(xf);
    if (Number(a["fontId"] ?? 0) >= fonts) problems.push(`${stylesPart}: an xf uses font ${a["fontId"]} of ${fonts}`);
    if (Number(a["fillId"] ?? 0) >= fills) problems.push(`${stylesPart}: an xf uses fill ${a["fillId"]} of ${fills}`);
    if (Number(a["borderId"] ?? 0) >= borders)
      problems.push(`${stylesPart}: an xf uses border ${a["borderId"]} of ${borders}`);
    const id = Number(a["numFmtId"] ?? 0);
    if (!BUILT_IN_FORMATS.has(id) && !numFmtIds.has(id))
      problems.push(`${stylesPart}: an xf uses number format ${id}, which is neither built in nor defined`);
  }
  const sstPart = wbRels.find((r) => r.type.endsWith("/sharedStrings"))?.target;
  const sst = sstPart === undefined ? "" : (text.get(sstPart) ?? "");
  const sstCount = (sst.match(/<si(?=[\s/>])/g) ?? []).length;
  const unique = attribute(/<sst\b[^>]*>/.exec(sst)?.[0] ?? "", "uniqueCount");
  if (unique !== undefined && Number(unique) !== sstCount)
    problems.push(`${sstPart}: uniqueCount ${unique} but ${sstCount} items`);
  // Worksheets.
  for (const rel of wbRels.filter((r) => r.type.endsWith("/worksheet"))) {
    const name = rel.target;
    const xml = text.get(name);
    if (xml === undefined) continue;
    const order = topLevel(xml);
    let last = -1;
    for (const el of order) {
      const i = WORKSHEET_ORDER.indexOf(el);
      if (i < 0) {
        problems.push(`${name}: unknown element <${el}>`);
        continue;
      }
      if (i < last || (i === last && el !== "conditionalFormatting"))
        problems.push(`${name}: <${el}> out of schema order`);
      last = i;
    }
    let prevRow = 0;
    let used: { top: number; left: number; bottom: number; right: number } | null = null;
    for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      const r = Number(/ r="(\d+)"/.exec(row[1] ?? "")?.[1] ?? prevRow + 1);
      if (r <= prevRow) problems.push(`${name}: row ${r} after row ${prevRow}`);
      prevRow = r;
      const spans = attribute(`<row ${row[1]}>`, "spans");
      let prevCol = 0;
      for (const c of (row[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const ca = c[1] ?? "";
        const ref = / r="([A-Z]+)(\d+)"/.exec(ca);
        const col = ref ? columnNumber(ref[1] as string) : prevCol + 1;
        if (ref && Number(ref[2]) !== r) problems.push(`${name}: cell ${ref[0].trim()} inside row ${r}`);
        if (col <= prevCol) problems.push(`${name}: row ${r} has cells out of order`);
        prevCol = col;
        const s = / s="(\d+)"/.exec(ca)?.[1];
        if (s !== undefined && Number(s) >= xfCount)
          problems.push(`${name}: cell in row ${r} uses style ${s} of ${xfCount}`);
        if (/ t="s"/.test(ca)) {
          const v = /<v>(\d+)<\/v>/.exec(c[2] ?? "")?.[1];
          if (v === undefined || Number(v) >= sstCount)
            problems.push(`${name}: cell in row ${r} uses shared string ${v} of ${sstCount}`);
        }
        if (
          spans !== undefined &&
          !spans.split(/\s+/).some((sp) => {
            const [a, b] = sp.split(":").map(Number);
            return col >= (a as number) && col <= (b as number);
          })
        )
          problems.push(`${name}: row ${r}'s spans="${spans}" leave out column ${col}`);
        const hasContent = (c[2] ?? "") !== "";
        if (hasContent)
          used =
            used === null
              ? { top: r, left: col, bottom: r, right: col }
              : {
                  top: Math.min(used.top, r),
                  left: Math.min(used.left, col),
                  bottom: Math.max(used.bottom, r),
                  right: Math.max(used.right, col),
                };
      }
    }
    const dim = parseRangeRef(attribute(/<dimension\b[^>]*>/.exec(xml)?.[0] ?? "", "ref") ?? "");
    if (
      dim !== null &&
      used !== null &&
      (used.bottom > dim.bottom || used.right > dim.right || used.top < dim.top || used.left < dim.left)
    )
      problems.push(`${name}: dimension leaves out cells it holds`);
    for (const [list, child] of [
      ["mergeCells", "mergeCell"],
      ["dataValidations", "dataValidation"],
      ["tableParts", "tablePart"],
    ] as const) {
      const el = findElement(xml, list);
      if (el === null) continue;
      const n = (el.inner.match(new RegExp(`<${child}(?=[\\s/>])`, "g")) ?? []).length;
      const declared = attribute(el.open, "count");
      if (declared !== undefined && Number(declared) !== n)
        problems.push(`${name}: <${list} count="${declared}"> holds ${n}`);
    }
    // Conditional formats.
    const priorities = new Set<string>();
    for (const cf of xml.matchAll(/<conditionalFormatting\b([^>]*)>([\s\S]*?)<\/conditionalFormatting>/g)) {
      const rules = [...(cf[2] ?? "").matchAll(/<cfRule\b([^>]*?)(?:\/>|>([\s\S]*?)<\/cfRule>)/g)];
      if (rules.length === 0)
        problems.push(`${name}: a conditional format over ${attribute(`<x ${cf[1]}>`, "sqref")} has no rule`);
      for (const rule of rules) {
        const a = attributes(`<cfRule ${rule[1]}>`);
        const type = a["type"] ?? "";
        if (!CF_TYPES.has(type)) problems.push(`${name}: conditional format rule of unknown type '${type}'`);
        if (a["operator"] !== undefined && !CF_OPERATORS.has(a["operator"]))
          problems.push(`${name}: a ${type} rule with an invalid operator '${a["operator"]}'`);
        if (NEEDS_FORMULA.has(type) && !/<formula>/.test(rule[2] ?? ""))
          problems.push(`${name}: a ${type} rule with no formula`);
        if (a["dxfId"] !== undefined && Number(a["dxfId"]) >= dxfCount)
          problems.push(`${name}: a rule uses dxf ${a["dxfId"]} of ${dxfCount}`);
        if (a["priority"] === undefined) problems.push(`${name}: a ${type} rule with no priority`);
        else if (priorities.has(a["priority"])) problems.push(`${name}: two rules with priority ${a["priority"]}`);
        else priorities.add(a["priority"]);
      }
    }
    // Data validations must not overlap: Excel applies one per cell and repairs the file otherwise.
    const validations = [...xml.matchAll(/<dataValidation\b[^>]*\bsqref="([^"]+)"/g)].map((m) => areas(m[1] as string));
    for (let i = 0; i < validations.length; i++)
      for (let j = i + 1; j < validations.length; j++)
        if ((validations[i] ?? []).some((a) => (validations[j] ?? []).some((b) => overlaps(a, b))))
          problems.push(`${name}: data validations ${i + 1} and ${j + 1} overlap`);
  }
  return problems;
}
