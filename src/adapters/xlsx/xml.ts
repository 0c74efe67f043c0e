/** Small XML text helpers for the package's parts: escaping, entities, attributes of one start tag. */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text content or attribute value with its entities resolved. */
export function unescapeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? "";
  });
}

/** Excel's `_xHHHH_` escapes in shared and inline strings (a control character, or a literal `_x…_`). */
export function unescapeOoxml(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

// Characters XML 1.0 cannot hold at all; Excel writes them as _xHHHH_.
const INVALID = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;

/** Text for an element's content: escaped, with characters XML cannot hold as Excel's `_xHHHH_`. */
const NEEDS_ESCAPE = /[&<>_\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

export function escapeText(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(INVALID, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

export function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(INVALID, "");
}

/** The attributes of one start tag (`<c r="A1" s="3">` gives { r: "A1", s: "3" }), values unescaped, prefixes kept. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag)) !== null) out[m[1] as string] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

/** One attribute of a start tag, or undefined (faster than `attributes` when only one is wanted). */
export function attribute(tag: string, name: string): string | undefined {
  const re = new RegExp(`[\\s<]${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(tag);
  return m ? unescapeXml(m[1] ?? m[2] ?? "") : undefined;
}

/** Set (or add) one attribute on a start tag, keeping everything else as written. */
export function withAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escapeAttr(value)}"`);
  return tag.replace(/^<([\w:]+)/, `<$1 ${name}="${escapeAttr(value)}"`);
}

/** The body of the first `<name ...>...</name>` in xml (the part between the tags), with where it sits. */
export function findElement(
  xml: string,
  name: string,
  from = 0,
): { start: number; end: number; open: string; inner: string; innerStart: number } | null {
  const re = new RegExp(`<${name}(?=[\\s/>])[^>]*?(/?)>`, "g");
  re.lastIndex = from;
  const m = re.exec(xml);
  if (m === null) return null;
  const start = m.index;
  const open = m[0];
  if (m[1] === "/") return { start, end: start + open.length, open, inner: "", innerStart: start + open.length };
  const close = `</${name}>`;
  const endTag = xml.indexOf(close, start + open.length);
  if (endTag < 0) return null;
  return {
    start,
    end: endTag + close.length,
    open,
    inner: xml.slice(start + open.length, endTag),
    innerStart: start + open.length,
  };
}
