/**
 * The council key: status symbols ✓ ● ✘ ✱ □ ■ and direction-of-travel arrows, with their words,
 * and parsers that read back what officers type (✔, ✗, ×, X, •, Green, G, "On target"…).
 */
import type { Direction, Movement, Status } from "./types";

export const STATUS_SYMBOLS: Record<Status, string> = {
  "on-target": "✓",
  "near-target": "●",
  "off-target": "✘",
  "in-development": "✱",
  "not-applicable": "□",
  "not-available": "■",
};

/** The key's own wording. */
export const STATUS_WORDS: Record<Status, string> = {
  "on-target": "Measure progressing above or in line with target set",
  "near-target": "Measure progress has been satisfactory but is not fully reaching target set",
  "off-target": "Measure has not progressed in accordance with target set",
  "in-development": "Measure under development (e.g. awaiting data collection or target-setting)",
  "not-applicable":
    "Measure not applicable for target (e.g. baseline year, or not appropriate to set a specific target)",
  "not-available": "Measure information not yet available (e.g. due to infrequency or timing of information/data)",
};

/** A status in two or three plain words: the charts' legend, the pane's badges, a status column kept in words. */
export const STATUS_NAMES: Record<Status, string> = {
  "on-target": "On target",
  "near-target": "Near target",
  "off-target": "Off target",
  "in-development": "In development",
  "not-applicable": "Not applicable",
  "not-available": "Not available",
};

export const RAG_WORDS: Record<Status, string> = {
  "on-target": "Green",
  "near-target": "Amber",
  "off-target": "Red",
  "in-development": "In development",
  "not-applicable": "Not applicable",
  "not-available": "Not available",
};

export const DOT_ARROWS: Record<Direction, string> = { improved: "↑", stable: "→", worse: "↓", "not-applicable": "–" };
export const DOT_WORDS: Record<Direction, string> = {
  improved: "Improved",
  stable: "Stable",
  worse: "Worse",
  "not-applicable": "Not applicable",
};
export const DOT_KEY_WORDS: Record<Direction, string> = {
  improved: "Numbers have improved",
  stable: "Numbers are stable",
  worse: "Numbers have got worse",
  "not-applicable": "Direction of travel not applicable",
};
/** Value arrows follow the number; the fill says whether that is good. */
export const VALUE_ARROWS: Record<Movement, string> = { rose: "↑", fell: "↓", same: "→", unknown: "–" };

/** Lower-cased text → what it means. The key's own wording reads back too. */
function table<T extends string>(groups: [T, string[]][], keyWords: Record<T, string>[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [meaning, texts] of groups) for (const t of texts) map.set(t, meaning);
  for (const words of keyWords)
    for (const [meaning, text] of Object.entries(words) as [T, string][]) map.set(normalise(text), meaning);
  return map;
}

/** Lower case, single spaces, no emoji variation selectors (`✔️` is `✔` + U+FE0F) or trailing full stop. */
function normalise(text: string): string {
  return text
    .replace(/[\ufe0e\ufe0f]/g, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[.!]$/, "");
}

// `V`, `>` and `~` stand for ✓ in the seed reports' OCR'd keys; × and X for ✘. Ambiguous texts (`R/G`, `0`) are left out.
const STATUS_BY_TEXT = table<Status>(
  [
    [
      "on-target",
      [
        "✓",
        "✔",
        "☑",
        "✅",
        "🟢",
        "🟩",
        "💚",
        "v",
        "√",
        ">",
        "~",
        "g",
        "green",
        "on target",
        "on track",
        "achieved",
        "met",
        "target met",
        "target achieved",
        "above target",
        "exceeded",
        "target exceeded",
        "exceeding target",
        "on or above target",
        "at or above target",
        "meeting target",
        "g green",
        "green - on target",
      ],
    ],
    [
      "near-target",
      [
        "●",
        "•",
        "⬤",
        "◉",
        "🟡",
        "🟠",
        "🟨",
        "🟧",
        "⚠",
        "a",
        "amber",
        "near target",
        "close to target",
        "nearly",
        "satisfactory",
        "y",
        "yellow",
        "slightly below target",
        "just below target",
        "within tolerance",
        "some concern",
        "at risk",
        "a amber",
        "amber - close to target",
      ],
    ],
    [
      "off-target",
      [
        "✘",
        "✗",
        "✕",
        "✖",
        "×",
        "x",
        "❌",
        "❎",
        "🔴",
        "🟥",
        "r",
        "red",
        "off target",
        "off track",
        "not met",
        "target not met",
        "missed",
        "below target",
        "not achieved",
        "target not achieved",
        "target missed",
        "r red",
        "red - below target",
      ],
    ],
    [
      "in-development",
      [
        "✱",
        "*",
        "✲",
        "✳",
        "❋",
        "in development",
        "under development",
        "development",
        "target to be set",
        "new measure",
      ],
    ],
    [
      "not-applicable",
      [
        "□",
        "☐",
        "◻",
        "⚪",
        "⬜",
        "not applicable",
        "n/a",
        "na",
        "no target",
        "baseline",
        "baseline year",
        "for info only",
        "for information only",
        "info only",
        "data only",
        "for information",
        "monitoring only",
        "contextual",
        "no status",
      ],
    ],
    [
      "not-available",
      ["■", "◼", "▪", "not available", "information not yet available", "no data", "data not available"],
    ],
  ],
  [STATUS_WORDS, RAG_WORDS],
);

/** Read a recorded status as an officer typed it. Unknown text gives null (never a guess). */
export function parseStatusSymbol(text: unknown): Status | null {
  return lookUp(STATUS_BY_TEXT, text);
}

// `U` and `v` stand for ↓ in the 2019 seed report's OCR'd DOT column (every such row got worse).
const DIRECTION_BY_TEXT = table<Direction>(
  [
    [
      "improved",
      [
        "↑",
        "⇧",
        "⬆",
        "▲",
        "⇑",
        "↗",
        "⤴",
        "📈",
        "improved",
        "improving",
        "better",
        "getting better",
        "up",
        "improvement",
        "performance improved",
        "improved performance",
      ],
    ],
    [
      "stable",
      [
        "→",
        "⇨",
        "➡",
        "⇒",
        "↔",
        "⬌",
        "↕",
        "stable",
        "same",
        "no change",
        "unchanged",
        "static",
        "steady",
        "level",
        "maintained",
        "sustained",
        "similar",
        "no significant change",
        "the same",
      ],
    ],
    [
      "worse",
      [
        "↓",
        "⇩",
        "⬇",
        "▼",
        "⇓",
        "↘",
        "⤵",
        "📉",
        "v",
        "u",
        "worse",
        "worsening",
        "getting worse",
        "declined",
        "declining",
        "got worse",
        "down",
        "deteriorated",
        "deteriorating",
        "performance declined",
      ],
    ],
    ["not-applicable", ["–", "-", "—", "n/a", "na", "not applicable"]],
  ],
  [DOT_WORDS, DOT_KEY_WORDS],
);

export function parseDirectionSymbol(text: unknown): Direction | null {
  return lookUp(DIRECTION_BY_TEXT, text);
}

/** The whole text, or failing that a leading symbol followed by words (`✓ (recovery plan agreed)`). */
function lookUp<T extends string>(map: Map<string, T>, text: unknown): T | null {
  if (typeof text !== "string" || text.length > 200) return null;
  const t = normalise(text);
  if (t === "") return null;
  const whole = map.get(t);
  if (whole !== undefined) return whole;
  const first = t.codePointAt(0) ?? 0;
  // Only a non-ASCII symbol leads (✓, ×, ↑): "R" in "Recovery plan agreed" is not Red, "> 5%" is not a tick.
  if (first < 0x80) return null;
  const symbol = String.fromCodePoint(first);
  const rest = t.slice(symbol.length);
  if (rest !== "" && !/^[\s(]/.test(rest)) return null;
  return map.get(symbol) ?? null;
}
