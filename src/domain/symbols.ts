/**
 * The council key: status symbols ✓ ● ✘ ✱ □ ■ and direction-of-travel arrows, with their words,
 * and parsers that read back what officers type (✔, ✗, ×, X, •, Green, G, "On target"…).
 */
import type { Fill } from "./plan";
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
  "not-applicable": "Measure not applicable for target (e.g. baseline year, or not appropriate to set a specific target)",
  "not-available": "Measure information not yet available (e.g. due to infrequency or timing of information/data)",
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
export const DOT_WORDS: Record<Direction, string> = { improved: "Improved", stable: "Stable", worse: "Worse", "not-applicable": "Not applicable" };
export const DOT_KEY_WORDS: Record<Direction, string> = {
  improved: "Numbers have improved",
  stable: "Numbers are stable",
  worse: "Numbers have got worse",
  "not-applicable": "Direction of travel not applicable",
};
/** Value arrows follow the number; the fill says whether that is good. */
export const VALUE_ARROWS: Record<Movement, string> = { rose: "↑", fell: "↓", same: "→", unknown: "–" };

export function statusFill(status: Status): Fill {
  if (status === "on-target") return "green";
  if (status === "near-target") return "amber";
  if (status === "off-target") return "red";
  return "grey";
}

const STATUS_BY_TEXT = new Map<string, Status>([
  ...["✓", "✔", "☑", "✅", "v", "√", "g", "green", "on target", "on track", "achieved", "met", "r/g"].map((t) => [t, "on-target"] as const),
  ...["●", "•", "⬤", "◉", "a", "amber", "near target", "satisfactory", "nearly", "close to target", "y", "yellow"].map((t) => [t, "near-target"] as const),
  ...["✘", "✗", "✕", "×", "x", "❌", "r", "red", "off target", "off track", "not met", "missed"].map((t) => [t, "off-target"] as const),
  ...["✱", "*", "✲", "✳", "❋", "in development", "under development", "development"].map((t) => [t, "in-development"] as const),
  ...["□", "☐", "◻", "not applicable", "n/a", "na", "no target"].map((t) => [t, "not-applicable"] as const),
  ...["■", "◼", "▪", "not available", "information not yet available", "no data"].map((t) => [t, "not-available"] as const),
]);

/** Read a recorded status as an officer typed it. Unknown text gives null (never a guess). */
export function parseStatusSymbol(text: unknown): Status | null {
  if (typeof text !== "string") return null;
  const t = text.trim().toLowerCase().replace(/\s+/g, " ").replace(/[.!]$/, "");
  if (t === "") return null;
  return STATUS_BY_TEXT.get(t) ?? null;
}

const DIRECTION_BY_TEXT = new Map<string, Direction>([
  ...["↑", "⇧", "⬆", "▲", "improved", "improving", "better", "up", "improvement"].map((t) => [t, "improved"] as const),
  ...["→", "⇨", "➡", "↔", "⬌", "stable", "same", "no change", "unchanged", "static", "steady", "level"].map((t) => [t, "stable"] as const),
  ...["↓", "⇩", "⬇", "▼", "worse", "worsening", "declined", "declining", "got worse", "down", "deteriorated"].map((t) => [t, "worse"] as const),
  ...["–", "-", "—", "n/a", "na", "not applicable"].map((t) => [t, "not-applicable"] as const),
]);

export function parseDirectionSymbol(text: unknown): Direction | null {
  if (typeof text !== "string") return null;
  const t = text.trim().toLowerCase().replace(/\s+/g, " ").replace(/[.!]$/, "");
  if (t === "") return null;
  return DIRECTION_BY_TEXT.get(t) ?? null;
}
