/**
 * Reading a target as councils write it: `<8%`, `58%+`, `85.0%`, `541 (+10% on previous yr)`,
 * `280 (Cumulative target)`, `10% reduction`, `No target`, `Baseline Year`,
 * `To achieve national completion rate`. Anything else is unreadable, with the text quoted.
 */
import { isCellError } from "../sheet/grid";
import { leadingNumber, normaliseCell, proseAfterNumber, readValue, type ValueInput } from "./values";
import type { Comparator, NumberReading, TargetFlags, TargetReading } from "./types";

const NOT_APPLICABLE =
  /^(?:no target|n\/?a\b|na$|none$|not applicable|target not applicable|not appropriate|baseline|information only|info only|for information|monitor(?:ing)? only|no target set|not set|-+$|–$)/i;
const BENCHMARK_WORDS =
  /\b(national|regional|region|statistical neighbours?|stat\.? neigh\w*|england|english|core cities|comparator|benchmark(?:ing)? group)\b/i;
const BENCHMARK_VERBS =
  /\b(inline|in line|achieve|match|meet|above|better|at least|or above|or better|average|rate|median|quartile)\b/i;
const RELATIVE =
  /^([-+]?\d+(?:\.\d+)?)\s*%\s*(reduction|decrease|fewer|less|lower|drop|increase|more|higher|improvement|rise|growth)\b/i;
const COMPARATOR_FIRST = /^(<=|>=|=<|=>|≤|≥|<|>)\s*/;
const COMPARATOR_WORDS_FIRST =
  /^(less than|under|below|fewer than|at most|no more than|more than|over|above|at least|no less than|minimum of|maximum of)\s+/i;
const PLUS_AFTER = /^\+|^or (?:more|above|higher|over|better)\b/i;
const MINUS_AFTER = /^or (?:less|below|lower|under|fewer)\b/i;

function flagsOf(text: string, note: string): TargetFlags {
  const flags: TargetFlags = { cumulative: /cumulative/i.test(text), academicYear: /academic/i.test(text) };
  const cleaned = note.replace(/^[\s(\-–,.:;]+|[\s).,;:]+$/g, "").trim();
  if (cleaned !== "") flags.note = cleaned;
  return flags;
}

/** A benchmark target is a short phrase ("Inline with regional average"), not a sentence that mentions an average. */
function isShortPhrase(text: string): boolean {
  const outside = text
    .replace(/\([^()]*\)/g, " ")
    .trim()
    .replace(/[.\s]+$/, "");
  if (/\d/.test(outside) || /\.\s+\S/.test(outside)) return false;
  return outside.split(/\s+/).length <= 10;
}

function comparatorOf(symbol: string): Comparator {
  switch (symbol.toLowerCase()) {
    case "<":
    case "less than":
    case "under":
    case "below":
    case "fewer than":
      return "<";
    case "<=":
    case "=<":
    case "≤":
    case "at most":
    case "no more than":
    case "maximum of":
      return "<=";
    case ">":
    case "more than":
    case "over":
    case "above":
      return ">";
    default:
      return ">=";
  }
}

function unreadable(text: string, reason: string): TargetReading {
  return { kind: "unreadable", text, reason };
}

/** A threshold that starts the text, with what follows it. Returns null when no number leads. */
function threshold(text: string): { reading: NumberReading; rest: string } | null {
  return leadingNumber(text);
}

function fromText(raw: string): TargetReading {
  const text = raw.trim().replace(/\s+/g, " ");
  if (text === "") return { kind: "not-applicable", text: "", reason: "no target given" };
  if (text.length > 500) return unreadable(text.slice(0, 60) + "…", "too long to be a target");
  if (NOT_APPLICABLE.test(text)) return { kind: "not-applicable", text, reason: `target is "${text}"` };

  const relative = RELATIVE.exec(text);
  if (relative !== null) {
    const size = Math.abs(Number(relative[1])) / 100;
    const down = /reduction|decrease|fewer|less|lower|drop/i.test(relative[2] ?? "");
    return {
      kind: "relative",
      text,
      change: down ? -size : size,
      flags: flagsOf(text, text.slice(relative[0].length)),
    };
  }

  let comparator: Comparator | null = null;
  let body = text;
  const first = COMPARATOR_FIRST.exec(body) ?? COMPARATOR_WORDS_FIRST.exec(body);
  if (first !== null) {
    comparator = comparatorOf(first[1] ?? ">=");
    body = body.slice(first[0].length);
  }
  const lead = threshold(body);
  if (lead === null) {
    if (BENCHMARK_WORDS.test(text) && BENCHMARK_VERBS.test(text) && isShortPhrase(text)) {
      const which = (BENCHMARK_WORDS.exec(text)?.[1] ?? "benchmark").toLowerCase();
      const atLeast = /\b(above|better|at least|or above|or better|exceed)\b/i.test(text);
      return {
        kind: "benchmark",
        text,
        benchmark: which,
        relation: atLeast ? "at-least" : "inline",
        flags: flagsOf(text, ""),
      };
    }
    return unreadable(text, "no figure to judge against");
  }
  let rest = lead.rest;
  if (comparator === null) {
    if (PLUS_AFTER.test(rest)) {
      comparator = ">=";
      rest = rest.replace(PLUS_AFTER, "").trim();
    } else if (MINUS_AFTER.test(rest)) {
      comparator = "<=";
      rest = rest.replace(MINUS_AFTER, "").trim();
    }
  }
  // "10% of licensed vehicles…": a share of a total the sheet does not give, not a level to reach.
  if (/^of\b/i.test(rest)) return unreadable(text, "the target is a share of a total that the sheet does not give");
  // A second figure straight after the first is a range or a list, not one target.
  if (/^(?:-|–|to)\s*[-+]?\d/i.test(rest))
    return unreadable(text, "a range is not a single target (use the Red/Amber/Green columns)");
  const prose = proseAfterNumber(rest);
  if (prose !== null) return unreadable(text, prose);
  const flags = flagsOf(text, rest);
  return comparator === null
    ? { kind: "plain", text, threshold: lead.reading, flags }
    : { kind: "comparator", text, comparator, threshold: lead.reading, flags };
}

/** Read a target cell. A number cell is a plain target in its own format (a `0%` cell holding 0.95 is 95%). */
export function readTarget(input: ValueInput): TargetReading {
  const { value, text } = normaliseCell(input);
  if (typeof value === "number") {
    const reading = readValue(input);
    if (reading.kind !== "number")
      return unreadable(reading.text, reading.kind === "unreadable" ? reading.reason : "not a finite number");
    return { kind: "plain", text: reading.text, threshold: reading, flags: { cumulative: false, academicYear: false } };
  }
  if (isCellError(value)) return unreadable(value.error, `the target cell shows the error ${value.error}`);
  if (typeof value === "boolean") return unreadable(String(value), "a TRUE/FALSE cell is not a target");
  return fromText(value === null ? text : value);
}
