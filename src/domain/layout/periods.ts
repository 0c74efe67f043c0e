/**
 * Period labels → periods: `Year end 2015/16`, `Q1 Apr - June 2018`, `Q2 Jul - Sep 2023/24`,
 * `Q4 Jan- Mar 2019`, `Apr-19`, `Mar-23 (Q4)`, `2022/23 Outturn`, `Term 1`, `YTD`, and date
 * cells used as month headers. Years follow the UK financial year (April to March) unless the
 * label says otherwise; terms follow the academic year (September to August).
 */
import type { Period, PeriodKind } from "./scorecard";
import { positionPeriod, undatedRank } from "./position-periods";

export type PeriodInfo = Omit<Period, "column">;

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
// A month with a two- or four-digit year after it: `Apr-19`, `March 19`, `Jun 2019`.
const MONTH_YEAR = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-–/'’]*(\d{4}|\d{2})\b/gi;
const MONTH_WORD =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/gi;

/** When two periods end in the same month, the reporting period wins: quarter over month or year. */
const KIND_RANK: Record<PeriodKind, number> = {
  month: 1,
  year: 2,
  term: 3,
  "half-year": 4,
  quarter: 5,
  ytd: 0,
  other: 0,
};

// Words that may surround a period label without making it something else.
const FILLER =
  /\b(year|yr|end|ending|outturn|annual|financial|fy|academic|ay|calendar|quarter|qtr|q[1-4]|term|half|h[12]|ytd|to|date|actual|actuals|performance|position|result|results|provisional|final|data|as|at|value|cumulative|period|rolling|latest|figure|month|the|of|and|autumn|spring|summer|first|second|third|fourth|1st|2nd|3rd|4th)\b/g;

function monthNumber(word: string): number {
  return MONTHS[word.slice(0, 3).toLowerCase()] ?? 0;
}

function fullYear(twoOrFour: string): number {
  const n = Number(twoOrFour);
  return twoOrFour.length <= 2 ? 2000 + n : n;
}

/** Financial year (April start) holding a calendar month. */
function financialYearOf(year: number, month: number): number {
  return month >= 4 ? year : year - 1;
}

/** 0-based absolute month: year × 12 + (month − 1). */
const abs = (year: number, month: number) => year * 12 + (month - 1);

function info(
  label: string,
  kind: PeriodKind,
  year: number | null,
  index: number | null,
  endMonth: number | null,
): PeriodInfo {
  return { label, kind, year, index, order: endMonth === null ? Number.NaN : endMonth * 10 + KIND_RANK[kind] };
}

/** Every period label has a year, a month, a quarter, a term, a half or "YTD" in it. */
const PERIOD_HINT =
  /(19|20)\d{2}|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\bq\s*[1-4]|quarter|\bterm\b|\bh[12]\b|half|ytd|year|autumn|spring|summer|-\d{2}\b/i;

/** A leftover check: nothing but period words, years, months and punctuation. */
function onlyPeriodWords(label: string): boolean {
  const rest = label
    .toLowerCase()
    .replace(/\b(19|20)\d{2}\s*[/\-–]\s*\d{2,4}\b/g, " ")
    .replace(MONTH_YEAR, " ")
    .replace(MONTH_WORD, " ")
    .replace(/\b(19|20)\d{2}\b/g, " ")
    .replace(FILLER, " ")
    .replace(/\bq\s*[1-4]\b|\bh\s*[12]\b|\bterm\s*[1-3]\b|\b[1-4]\b/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return rest === "";
}

/** A year context from a group label such as `2022 / 23` or `2023/24`. */
export function yearFromGroup(group: string | null | undefined): number | null {
  if (!group) return null;
  const fy = /\b((?:19|20)\d{2})\s*[/\-–]\s*(\d{2}|\d{4})\b/.exec(group);
  if (fy) return Number(fy[1]);
  const y = /\b((?:19|20)\d{2})\b/.exec(group);
  return y ? Number(y[1]) : null;
}

/**
 * Reads a period label. `group` is the label of a two-row header's group cell above it,
 * used for a year the label leaves out (`Term 1` under `2022/23`). Null when the text is not a period.
 */
export function parsePeriod(label: string, group?: string | null): PeriodInfo | null {
  const position = positionPeriod(label);
  if (position !== null) return position;
  // Detection asks this of every cell while looking for header rows: reject the obvious fast.
  if (label.length > 80 || !PERIOD_HINT.test(label)) return null;
  const text = label.replace(/\s+/g, " ").trim();
  if (text === "" || text.length > 60 || !onlyPeriodWords(text)) return null;
  const lower = text.toLowerCase();
  const fyMatch = /\b((?:19|20)\d{2})\s*[/\-–]\s*(\d{2}|\d{4})\b/.exec(text);
  const fy = fyMatch ? Number(fyMatch[1]) : null;
  const months = [...text.matchAll(MONTH_WORD)].map((m) => monthNumber(m[1] as string));
  // A year written after the months: `Apr-19`, `June 2018`, `Jan- March 19`.
  const calMatch = fyMatch
    ? null
    : (/(?:^|[\s\-–/'’])((?:19|20)\d{2}|\d{2})\s*(?:\(|$)/.exec(text) ?? /\b((?:19|20)\d{2})\b/.exec(text));
  const calYear = calMatch ? fullYear(calMatch[1] as string) : null;
  const groupYear = yearFromGroup(group);
  const q = /\b(?:q|qtr|quarter)\s*([1-4])\b|\b([1-4])(?:st|nd|rd|th)\s+quarter\b/.exec(lower);
  // `Mar-23 (Q4)`: a month, noted as a quarter's end, is still a month.
  const quarterNote = /\(\s*q[1-4]\s*\)/.test(lower) && months.length === 1;
  const quarter = q && !quarterNote ? Number(q[1] ?? q[2]) : null;

  if (/\bytd\b|year\s+to\s+date/.test(lower)) {
    const y = fy ?? groupYear;
    return info(text, "ytd", y, null, null);
  }
  const term = /\bterm\s*([1-3])\b|\b(autumn|spring|summer)\s+term\b/.exec(lower);
  if (term) {
    const index = term[1] ? Number(term[1]) : term[2] === "autumn" ? 1 : term[2] === "spring" ? 2 : 3;
    const y = fy ?? calYear ?? groupYear;
    const endOffset = [0, 3, 7, 10][index] as number; // Dec, Apr, Jul after the September start
    return info(text, "term", y, index, y === null ? null : abs(y, 9) + endOffset);
  }
  const half = /\b(?:h|half\s*(?:year)?\s*)([12])\b/.exec(lower);
  if (half && quarter === null && months.length === 0) {
    const index = Number(half[1]);
    const y = fy ?? groupYear;
    return info(text, "half-year", y, index, y === null ? null : abs(y, 4) + (index === 1 ? 5 : 11));
  }
  if (quarter !== null || months.length >= 2) {
    // Quarter of the financial year: Q1 is April to June.
    let index = quarter;
    const lastMonth = months.length > 0 ? (months[months.length - 1] as number) : null;
    if (index === null && lastMonth !== null) index = ((((lastMonth - 4 + 12) % 12) / 3) | 0) + 1;
    if (index === null) return null;
    let y: number | null = fy;
    if (y === null && calYear !== null) {
      const endMonth = lastMonth ?? ([6, 9, 12, 3][index - 1] as number);
      y = financialYearOf(calYear, endMonth);
    }
    if (y === null) y = groupYear;
    return info(text, "quarter", y, index, y === null ? null : abs(y, 4) + 3 * index - 1);
  }
  if (months.length === 1) {
    const month = months[0] as number;
    let calendar = calYear;
    if (calendar === null && fy !== null) calendar = month >= 4 ? fy : fy + 1;
    if (calendar === null && groupYear !== null) calendar = month >= 4 ? groupYear : groupYear + 1;
    const y = calendar === null ? null : financialYearOf(calendar, month);
    return info(text, "month", y, month, calendar === null ? null : abs(calendar, month));
  }
  if (fy !== null) return info(text, "year", fy, null, abs(fy, 4) + 11);
  if (calYear !== null && /\b(19|20)\d{2}\b/.test(text)) {
    // A bare calendar year, `2021`: January to December.
    return info(text, "year", calYear, null, abs(calYear, 12));
  }
  return null;
}

/** A date cell used as a month header (an Excel serial number in a date format). */
export function periodFromDate(serial: number, shown: string): PeriodInfo | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const date = new Date(Math.round((serial - 25569) * 86400000));
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  return info(
    shown.trim() || `${year}-${String(month).padStart(2, "0")}`,
    "month",
    financialYearOf(year, month),
    month,
    abs(year, month),
  );
}

export { isDateFormat } from "../sheet/number-formats";

/**
 * Gives undated periods a place (just after the latest dated period to their left, keeping
 * column order) and sorts oldest first. A run of undated periods that all say where they sit
 * (`Previous`/`Current`, `Q1`..`Q4`, month names) is ordered by that, not by column.
 */
export function orderPeriods<T extends PeriodInfo & { column: number }>(periods: T[]): T[] {
  const byColumn = [...periods].sort((a, b) => a.column - b.column);
  const placed: T[] = [];
  let last = 0;
  for (let i = 0; i < byColumn.length;) {
    const p = byColumn[i] as T;
    if (!Number.isNaN(p.order)) {
      last = Math.max(last, p.order);
      placed.push(p);
      i++;
      continue;
    }
    let j = i;
    while (j < byColumn.length && Number.isNaN((byColumn[j] as T).order)) j++;
    const run = byColumn.slice(i, j);
    const ranks = run.map(undatedRank);
    const first = ranks[0];
    const ranked = first != null && ranks.every((r) => r !== null && r.family === first.family);
    const order = ranked
      ? run.map((_, k) => k).sort((a, b) => (ranks[a]?.rank ?? 0) - (ranks[b]?.rank ?? 0) || a - b)
      : run.map((_, k) => k);
    order.forEach((k, step) => placed.push({ ...(run[k] as T), order: last + (step + 1) / 1000 }));
    i = j;
  }
  return placed.sort((a, b) => a.order - b.order || a.column - b.column);
}

/** The same period one year earlier (`Q2 Jul - Sep 2023/24` → `Q2 Jul - Sep 2022/23`), when the sheet has it. */
export function sameLastYear<T extends PeriodInfo>(period: T, periods: readonly T[]): T | null {
  const year = period.year;
  if (year === null || period.kind === "other") return null;
  return (
    periods.find((p) => p !== period && p.kind === period.kind && p.year === year - 1 && p.index === period.index) ??
    null
  );
}

/** The period before this one: the latest earlier period of the same kind, else the one just before it. */
export function previousPeriod<T extends PeriodInfo>(period: T, periods: readonly T[]): T | null {
  const earlier = periods.filter((p) => p !== period && p.order < period.order && p.kind !== "ytd");
  const sameKind = earlier.filter((p) => p.kind === period.kind);
  const pick = (list: T[]) =>
    list.reduce<T | null>((best, p) => (best === null || p.order > best.order ? p : best), null);
  return pick(sameKind) ?? pick(earlier);
}
