/**
 * The text Excel would show for a number in a given number format. ExcelJS gives values and
 * format codes but no display text, so the file adapter renders the common codes itself:
 * General, fixed decimals, thousands separators, percentages, currency prefixes/suffixes,
 * literal text, sections (positive;negative;zero) and dates. Unknown codes fall back to General.
 */

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Excel's General format: up to 11 significant characters, no trailing zeros. */
export function generalText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9))
    return n
      .toExponential(5)
      .replace(/\.?0+e/, "E")
      .replace("E+", "E+");
  return String(Number(n.toPrecision(10)));
}

/** Split a format code on `;` outside quotes. */
function sections(code: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] as string;
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && i + 1 < code.length) {
      cur += ch + (code[i + 1] as string);
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Remove colours/conditions `[Red]`, locale tags `[$£-809]` (keeping the symbol), padding `_x` and fill `*x`. */
function clean(section: string): string {
  return section
    .replace(/\[\$([^\]-]*)(-[^\]]*)?\]/g, (_m, sym: string) => (sym ? `"${sym}"` : ""))
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "");
}

/** Literal pieces (quoted text, escaped characters, currency signs) and the numeric pattern between them. */
function splitLiterals(section: string): { prefix: string; pattern: string; suffix: string } {
  let prefix = "";
  let pattern = "";
  let suffix = "";
  let seenDigit = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] as string;
    let literal: string | null = null;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      literal = section[i + 1] ?? "";
      i++;
    } else if ("0#?.,%".includes(ch) || (ch === "E" && seenDigit)) {
      if ("0#?".includes(ch)) seenDigit = true;
      pattern += ch;
      continue;
    } else literal = ch;
    if (seenDigit) suffix += literal;
    else prefix += literal;
  }
  return { prefix, pattern, suffix };
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

interface Pattern {
  percents: number;
  thousandsScale: number;
  minFrac: number;
  maxFrac: number;
  minInt: number;
  grouped: boolean;
}

const patterns = new Map<string, Pattern>();

/** A numeric pattern's rules, parsed once per pattern (a sheet has few formats and many cells). */
function parsePattern(pattern: string): Pattern {
  const known = patterns.get(pattern);
  if (known !== undefined) return known;
  const percents = (pattern.match(/%/g) ?? []).length;
  let p = pattern.replace(/%/g, "");
  // Trailing commas scale by 1000.
  let thousandsScale = 0;
  while (p.endsWith(",")) {
    thousandsScale++;
    p = p.slice(0, -1);
  }
  const dot = p.indexOf(".");
  const intPart = dot < 0 ? p : p.slice(0, dot);
  const fracPart = dot < 0 ? "" : p.slice(dot + 1);
  const fixed = fracPart.replace(/[^0#?]/g, "");
  const parsed: Pattern = {
    percents,
    thousandsScale,
    minFrac: (fixed.match(/0/g) ?? []).length,
    maxFrac: fixed.length,
    minInt: (intPart.match(/0/g) ?? []).length,
    grouped: intPart.includes(","),
  };
  patterns.set(pattern, parsed);
  return parsed;
}

function formatPattern(n: number, pattern: string): string {
  const { percents, thousandsScale, minFrac, maxFrac, minInt, grouped } = parsePattern(pattern);
  let value = n * 100 ** percents;
  for (let i = 0; i < thousandsScale; i++) value /= 1000;
  let text = Math.abs(value).toFixed(maxFrac);
  if (maxFrac > minFrac) {
    // Optional digits (#) drop trailing zeros down to the required ones.
    const [i, f = ""] = text.split(".");
    let frac = f;
    while (frac.length > minFrac && frac.endsWith("0")) frac = frac.slice(0, -1);
    text = frac ? `${i}.${frac}` : (i as string);
  }
  const parts = text.split(".");
  let whole = parts[0] ?? "0";
  const frac = parts[1];
  if (minInt === 0 && whole === "0" && frac) whole = "";
  whole = whole.padStart(minInt, "0");
  if (grouped) whole = groupThousands(whole);
  const body = frac !== undefined ? `${whole}.${frac}` : whole;
  return body + "%".repeat(percents);
}

const DATE_TOKENS = /yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM|am\/pm/gi;

function isDateCode(code: string): boolean {
  const stripped = code.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(stripped) && !/[0#?]/.test(stripped.replace(/\.0+/g, ""));
}

/** Excel serial (1900 system) to a UTC date. */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

export function dateToSerial(date: Date): number {
  return date.getTime() / 86400000 + 25569;
}

function formatDate(serial: number, code: string): string {
  const d = serialToDate(serial);
  const Y = d.getUTCFullYear();
  const M = d.getUTCMonth();
  const D = d.getUTCDate();
  const h = d.getUTCHours();
  const min = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  const hasAmPm = /AM\/PM/i.test(code);
  const parts = code.replace(/"([^"]*)"/g, "\u0001$1\u0002");
  let out = "";
  let literal = false;
  let lastWasHour = false;
  const tokens = parts.split(/(\u0001|\u0002)/);
  for (const t of tokens) {
    if (t === "\u0001") {
      literal = true;
      continue;
    }
    if (t === "\u0002") {
      literal = false;
      continue;
    }
    if (literal) {
      out += t;
      continue;
    }
    out += t.replace(/\\(.)/g, "$1").replace(DATE_TOKENS, (tok) => {
      const lower = tok.toLowerCase();
      let r: string;
      if (lower === "yyyy") r = String(Y);
      else if (lower === "yy") r = String(Y % 100).padStart(2, "0");
      else if (lower === "mmmm") r = MONTHS[M] as string;
      else if (lower === "mmm") r = (MONTHS[M] as string).slice(0, 3);
      else if (lower === "mm" || lower === "m") {
        // `m` after an hour is minutes.
        const v = lastWasHour ? min : M + 1;
        r = lower === "mm" ? String(v).padStart(2, "0") : String(v);
      } else if (lower === "dddd") r = DAYS[d.getUTCDay()] as string;
      else if (lower === "ddd") r = (DAYS[d.getUTCDay()] as string).slice(0, 3);
      else if (lower === "dd") r = String(D).padStart(2, "0");
      else if (lower === "d") r = String(D);
      else if (lower === "hh" || lower === "h") {
        const hv = hasAmPm ? ((h + 11) % 12) + 1 : h;
        r = lower === "hh" ? String(hv).padStart(2, "0") : String(hv);
      } else if (lower === "ss") r = String(s).padStart(2, "0");
      else if (lower === "s") r = String(s);
      else r = h < 12 ? "AM" : "PM";
      lastWasHour = lower === "hh" || lower === "h";
      return r;
    });
  }
  return out;
}

interface Section {
  cleaned: string;
  date: boolean;
  general: boolean;
  prefix: string;
  pattern: string;
  suffix: string;
  digits: boolean;
}

const codes = new Map<string, Section[]>();

/** A format code's sections, cleaned and split once per code. */
function parseCode(code: string): Section[] {
  const known = codes.get(code);
  if (known !== undefined) return known;
  const parsed = sections(code).map((section): Section => {
    const cleaned = clean(section);
    const { prefix, pattern, suffix } = splitLiterals(cleaned);
    return {
      cleaned,
      date: isDateCode(cleaned),
      general: /^general$/i.test(cleaned.trim()),
      prefix,
      pattern,
      suffix,
      digits: /[0#?]/.test(pattern),
    };
  });
  if (codes.size < 10_000) codes.set(code, parsed);
  return parsed;
}

/** What Excel shows for `value` in `format`. */
export function displayNumber(value: number, format: string | undefined): string {
  const code = (format ?? "").trim();
  if (code === "" || code === "General" || /^general$/i.test(code)) return generalText(value);
  if (code === "@") return generalText(value);
  const parts = parseCode(code);
  let section = parts[0] as Section;
  let negativeSection = false;
  if (value < 0 && parts.length > 1) {
    section = parts[1] as Section;
    negativeSection = true;
  } else if (value === 0 && parts.length > 2) section = parts[2] as Section;
  if (section.date) return formatDate(value, section.cleaned);
  if (section.general) return generalText(value);
  const { prefix, pattern, suffix } = section;
  if (!section.digits) return prefix + suffix || generalText(value);
  const body = formatPattern(value, pattern);
  const sign = value < 0 && !negativeSection && body.replace(/[0.,%]/g, "") !== "" ? "-" : "";
  return `${sign}${prefix}${body}${suffix}`;
}
