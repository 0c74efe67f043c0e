/**
 * The report's own sentences: "2 measures (13.3% of those measured this quarter) are progressing above
 * or in line with target set, compared to 1 measure (7.7%) last quarter".
 * One precision in a sentence: both shares to one decimal place (a trailing .0 dropped), so "13.3%" is
 * never set beside a rounded "8%". A count of none reads "No measures …", "compared to none last quarter".
 */
import type { PeriodKind } from "../layout/scorecard";
import type { Status } from "../judging/types";
import { MEASURED, share, type Breakdown } from "./summary";

const PHRASES: Record<Status, [singular: string, plural: string]> = {
  "on-target": ["is progressing above or in line with target set", "are progressing above or in line with target set"],
  // The key says "Measure progress has been satisfactory…": after a count, the verb must agree with it.
  "near-target": [
    "has made satisfactory progress but is not fully reaching target set",
    "have made satisfactory progress but are not fully reaching target set",
  ],
  "off-target": [
    "has not progressed in accordance with target set",
    "have not progressed in accordance with target set",
  ],
  "in-development": ["is under development", "are under development"],
  "not-applicable": ["does not have a defined target", "do not have defined targets"],
  "not-available": [
    "does not yet have data available due to the infrequency/timing of the data",
    "do not yet have data available due to the infrequency/timing of the data",
  ],
};

/** A count of none with a phrase that is already negative would read "No measures do not…": said plainly instead. */
const NONE_PHRASES: Partial<Record<Status, string>> = {
  "off-target": "No measures have fallen short of the target set",
  "not-applicable": "No measures are without a defined target",
  "not-available": "No measures are waiting for data due to the infrequency/timing of the data",
};

const NOUN_BY_KIND: Partial<Record<PeriodKind, string>> = {
  quarter: "quarter",
  month: "month",
  term: "term",
  year: "year",
  "half-year": "half year",
};

/** "quarter", "month", "term", "year" or "period": from the period's kind when known, else from its label. */
export function periodNoun(label: string | null, kind?: PeriodKind | null): string {
  const byKind = kind === undefined || kind === null ? undefined : NOUN_BY_KIND[kind];
  if (byKind !== undefined) return byKind;
  if (label === null) return "period";
  if (/^\s*Q[1-4]\b|quarter/i.test(label)) return "quarter";
  if (/^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s-]/i.test(label)) return "month";
  if (/term/i.test(label)) return "term";
  if (/year|outturn|\d{4}\/\d{2}/i.test(label)) return "year";
  return "period";
}

const measures = (n: number, word = "measure") => `${n === 0 ? "No" : n} ${word}${n === 1 ? "" : "s"}`;

/** Percent as the reports write it this period: 13.3%, 8.3%, 60% (a trailing .0 dropped). */
export function percentText(fraction: number | null): string {
  if (fraction === null) return "–";
  const p = Math.round(fraction * 1000) / 10;
  return `${Number.isInteger(p) ? p.toFixed(0) : p.toFixed(1)}%`;
}

/** A percent as a whole number (8%, 46%), for tables that give whole percents. */
export function wholePercentText(fraction: number | null): string {
  return fraction === null ? "–" : `${Math.round(fraction * 100)}%`;
}

/**
 * One bullet of the report for one status in one group. `compared`: false for no comparison, true for
 * "last <noun>", or the words to use instead ("in Q1 Apr - June 2018" when compared with the same period last year).
 */
export function statusSentence(status: Status, b: Breakdown, noun: string, compared: boolean | string): string {
  const n = b.current.status[status];
  const verb = PHRASES[status][n === 1 ? 0 : 1];
  const measured = MEASURED.includes(status);
  const pct = measured ? ` (${percentText(share(n, b.current.measured))} of those measured this ${noun})` : "";
  const none = n === 0 ? NONE_PHRASES[status] : undefined;
  let text = none ?? `${measures(n)}${pct} ${verb}`;
  if (compared !== false) {
    const when = compared === true ? `last ${noun}` : compared;
    const c = b.comparison.status[status];
    if (measured) {
      const cp = c === 0 ? "" : ` (${percentText(share(c, b.comparison.measured))})`;
      text += `, compared to ${c === 0 ? "none" : measures(c)}${cp} ${when}`;
    } else if (c !== n) {
      // As the reports do: "(compared to 10 last quarter)" only when the count moved.
      text += ` (compared to ${c} ${when})`;
    }
  }
  const priority = b.priorityStatus[status];
  if (priority > 0) text += ` (${measures(priority, "priority measure")})`;
  return text;
}
