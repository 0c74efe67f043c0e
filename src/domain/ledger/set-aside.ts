/**
 * A record that could not be read is set aside, not dropped: each damaged part is kept word for word (as text
 * inside a part of its own namespace) before the next write replaces it, so whatever an earlier write or a
 * person put there can still be recovered by hand. The tool never reads these back.
 */
import { escapeXml, unescapeXml } from "./parts";

export const SET_ASIDE_NAMESPACE = "urn:kpi-scorecard:set-aside:1";
const ROOT = "setAside";

const attr = (v: string) => escapeXml(v).replace(/"/g, "&quot;");

/** The parts that keep `xmls` (the damaged parts of `namespace`), saying when they were set aside. */
export function setAsideParts(xmls: readonly string[], namespace: string, at: string): string[] {
  return xmls.map(
    (xml) =>
      `<${ROOT} xmlns="${SET_ASIDE_NAMESPACE}" from="${attr(namespace)}" at="${attr(at)}">${escapeXml(xml)}</${ROOT}>`,
  );
}

/** The damaged part a set-aside part keeps, or null when it is not one. */
export function setAsideXml(part: string): string | null {
  const m = new RegExp(`<${ROOT}\\b[^>]*>([\\s\\S]*)</${ROOT}>`).exec(part);
  return m === null ? null : unescapeXml(m[1] ?? "");
}
