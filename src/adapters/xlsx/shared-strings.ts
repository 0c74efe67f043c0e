/** sharedStrings.xml: the text of each string item, rich-text runs joined, phonetic guides left out. */
import { unescapeOoxml, unescapeXml } from "./xml";

/** The plain text of a `<si>` or `<is>` body: its `<t>` elements, outside any `<rPh>` phonetic run. */
export function itemText(body: string): string {
  const clean = body.indexOf("<rPh") >= 0 ? body.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : body;
  let out = "";
  const re = /<t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/t>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(clean)) !== null) out += m[1] ?? "";
  return unescapeOoxml(unescapeXml(out));
}

export function readSharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const out: string[] = [];
  const re = /<si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/si>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) out.push(itemText(m[1] ?? ""));
  return out;
}
