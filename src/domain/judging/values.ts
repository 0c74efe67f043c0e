/**
 * Reading a value the way councils write it: `8.7%`, `1,288`, `£6.8m`, `10.33 days (excluding schools)`,
 * `-0.15 (unvalidated)`, `43.2% (211/488)`, `a) 74% b) 88%`, `Not available at time of publication`.
 * Never guess a number out of prose: a number must lead the text.
 */
import { isDateFormat } from "../sheet/number-formats";
import { isCellError, type CellInput, type CellValue } from "../sheet/grid";
import { decimalsOf } from "./format";
import type { MissingReading, NumberReading, PartsReading, Unit, UnreadableReading, ValueReading } from "./types";

export type ValueInput = CellInput | CellValue | undefined;

// Texts that mean "no figure yet", with or without words after them: one list, beside the grid.
import { MISSING_ANYWHERE, MISSING_EXACT, MISSING_START as MISSING } from "../sheet/missing";

/** A number at the start: optional sign, optional £, digits with optional thousands commas and decimals. */
const LEADING_NUMBER =
  /^([-+−]?)\s*(£)?\s*([-+−]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*(bn|[kmb])?(?![a-z])\s*(%|per ?cent\b|days?\b)?/i;
const FRACTION = /\(\s*(\d[\d,]*)\s*\/\s*(\d[\d,]*)\s*\)/;
const PART_LABEL = /(?:^|\s)\(?([a-h]|i{1,3}|iv|v|vi{0,3})\)\s*/g;
const RATE_WORDS = /\bper\s+(?:\d|10k|1k|100k|thousand|hundred|head|capita)|\brate\b/i;

function missing(text: string, reason: string): MissingReading {
  return { kind: "missing", text, reason };
}

function unreadable(text: string, reason: string): UnreadableReading {
  return { kind: "unreadable", text, reason };
}

/** Anything a host may hand over, made into one cell: a range (array) or an unknown object is text that reads as nothing. */
function plainValue(v: unknown): CellValue {
  if (v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean" || isCellError(v)) return v;
  return Array.isArray(v) ? "(a range of cells, not one cell)" : "(a cell value that is not a number or text)";
}

/** A cell as the engine reads it, whatever arrived: a bare value, a CellInput, or something a host sent by mistake. */
export function normaliseCell(input: unknown): { value: CellValue; text: string; format: string } {
  if (input === undefined || input === null) return { value: null, text: "", format: "General" };
  if (typeof input === "object" && !Array.isArray(input) && !isCellError(input)) {
    const cell = input as Partial<Record<keyof CellInput, unknown>>;
    return {
      value: plainValue(cell.value),
      text: typeof cell.text === "string" ? cell.text : "",
      format: typeof cell.format === "string" ? cell.format : "General",
    };
  }
  return { value: plainValue(input), text: "", format: "General" };
}

const normalise = normaliseCell;

/** Unit and decimals implied by a number format such as `0.0%`, `"£"#,##0`, `0.00 "days"`. */
function fromFormat(format: string): { unit: Unit; decimals: number | null } {
  const f = format.replace(/"[^"]*"/g, (q) => (/day/i.test(q) ? " days " : /£/.test(q) ? "£" : ""));
  const unit: Unit = /%/.test(f)
    ? "percent"
    : /£|\[\$£/.test(format)
      ? "currency"
      : /days/i.test(f)
        ? "days"
        : "number";
  if (/^general$/i.test(format.trim())) return { unit, decimals: null };
  const m = /\.(0+)/.exec(f);
  return { unit, decimals: m?.[1]?.length ?? (/[0#]/.test(f) ? 0 : null) };
}

function fromNumber(value: number, text: string, format: string): ValueReading {
  if (!Number.isFinite(value)) return unreadable(String(value), "not a finite number");
  // A date is stored as a day count: judging 30/09/2023 as 45,199 would be a lie.
  if (isDateFormat(format)) return unreadable(text.trim() === "" ? String(value) : text.trim(), "a date, not a figure");
  const { unit, decimals } = fromFormat(format);
  const shown = text.trim();
  const d = decimals ?? (unit === "percent" ? decimalsOf(value * 100) : decimalsOf(value));
  return { kind: "number", value, unit, text: shown === "" ? String(value) : shown, decimals: d, qualifiers: [] };
}

function toNumber(digits: string): number {
  return Number(digits.replace(/,/g, ""));
}

/** Parse a number that leads `text`. Returns the reading and what follows it, or null. */
export function leadingNumber(text: string): { reading: NumberReading; rest: string } | null {
  const m = LEADING_NUMBER.exec(text);
  if (m === null) return null;
  const [whole, sign1 = "", pound, sign2 = "", digits = "", multiplier, unitWord] = m;
  const negative = /[-−]/.test(sign1) || /[-−]/.test(sign2);
  let value = toNumber(digits);
  if (Number.isNaN(value)) return null;
  const mult = multiplier?.toLowerCase();
  const scale = mult === "k" ? 1e3 : mult === "m" ? 1e6 : mult === "b" || mult === "bn" ? 1e9 : 1;
  // A multiplier only counts next to a currency sign (£6.8m); elsewhere the letter is a word.
  if (scale !== 1 && pound === undefined) return null;
  value *= scale;
  const dot = digits.indexOf(".");
  let decimals = dot === -1 ? 0 : digits.length - dot - 1;
  let unit: Unit = pound !== undefined ? "currency" : "number";
  if (unitWord !== undefined) {
    if (unitWord.startsWith("%") || /^per/i.test(unitWord)) {
      unit = "percent";
      value = Number((value / 100).toPrecision(15));
    } else unit = "days";
  }
  if (scale !== 1) decimals = decimalsOf(value);
  if (negative) value = -value;
  const rest = text.slice(whole.length).trim();
  if (unit === "number" && RATE_WORDS.test(rest)) unit = "rate";
  const reading: NumberReading = { kind: "number", value, unit, text: text.trim(), decimals, qualifiers: [] };
  return { reading, rest };
}

/** Words that start a clause: a number followed by one of these is part of a sentence, not a value with a note. */
const CLAUSE_START = new Set([
  "and",
  "or",
  "as",
  "which",
  "when",
  "while",
  "whilst",
  "that",
  "is",
  "are",
  "has",
  "have",
  "was",
  "were",
  "will",
  "against",
  "compared",
  "from",
  "to",
  "of",
  "but",
  "however",
  "so",
  "if",
  "than",
  "since",
  "because",
]);
/** More words than this outside brackets is a sentence. */
const MAX_NOTE_WORDS = 5;

/**
 * Why the words after a leading number make the text prose rather than a figure with a note, or null when
 * they are a note (`(unvalidated)`, `days (excluding schools)`, `Academic Year outturn 2022/23`, `National target`).
 * One pass over the text, no backtracking: this runs for every cell.
 */
export function proseAfterNumber(rest: string): string | null {
  if (rest === "" || rest === ".") return null;
  const first = rest.charCodeAt(0);
  // "1.A2", "3.A4(b)": a reference; "2016/17", "24/7": a year or a ratio; "1)", "30%).": a list or the end of a bracket.
  if (first === 46 /* . */ && rest.length > 1 && rest.charCodeAt(1) !== 32)
    return "looks like a reference, not a figure";
  if (first === 47 /* / */) return "looks like a year or a ratio, not a single figure";
  if (first === 41 /* ) */ || first === 44 /* , */) return "a figure inside a sentence or a list";
  // Keep only the words outside brackets: what is inside brackets is a note whatever it says.
  let outside = "";
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === "(") depth++;
    else if (c === ")") depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0) outside += c;
  }
  const words = outside.replace(/^[\s\-–—:;,]+/, "").replace(/[\s.,;:]+$/, "");
  if (words === "") return null;
  if (/\.\s+\S/.test(words)) return "a figure inside a sentence";
  if (/\d\s*%|£\s*\d/.test(words)) return "more than one figure: the leading number is not clearly the value";
  const list = words.split(/\s+/);
  if (list.length > MAX_NOTE_WORDS) return "a figure inside a sentence";
  if (CLAUSE_START.has((list[0] ?? "").toLowerCase())) return "a figure inside a sentence";
  return null;
}

/** Words after a number that do not change it: `(unvalidated)`, `(excluding schools)`, `Academic Year outturn 2022/23`. */
function qualify(reading: NumberReading, rest: string): ValueReading {
  if (rest === "") return reading;
  // A second figure or an operator right after the number is prose, not a qualifier: "5 to 7", "3 + 4".
  if (/^(?:[-+−=<>/*]|to\s+\d|and\s+\d|or\s+\d)/i.test(rest) && !/^-\s*[a-z(]/i.test(rest)) {
    return unreadable(reading.text, "more than one figure: the leading number is not clearly the value");
  }
  const prose = proseAfterNumber(rest);
  if (prose !== null) return unreadable(reading.text, prose);
  const fraction = FRACTION.exec(rest);
  const qualifiers = rest
    .split(/[()]/)
    .map((q) => q.trim().replace(/^[-–,:;.\s]+|[-–,:;.\s]+$/g, ""))
    .filter((q) => q !== "");
  const out: NumberReading = { ...reading, qualifiers };
  if (fraction !== null) {
    out.fraction = { numerator: toNumber(fraction[1] ?? "0"), denominator: toNumber(fraction[2] ?? "0") };
  }
  return out;
}

function readParts(text: string): PartsReading | UnreadableReading | null {
  const labels = [...text.matchAll(PART_LABEL)];
  if (labels.length < 2 || (labels[0]?.index ?? 1) !== 0) return null;
  const parts: PartsReading["parts"] = [];
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label === undefined) continue;
    const start = (label.index ?? 0) + label[0].length;
    const end = labels[i + 1]?.index ?? text.length;
    const body = text.slice(start, end).trim();
    const lead = leadingNumber(body);
    if (lead === null) return unreadable(text, `part ${label[1] ?? "?"}) has no figure`);
    const q = qualify(lead.reading, lead.rest);
    if (q.kind !== "number") return unreadable(text, `part ${label[1] ?? "?"}) is not a single figure`);
    parts.push({ label: `${label[1] ?? "?"})`, reading: q });
  }
  return { kind: "parts", text, parts };
}

function fromText(raw: string): ValueReading {
  const text = raw.trim();
  if (text === "") return missing("", "blank");
  if (text.length > 500) return unreadable(text.slice(0, 60) + "…", "too long to be a value");
  if (MISSING_EXACT.test(text) || MISSING.test(text) || MISSING_ANYWHERE.test(text)) return missing(text, `"${text}"`);
  if (
    /^#[A-Z/0!?]+[!?]?$/i.test(text) &&
    /^#(N\/A|VALUE!|REF!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)/i.test(text)
  ) {
    return missing(text, `the cell shows the error ${text}`);
  }
  const parts = readParts(text);
  if (parts !== null) return parts;
  const lead = leadingNumber(text);
  if (lead === null) return unreadable(text, "no figure at the start of the text");
  return qualify(lead.reading, lead.rest);
}

/**
 * Read a cell as a measure value. A number formatted `0.0%` is a percent (0.087 shows as 8.7%);
 * text is read as officers write it. Error cells and "not available" texts are missing, with the reason.
 */
export function readValue(input: ValueInput): ValueReading {
  const { value, text, format } = normalise(input);
  if (value === null) {
    return text.trim() === "" ? missing("", "blank") : fromText(text);
  }
  if (isCellError(value)) return missing(value.error, `the cell shows the error ${value.error}`);
  if (typeof value === "number") return fromNumber(value, text, format);
  if (typeof value === "boolean") return unreadable(value ? "TRUE" : "FALSE", "a TRUE/FALSE cell is not a figure");
  return fromText(value);
}
