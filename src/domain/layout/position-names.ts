/**
 * Period columns named by position (`Previous` / `Current`, `Last quarter` / `This quarter`) say nothing of
 * which quarter they hold, so next quarter's sheet has the same headings over new figures. Where the sheet's
 * title (or the sheet's name) names the period, as "Hart District Council: key performance indicators,
 * Quarter 1 2014/15" does, the current column stands for that period and the previous one for the period
 * before it: the record then keeps each quarter apart, and the reports can say which quarter they count.
 */
import type { Period, PeriodKind } from "./scorecard";
import { parsePeriod, type PeriodInfo } from "./periods";
import { positionPeriod, positionRank } from "./position-periods";
import { financialYear as fy, MONTH_SHORT } from "./period-words";

/** The kinds of period a title may name for a position heading of each unit ("Current" has none). */
const NAMEABLE: Record<string, readonly PeriodKind[]> = {
  quarter: ["quarter"],
  month: ["month"],
  year: ["year"],
  // A title naming only a year says nothing of which quarter or month "Current" is.
  other: ["month", "quarter", "half-year", "term"],
};

/**
 * Which name wins where a title has several: a quarter, as scorecards report by quarter ("Quarter 3 2024/25,
 * data to December 2024"), then the finer periods before the year ("Quarter 1 2014/15" is not its year).
 */
const FINER: PeriodKind[] = ["quarter", "month", "term", "half-year", "year"];

/** One way of writing a period, the engine's own, read back to the same period. */
function labelOf(kind: PeriodKind, index: number | null, year: number): string | null {
  if (kind === "year") return fy(year);
  if (index === null) return null;
  if (kind === "quarter") return `Q${index} ${fy(year)}`;
  if (kind === "half-year") return `H${index} ${fy(year)}`;
  if (kind === "term") return `Term ${index} ${fy(year)}`;
  // Months carry their financial year: January to March are in the calendar year after it starts.
  if (kind === "month") return `${MONTH_SHORT[index - 1]} ${index <= 3 ? year + 1 : year}`;
  return null;
}

const PER_YEAR: Partial<Record<PeriodKind, number>> = { month: 12, quarter: 4, "half-year": 2, term: 3, year: 1 };

/** The period `back` steps before `p` (of its kind), in the engine's own wording. */
function before(p: PeriodInfo, back: number): string | null {
  const per = PER_YEAR[p.kind];
  if (per === undefined || p.year === null) return null;
  if (p.kind === "year") return labelOf("year", null, p.year - back);
  if (p.index === null) return null;
  // Months run April (4) to March (3) within a financial year; the others run 1..per.
  const place = p.kind === "month" ? (p.index + 8) % 12 : p.index - 1;
  const steps = p.year * per + place - back;
  const year = Math.floor(steps / per);
  const at = steps - year * per;
  return labelOf(p.kind, p.kind === "month" ? ((at + 3) % 12) + 1 : at + 1, year);
}

/** A plan's span of years ("2022-2025") dates no one period: a run of words holding one is no name. */
const SPAN = /^(\d{4})[-–/](\d{4})$/;
const isSpan = (word: string) => {
  const m = SPAN.exec(word);
  return m !== null && Number(m[2]) - Number(m[1]) > 1;
};

/**
 * The dated period of an allowed kind that a run of words in `text` names, or null: the kind FINER puts
 * first, then the fewest words (the tightest reading), then the last in the text (titles end with their period).
 */
export function periodNamedIn(text: string, kinds: readonly PeriodKind[]): PeriodInfo | null {
  const words = text.split(/[\s,;:()|–—]+/).filter((w) => w !== "");
  let best: { p: PeriodInfo; n: number } | null = null;
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= Math.min(6, words.length - i); n++) {
      const run = words.slice(i, i + n);
      if (run.some(isSpan)) break;
      const p = parsePeriod(run.join(" "));
      if (p === null || p.year === null || Number.isNaN(p.order) || !kinds.includes(p.kind)) continue;
      const finer = best === null ? -1 : FINER.indexOf(p.kind) - FINER.indexOf(best.p.kind);
      if (best === null || finer < 0 || (finer === 0 && n <= best.n)) best = { p, n };
    }
  }
  return best?.p ?? null;
}

/** A period as an officer names it ("Q2 2024/25", "Quarter 2 2024-25", "Sep 2024"), or null: it needs its year. */
export function namedPeriod(text: string): PeriodInfo | null {
  const p = parsePeriod(text.trim());
  if (p === null || p.year === null || Number.isNaN(p.order) || PER_YEAR[p.kind] === undefined) return null;
  return p;
}

export interface NamedPeriods {
  periods: Period[];
  /** Said in the table's reasons: what the current column was taken to be, or why it could not be. */
  reason: string | null;
}

/**
 * The table's periods with their names where the current one is named by position and `texts` (the rows
 * above the header, nearest first, then the sheet's name) name it. The record orders a named column by its
 * name (see period-order.ts), so an override can run until a later quarter.
 */
export function namePositionPeriods(
  periods: readonly Period[],
  current: Period | null,
  texts: string[],
  asked?: string,
): NamedPeriods {
  const unchanged = { periods: [...periods], reason: null };
  if (current === null) return unchanged;
  const position = positionPeriod(current.label);
  if (position === null) return unchanged;
  const kinds = NAMEABLE[position.kind] ?? NAMEABLE.other ?? [];
  // A period the officer named (--period, the pane's choice) wins over the title: it is theirs to say.
  const given = asked === undefined ? null : namedPeriod(asked);
  let named: PeriodInfo | null = given;
  let from = given === null ? "" : "asked";
  for (const text of given === null ? texts : []) {
    named = periodNamedIn(text, kinds);
    if (named !== null) {
      from = text;
      break;
    }
  }
  if (named === null)
    return {
      ...unchanged,
      reason: `"${current.label}" names no period and nothing above the table says which: put the period in the sheet's title (e.g. "Quarter 2 2024/25") so next quarter's run can tell this quarter's statuses from the next's`,
    };
  const name = named.year === null ? null : labelOf(named.kind, named.index, named.year);
  if (name === null) return unchanged;
  // Only the name: the column is judged as before (a cumulative target is profiled by its heading, not the title).
  const renamed = periods.map((p): Period => {
    if (p.column === current.column) return { ...p, name };
    const rank = positionRank(p.label);
    // "Previous" is the period before; "Last year" is the same period a year before.
    const back = rank === 2 ? 1 : rank === 1 ? (PER_YEAR[named.kind] ?? 0) : 0;
    const earlier = back === 0 ? null : before(named, back);
    return earlier === null ? p : { ...p, name: earlier };
  });
  const why = from === "asked" ? "as asked" : `as "${from}" names it`;
  return { periods: renamed, reason: `${current.label} taken as ${name}, ${why}` };
}
