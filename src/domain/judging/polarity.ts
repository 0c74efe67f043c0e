/** Which way is good, read from the words officers use: `High`, `low`, `Low `, `Not applicable`, `info`… */
import type { Polarity } from "./types";
import { lowerIsBetterPhrase } from "./lower-is-better";

export interface PolarityReading {
  polarity: Polarity;
  /** False when the text said nothing we know: the caller decides what to assume. */
  recognised: boolean;
}

const NONE =
  /^(?:none|n\/?a\b|not applicable|info(?:rmation)?\b|for info(?:rmation)?\b|neither|neutral|no (?:good|direction|polarity)|monitor(?:ing)? only|[-–—]+$)/;
const HIGH = /^(?:high|higher|up|increase|more|bigger|above|maximi[sz]e)\b|higher is better|high is good/;
const LOW =
  /^(?:low|lower|down|decrease|less|fewer|smaller|below|minimi[sz]e|reduce|reduction)\b|lower is better|low is good/;
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

/** Where a measure's polarity came from: its own column, its target's comparator, its wording, or nothing. */
export type PolarityBasis = "given" | "comparator" | "wording" | "assumed";

export interface InferredPolarity {
  polarity: Polarity;
  basis: PolarityBasis;
  /** What the reason adds when the sheet did not say: "lower is better (inferred from 'time taken')". Empty when given. */
  note: string;
}

/** The direction a target's comparator names: `<8%`, `<=8%`, `8% or less` want lower; `>=90%`, `58%+` want higher. */
export function polarityOfComparator(comparator: string): "high" | "low" {
  return comparator.startsWith("<") ? "low" : "high";
}

/**
 * The one rule for which way is good, used by assessment, the custom functions and status judging alike:
 * the polarity written for the measure; else the comparator of its target (read by readTarget, so `8% or less`
 * and `<=8%` agree); else the measure's own words (the lower-is-better lexicon); else higher is better, said so.
 */
export function inferPolarity(
  given: unknown,
  target: { kind: string; comparator?: string } | null,
  title: string | null,
): InferredPolarity {
  const read = readPolarity(given);
  if (read.recognised) return { polarity: read.polarity, basis: "given", note: "" };
  if (target !== null && target.kind === "comparator" && target.comparator !== undefined) {
    return { polarity: polarityOfComparator(target.comparator), basis: "comparator", note: "" };
  }
  const phrase = title === null ? null : lowerIsBetterPhrase(title);
  if (phrase !== null)
    return { polarity: "low", basis: "wording", note: `lower is better (inferred from '${phrase}')` };
  return { polarity: "high", basis: "assumed", note: "no good direction given: assumed higher is better" };
}
