/**
 * Period columns named by their position rather than a date: `Previous` / `Current`, `Last quarter` /
 * `This quarter`, `Last year`, `Latest`, `Actual`, `Outturn`, `Value`… and how to order periods that
 * carry no year (`Q1`..`Q4`, month names) as a person would: by their place in the (financial) year.
 */
import type { PeriodKind } from "./scorecard";
import type { PeriodInfo } from "./periods";

const EARLIER = /^(previous|prev|last|prior|past|preceding)$/;
const NOW = /^(this|current|curr|latest|present|most recent|recent)$/;
const UNIT: Record<string, PeriodKind> = {
  year: "year",
  yr: "year",
  quarter: "quarter",
  qtr: "quarter",
  month: "month",
  period: "other",
};
// A figure word that may follow: "Current value", "Previous performance", "Latest figure".
const FIGURE = /^(figures?|values?|data|performance|results?|actuals?|outturns?|position|score|rate|level)$/;
// Said alone, only these name the reported period ("Data", "Rate" or "Score" alone may be anything).
const LONE = /^(actuals?|results?|outturns?|values?|performance|figures?)$/;
const POSITION =
  /^(?:(previous|prev|last|prior|past|preceding|this|current|curr|latest|present|most recent|recent)(?:\s+|$))?(?:(year|yr|quarter|qtr|month|period)(?:'?s)?(?:\s+|$))?(figures?|values?|data|performance|results?|actuals?|outturns?|position|score|rate|level)?$/;

/** 1 before 2 before 3: last year, then the previous period, then the current one. */
function rankOf(when: string | undefined, kind: PeriodKind): 1 | 2 | 3 {
  if (when === undefined || NOW.test(when)) return 3;
  if (EARLIER.test(when)) return kind === "year" ? 1 : 2;
  return 3;
}

/** A header naming a period by position, or null. Its order is left unknown; `undatedRank` places it. */
export function positionPeriod(label: string): PeriodInfo | null {
  if (label.length > 40) return null;
  const text = label
    .toLowerCase()
    .replace(/[.:()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const m = POSITION.exec(text);
  if (m === null || text === "") return null;
  const [, when, unit, figure] = m;
  // A lone unit ("Year", "Quarter", "Period") names no period; a lone figure word ("Actual", "Outturn") is the current one.
  if (when === undefined && figure === undefined) return null;
  if (figure !== undefined && !FIGURE.test(figure)) return null;
  if (when === undefined && unit === undefined && !LONE.test(figure ?? "")) return null;
  const kind: PeriodKind = unit === undefined ? "other" : (UNIT[unit] ?? "other");
  return { label: label.trim(), kind, year: null, index: null, order: Number.NaN };
}

/** 1 for last year, 2 for the previous period, 3 for the current one; null for a heading not named by position. */
export function positionRank(label: string): 1 | 2 | 3 | null {
  const position = positionPeriod(label);
  if (position === null) return null;
  const when = /^(\w+(?: recent)?)\b/.exec(label.toLowerCase().replace(/\s+/g, " ").trim())?.[1];
  return rankOf(when, position.kind);
}

/** A period named by position is a reporting period, like a dated one: `Outturn` is chosen over `Last year`. */
export function isPositionPeriod(label: string): boolean {
  return positionPeriod(label) !== null;
}

/**
 * Where a period with no year sits among its neighbours: position words by position, quarters by number,
 * months by their place in the financial year (April first). Null when the label gives no place.
 */
export function undatedRank(period: PeriodInfo): { family: string; rank: number } | null {
  if (!Number.isNaN(period.order)) return null;
  const rank = positionRank(period.label);
  if (rank !== null) return { family: "position", rank };
  if (period.index === null) return null;
  if (period.kind === "quarter" || period.kind === "term" || period.kind === "half-year")
    return { family: period.kind, rank: period.index };
  if (period.kind === "month") return { family: "month", rank: ((period.index - 4 + 12) % 12) + 1 };
  return null;
}
