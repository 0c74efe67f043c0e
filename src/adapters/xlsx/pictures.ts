/**
 * The report sheet's pictures in the package: its charts (a drawing part, chart parts, their relationships and
 * content types) and its sparklines (extLst). On a refresh only the tool's own charts (known by their names) are
 * replaced: any other drawing in the sheet's drawing part, and every chart elsewhere, is kept as it is.
 */
import * as path from "node:path";
import type { SheetPlan } from "../../domain/plan/workbook-plan";
import { CHART_NAMES } from "../../domain/reports/charts";
import { chartAnchorXml, chartXml, CHART_TYPE, drawingXml, DRAWING_TYPE, REL_CHART, REL_DRAWING } from "./chart-parts";
import { parseRels, relsPartOf, type XlsxPackage } from "./package";
import { sparklinesExtXml } from "./sparklines";
import type { Structure } from "./workbook-structure";
import { attribute, escapeAttr } from "./xml";

const RELS_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';
const OURS = new Set<string>(Object.values(CHART_NAMES));

/** Parts as they stand in this write: rewritten, added, or as read. */
export interface Parts {
  pkg: XlsxPackage;
  s: Structure;
  changed: Map<string, string>;
}

const current = (p: Parts, part: string): string | null =>
  p.changed.get(part) ?? p.s.added.get(part) ?? (p.s.dropped.has(part) ? null : p.pkg.text(part));

/** Write a part: one the package had is rewritten where it stands (a refresh keeps the zip's order). */
function put(p: Parts, part: string, xml: string): void {
  if (p.pkg.byName.has(part)) {
    p.s.dropped.delete(part);
    p.changed.set(part, xml);
  } else p.s.added.set(part, xml);
}

function freeName(p: Parts, pattern: (n: number) => string): string {
  let n = 1;
  while (current(p, pattern(n)) !== null || p.changed.has(pattern(n))) n++;
  return pattern(n);
}

function freeId(relsXml: string): string {
  const ids = new Set([...relsXml.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  return `rId${n}`;
}

const addRel = (relsXml: string, id: string, type: string, target: string) =>
  relsXml.replace(
    "</Relationships>",
    `<Relationship Id="${id}" Type="${type}" Target="${escapeAttr(target)}"/></Relationships>`,
  );

const relTarget = (from: string, to: string) => path.posix.relative(path.posix.dirname(from), to);

function addOverride(p: Parts, part: string, type: string): void {
  if (p.s.contentTypes.includes(`PartName="/${part}"`)) return;
  p.s.contentTypes = p.s.contentTypes.replace(
    "</Types>",
    `<Override PartName="/${part}" ContentType="${type}"/></Types>`,
  );
}

/** Leave a part out, with its relationships part, its content type, and the parts only it points to. */
function dropPart(p: Parts, part: string): void {
  const rels = current(p, relsPartOf(part));
  if (rels !== null) {
    for (const r of parseRels(rels, part)) if (!r.external) dropPart(p, r.target);
    dropOne(p, relsPartOf(part));
  }
  dropOne(p, part);
}

function dropOne(p: Parts, part: string): void {
  p.changed.delete(part);
  p.s.added.delete(part);
  if (p.pkg.byName.has(part)) p.s.dropped.add(part);
}

/** Content types of parts dropped and not written again go, once the pictures are in place. */
function settle(p: Parts): void {
  for (const part of p.s.dropped)
    p.s.contentTypes = p.s.contentTypes.replace(
      new RegExp(`<Override\\b[^>]*PartName="/${part.replace(/[.[\]]/g, "\\$&")}"[^>]*/>`),
      "",
    );
}

const ANCHOR = /<((?:\w+:)?)(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/\1\2>/g;

interface Drawing {
  part: string;
  /** The part's XML with the tool's old anchors taken out (everything else as written). */
  xml: string;
  rels: string;
  sheetRelId: string;
}

/**
 * The sheet's drawing part with the tool's old charts taken out (their chart parts dropped), or a new one,
 * with the relationship id the sheet names it by.
 */
function drawingOf(p: Parts, sheetPart: string): Drawing {
  const sheetRelsPart = relsPartOf(sheetPart);
  let sheetRels = current(p, sheetRelsPart) ?? `${RELS_HEAD}</Relationships>`;
  const existing = parseRels(sheetRels, sheetPart).find((r) => r.type === REL_DRAWING && !r.external);
  const xml = existing === undefined ? null : current(p, existing.target);
  if (existing !== undefined && xml !== null) {
    let rels = current(p, relsPartOf(existing.target)) ?? `${RELS_HEAD}</Relationships>`;
    const byId = new Map(parseRels(rels, existing.target).map((r) => [r.id, r]));
    const kept = xml.replace(ANCHOR, (anchor) => {
      const name = attribute(/<(?:\w+:)?cNvPr\b[^>]*>/.exec(anchor)?.[0] ?? "", "name") ?? "";
      if (!OURS.has(name)) return anchor;
      const id = /<(?:\w+:)?chart\b[^>]*?\s\w+:id="([^"]+)"/.exec(anchor)?.[1];
      const rel = id === undefined ? undefined : byId.get(id);
      if (rel !== undefined) {
        if (!rel.external) dropPart(p, rel.target);
        rels = rels.replace(new RegExp(`<Relationship\\b[^>]*\\bId="${rel.id}"[^>]*/>`), "");
      }
      return "";
    });
    return { part: existing.target, xml: kept, rels, sheetRelId: existing.id };
  }
  const part = freeName(p, (n) => `xl/drawings/drawing${n}.xml`);
  const sheetRelId = freeId(sheetRels);
  sheetRels = addRel(sheetRels, sheetRelId, REL_DRAWING, relTarget(sheetPart, part));
  put(p, sheetRelsPart, sheetRels);
  addOverride(p, part, DRAWING_TYPE);
  return { part, xml: drawingXml(""), rels: `${RELS_HEAD}</Relationships>`, sheetRelId };
}

/** The report sheet's XML with its pictures: the drawing named, the sparklines in extLst. */
export function withPictures(p: Parts, sheetPart: string, sheetName: string, plan: SheetPlan, xml: string): string {
  let extra = "";
  const charts = plan.charts ?? [];
  const hadDrawing = parseRels(current(p, relsPartOf(sheetPart)) ?? "", sheetPart).some((r) => r.type === REL_DRAWING);
  if (charts.length > 0 || hadDrawing) {
    const drawing = drawingOf(p, sheetPart);
    let rels = drawing.rels;
    let anchors = "";
    const ids = [...drawing.xml.matchAll(/<(?:\w+:)?cNvPr\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
    let shapeId = Math.max(1, ...ids);
    for (const chart of charts) {
      const part = freeName(p, (n) => `xl/charts/chart${n}.xml`);
      put(p, part, chartXml(chart, sheetName));
      addOverride(p, part, CHART_TYPE);
      const relId = freeId(rels);
      rels = addRel(rels, relId, REL_CHART, relTarget(drawing.part, part));
      anchors += chartAnchorXml(chart, ++shapeId, relId);
    }
    // After whatever else the drawing holds, before the root's closing tag.
    put(p, drawing.part, drawing.xml.replace(/(<\/(?:\w+:)?wsDr>\s*)$/, `${anchors}$1`));
    put(p, relsPartOf(drawing.part), rels);
    extra += `<drawing r:id="${drawing.sheetRelId}"/>`;
  }
  settle(p);
  const ext = sparklinesExtXml(plan.sparklines ?? []);
  if (ext !== "") extra += `<extLst>${ext}</extLst>`;
  return extra === "" ? xml : xml.replace(/<\/worksheet>\s*$/, `${extra}</worksheet>`);
}
