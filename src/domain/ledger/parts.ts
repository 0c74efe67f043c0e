/**
 * A JSON document as the XML of one or more custom XML parts, and back: `<root xmlns="…" part="i" of="n">`
 * around escaped JSON, each part under ~800k characters so that one request stays under Excel on the web's
 * 5 MB limit even if every character were escaped. Shared by both adapters (restore points, the ledger).
 */

/** JSON characters per part: even if every one were escaped as &amp; the part stays under 5 MB. */
export const PART_CHARS = 800_000;
export const MAX_PARTS = 200;

export const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
export const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Extra attributes on every part's root (a restore point's id), already safe as XML attribute values. */
export type PartAttributes = Record<string, string>;

const attr = (v: string) => escapeXml(v).replace(/"/g, "&quot;");

/** The document as the XML of its parts, in order. */
export function splitParts(root: string, namespace: string, json: string, attributes: PartAttributes = {}): string[] {
  const count = Math.max(1, Math.ceil(json.length / PART_CHARS));
  const extra = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${attr(v)}"`)
    .join("");
  return Array.from({ length: count }, (_, i) => {
    const piece = escapeXml(json.slice(i * PART_CHARS, (i + 1) * PART_CHARS));
    return `<${root} xmlns="${namespace}"${extra} part="${i + 1}" of="${count}">${piece}</${root}>`;
  });
}

export interface Piece {
  part: number;
  of: number;
  text: string;
  /** The root element's other attributes (`id` of a restore point). */
  attributes: PartAttributes;
}

/** One part's number, count and text, or null when it is not such a part. */
export function readPiece(root: string, xml: string): Piece | null {
  const open = new RegExp(`<(?:\\w+:)?${root}\\b([^>]*)>([\\s\\S]*)</(?:\\w+:)?${root}>`).exec(xml);
  if (open === null) return null;
  const attributes: PartAttributes = {};
  for (const m of (open[1] ?? "").matchAll(/([\w:-]+)="([^"]*)"/g))
    attributes[m[1] as string] = unescapeXml(m[2] ?? "");
  const part = Number(attributes.part);
  const of = Number(attributes.of);
  if (!Number.isInteger(part) || !Number.isInteger(of) || part < 1 || of < 1) return null;
  return { part, of, text: open[2] ?? "", attributes };
}

/** The JSON text the parts hold, joined in order, or null when they are missing, out of order or incomplete. */
export function joinParts(root: string, xmls: readonly string[]): string | null {
  if (xmls.length === 0 || xmls.length > MAX_PARTS) return null;
  const pieces: Piece[] = [];
  for (const xml of xmls) {
    const p = readPiece(root, xml);
    if (p === null) return null;
    pieces.push(p);
  }
  pieces.sort((a, b) => a.part - b.part);
  if (pieces.some((p, i) => p.part !== i + 1 || p.of !== pieces.length)) return null;
  return unescapeXml(pieces.map((p) => p.text).join(""));
}
