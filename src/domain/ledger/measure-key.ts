/**
 * A measure's identity across quarters: rows move, so it is the sheet and the ref when there is one, else
 * the title, normalised (trimmed, spaces collapsed, case ignored).
 */
import type { MeasureKey } from "./schema";

export function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

export function measureKey(sheet: string, ref: string | null, measure: string): MeasureKey {
  const r = ref === null ? "" : ref.replace(/\s+/g, " ").trim().slice(0, 120);
  return {
    sheet: sheet.slice(0, 31),
    ref: r === "" ? null : r,
    measure: measure.replace(/\s+/g, " ").trim().slice(0, 500),
  };
}

/** One string per measure, for maps: the ref when present, else the title. */
export function keyId(key: MeasureKey): string {
  const who =
    key.ref !== null && key.ref.trim() !== "" ? `ref:${normalise(key.ref)}` : `title:${normalise(key.measure)}`;
  return `${normalise(key.sheet)}\u0000${who}`;
}

export function sameMeasure(a: MeasureKey, b: MeasureKey): boolean {
  return keyId(a) === keyId(b);
}

/**
 * The key of each measure of a workbook: its ref, unless another measure on the sheet shares it (a ref column
 * holding the report's name, say), when its title is what tells it apart.
 */
export function keysOf(
  measures: readonly { sheet: string; ref: string | null; measure: string }[],
): (m: { sheet: string; ref: string | null; measure: string }) => MeasureKey {
  const seen = new Map<string, number>();
  const refId = (sheet: string, ref: string) => `${normalise(sheet)}\u0000${normalise(ref)}`;
  for (const m of measures)
    if (m.ref !== null && m.ref.trim() !== "")
      seen.set(refId(m.sheet, m.ref), (seen.get(refId(m.sheet, m.ref)) ?? 0) + 1);
  return (m) => {
    const shared = m.ref !== null && (seen.get(refId(m.sheet, m.ref)) ?? 0) > 1;
    return measureKey(m.sheet, shared ? null : m.ref, m.measure);
  };
}
