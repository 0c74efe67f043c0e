/**
 * A status column an officer keeps in words ("Above target", "Close to target", "Below target", or
 * "Green", "Amber", "Red") gets the tool's statuses in those words, not in symbols beside them: next
 * quarter's column reads as one key. Learned from the column as read: one word per status (the most used,
 * or the key's words for a status the column has not used), only where words are the column's way (at
 * least as many cells in words as in symbols) and no word holds another (colour rules test what a cell
 * contains: "Not achieved" would take "Achieved"'s colour too).
 */
import { STATUS_NAMES, parseStatusSymbol } from "../judging";
import type { Status } from "../judging/types";
import type { TableRows } from "../layout/rows";

export type StatusWords = Partial<Record<Status, string>>;

export function statusWordsOf(rows: TableRows): StatusWords {
  const counts = new Map<Status, Map<string, number>>();
  let words = 0;
  let symbols = 0;
  for (const r of rows.rows) {
    const text = r.before.status.trim();
    // A formula is the tool's or the officer's live status: it says nothing of the column's words.
    if (text === "" || text.startsWith("=")) continue;
    const status = parseStatusSymbol(text);
    if (status === null) continue;
    if (!/\p{L}/u.test(text)) {
      symbols++;
      continue;
    }
    words++;
    const seen = counts.get(status) ?? new Map<string, number>();
    seen.set(text, (seen.get(text) ?? 0) + 1);
    counts.set(status, seen);
  }
  if (words === 0 || words < symbols) return {};
  // A status the column has never shown gets the key's own words, not a symbol among the words.
  const out: StatusWords = { ...STATUS_NAMES };
  for (const [status, seen] of counts) {
    // The most used spelling; the first seen where two are used as often.
    let best: [string, number] | null = null;
    for (const entry of seen) if (best === null || entry[1] > best[1]) best = entry;
    if (best !== null) out[status] = best[0];
  }
  const texts = Object.values(out).map((t) => t.toLowerCase());
  if (texts.some((a, i) => texts.some((b, j) => i !== j && a.includes(b)))) return {};
  return out;
}
