/** Which way is good, read from the words officers use: `High`, `low`, `Low `, `Not applicable`, `info`… */
import type { Polarity } from "./types";

export interface PolarityReading {
  polarity: Polarity;
  /** False when the text said nothing we know: the caller decides what to assume. */
  recognised: boolean;
}

const NONE = /^(?:none|n\/?a\b|not applicable|info(?:rmation)?\b|for info(?:rmation)?\b|neither|neutral|no (?:good|direction|polarity)|monitor(?:ing)? only|[-–—]+$)/;
const HIGH = /^(?:high|higher|up|increase|more|bigger|above|maximi[sz]e)\b|higher is better|high is good/;
const LOW = /^(?:low|lower|down|decrease|less|fewer|smaller|below|minimi[sz]e|reduce|reduction)\b|lower is better|low is good/;
/** A label some sheets put before the word: "Good performance: High", "Polarity - low". */
const LABEL = /^(?:good performance|polarity|direction)\s*(?:is\s*)?[:\-–]?\s*/;

export function readPolarity(text: unknown): PolarityReading {
  if (typeof text !== "string") return { polarity: "none", recognised: false };
  let t = text.trim().toLowerCase();
  if (t.length > 200) return { polarity: "none", recognised: false };
  t = t.replace(LABEL, "");
  if (t === "") return { polarity: "none", recognised: false };
  if (NONE.test(t)) return { polarity: "none", recognised: true };
  if (HIGH.test(t)) return { polarity: "high", recognised: true };
  if (LOW.test(t)) return { polarity: "low", recognised: true };
  return { polarity: "none", recognised: false };
}

/** "higher is better" / "lower is better" / "for information only", as the exception reports say it. */
export function polarityWords(polarity: Polarity): string {
  if (polarity === "high") return "higher is better";
  if (polarity === "low") return "lower is better";
  return "for information only";
}
