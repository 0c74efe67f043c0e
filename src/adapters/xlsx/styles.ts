/**
 * styles.xml: what each cell style (xf) means to the reader (number format, solid fill colour), and new
 * styles appended for the plan's cells without renumbering any existing font, fill, format, xf or dxf.
 */
import { readIndexed, readTheme, resolveColour, type Palette } from "./colours";
import { attribute, escapeAttr, findElement, withAttribute } from "./xml";

/** Built-in number formats (ECMA-376 18.8.30). Id 14 is the locale's short date: a UK council's dd/mm/yyyy. */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "dd/mm/yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "dd/mm/yyyy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export interface StyleChange {
  /** `#RRGGBB` solid fill. */
  fill?: string;
  bold?: boolean;
  wrap?: boolean;
  numFmt?: string;
  align?: "left" | "center" | "right";
  valign?: "top" | "center";
  /** A thin grey border on every side. */
  border?: boolean;
}

/** The table border: thin and grey, so it prints without shouting. */
const BORDER_XML =
  '<border><left style="thin"><color rgb="FFA6A6A6"/></left><right style="thin"><color rgb="FFA6A6A6"/></right>' +
  '<top style="thin"><color rgb="FFA6A6A6"/></top><bottom style="thin"><color rgb="FFA6A6A6"/></bottom><diagonal/></border>';

interface Section {
  name: string;
  child: string;
  items: string[];
  added: string[];
  index: Map<string, number>;
}

export interface Styles {
  /** The number format and fill of each xf, for the reader. */
  formatOf(xf: number): string;
  fillOf(xf: number): string | null;
  /** An xf for a cell that had `base` and gets `change`: an existing one when equal, else appended. */
  styleFor(base: number, change: StyleChange): number;
  /** A dxf filling a cell with `#RRGGBB` (for conditional formats). */
  dxfFor(colour: string): number;
  changed(): boolean;
  /** styles.xml with the appended entries (the original text untouched elsewhere). */
  serialise(): string;
}

const ORDER = [
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
];

function items(inner: string, child: string): string[] {
  const re = new RegExp(`<${child}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${child}>)`, "g");
  return inner.match(re) ?? [];
}

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export function readStyles(xml: string | null, themeXml: string | null): Styles {
  const source = xml ?? MINIMAL_STYLES;
  const palette: Palette = { theme: readTheme(themeXml), indexed: readIndexed(source) };
  const section = (name: string, child: string): Section => {
    const list = items(findElement(source, name)?.inner ?? "", child);
    return { name, child, items: list, added: [], index: new Map(list.map((x, i) => [x, i])) };
  };
  const numFmtsSec = section("numFmts", "numFmt");
  const fonts = section("fonts", "font");
  const fills = section("fills", "fill");
  const borders = section("borders", "border");
  const xfs = section("cellXfs", "xf");
  const dxfs = section("dxfs", "dxf");
  const codes = new Map<number, string>();
  for (const f of numFmtsSec.items)
    codes.set(Number(attribute(f, "numFmtId")), attribute(f, "formatCode") ?? "General");
  const fillColour = fills.items.map((f) => {
    const pattern = /<patternFill\b[^>]*>/.exec(f)?.[0];
    if (pattern === undefined || attribute(pattern, "patternType") !== "solid") return null;
    return resolveColour(/<fgColor\b[^>]*>/.exec(f)?.[0], palette);
  });
  const xfFormat = xfs.items.map((x) => {
    const id = Number(attribute(x, "numFmtId") ?? 0);
    return codes.get(id) ?? BUILT_IN[id] ?? "General";
  });
  const xfFill = xfs.items.map((x) => fillColour[Number(attribute(x, "fillId") ?? 0)] ?? null);

  const add = (sec: Section, item: string): number => {
    const known = sec.index.get(item);
    if (known !== undefined) return known;
    const i = sec.items.length + sec.added.length;
    sec.added.push(item);
    sec.index.set(item, i);
    return i;
  };
  const numFmtId = (code: string): number => {
    for (const [id, c] of Object.entries(BUILT_IN))
      if (c === code && Number(id) !== 14 && Number(id) !== 22) return Number(id);
    for (const [id, c] of codes) if (c === code) return id;
    const id = Math.max(163, ...codes.keys()) + 1;
    codes.set(id, code);
    numFmtsSec.added.push(`<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  };
  const fillXml = (colour: string) =>
    `<fill><patternFill patternType="solid"><fgColor rgb="FF${colour.slice(1)}"/><bgColor indexed="64"/></patternFill></fill>`;
  const boldFont = (font: string): string => {
    if (/<b(?:\s+val="(?:1|true)")?\s*\/>/.test(font)) return font;
    const cleaned = font.replace(/<b\b[^>]*\/>/, "");
    return cleaned
      .replace(/^<font(\s[^>]*)?>/, (open) => `${open}<b/>`)
      .replace(/^<font(\s[^>]*)?\/>$/, "<font><b/></font>");
  };
  const all = (sec: Section) => (i: number) => (i < sec.items.length ? sec.items[i] : sec.added[i - sec.items.length]);
  const xfAt = all(xfs);
  const fontAt = all(fonts);
  const cache = new Map<string, number>();

  return {
    formatOf: (xf) => xfFormat[xf] ?? "General",
    fillOf: (xf) => xfFill[xf] ?? null,
    styleFor(base, change) {
      const key = `${base}|${change.fill ?? ""}|${change.bold ? 1 : 0}|${change.wrap ? 1 : 0}|${change.numFmt ?? ""}|${change.align ?? ""}|${change.valign ?? ""}|${change.border ? 1 : 0}`;
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      let xf = xfAt(base) ?? xfAt(0) ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
      let open = /^<xf\b[^>]*?(?=\/?>)/.exec(xf)?.[0] ?? "<xf";
      let body = xf.endsWith("/>") ? "" : xf.slice(xf.indexOf(">") + 1, xf.lastIndexOf("</xf>"));
      if (change.numFmt !== undefined)
        open = withAttribute(
          withAttribute(open, "numFmtId", String(numFmtId(change.numFmt))),
          "applyNumberFormat",
          "1",
        );
      if (change.fill !== undefined)
        open = withAttribute(withAttribute(open, "fillId", String(add(fills, fillXml(change.fill)))), "applyFill", "1");
      if (change.bold === true) {
        const font = fontAt(Number(attribute(open + ">", "fontId") ?? 0)) ?? "<font/>";
        open = withAttribute(withAttribute(open, "fontId", String(add(fonts, boldFont(font)))), "applyFont", "1");
      }
      if (change.border === true)
        open = withAttribute(withAttribute(open, "borderId", String(add(borders, BORDER_XML))), "applyBorder", "1");
      if (change.wrap === true || change.align !== undefined || change.valign !== undefined) {
        const alignment = /<alignment\b[^>]*\/>|<alignment\b[^>]*>[\s\S]*?<\/alignment>/.exec(body)?.[0];
        let tag = alignment?.replace(/>[\s\S]*<\/alignment>$/, "/>") ?? "<alignment/>";
        if (change.wrap === true) tag = withAttribute(tag, "wrapText", "1");
        // Wrapped text reads from the top of its cell, as it always has here.
        const vertical = change.valign ?? (change.wrap === true ? "top" : undefined);
        if (vertical !== undefined) tag = withAttribute(tag, "vertical", vertical);
        if (change.align !== undefined) tag = withAttribute(tag, "horizontal", change.align);
        body = alignment === undefined ? tag + body : body.replace(alignment, tag);
        open = withAttribute(open, "applyAlignment", "1");
      }
      xf = body === "" ? `${open}/>` : `${open}>${body}</xf>`;
      const index = add(xfs, xf);
      cache.set(key, index);
      return index;
    },
    dxfFor: (colour) =>
      add(
        dxfs,
        `<dxf><fill><patternFill><bgColor rgb="FF${colour.slice(1).toUpperCase()}"/></patternFill></fill></dxf>`,
      ),
    changed: () => [numFmtsSec, fonts, fills, borders, xfs, dxfs].some((s) => s.added.length > 0) || xml === null,
    serialise() {
      let out = source;
      for (const sec of [numFmtsSec, fonts, fills, borders, xfs, dxfs]) {
        if (sec.added.length === 0) continue;
        const el = findElement(out, sec.name);
        const count = sec.items.length + sec.added.length;
        if (el !== null) {
          const open = withAttribute(el.open.replace(/\/>$/, ">"), "count", String(count));
          out = out.slice(0, el.start) + open + el.inner + sec.added.join("") + `</${sec.name}>` + out.slice(el.end);
          continue;
        }
        // A missing section goes where the schema puts it: before the first later section present.
        const later = ORDER.slice(ORDER.indexOf(sec.name) + 1)
          .map((n) => findElement(out, n)?.start)
          .filter((p): p is number => p !== undefined);
        const at = later.length > 0 ? Math.min(...later) : out.lastIndexOf("</styleSheet>");
        out = out.slice(0, at) + `<${sec.name} count="${count}">${sec.added.join("")}</${sec.name}>` + out.slice(at);
      }
      return out;
    },
  };
}
