/**
 * The report's own sentences: "2 measures (13.3% of those measured this quarter) are progressing above
 * or in line with target set, compared to 1 measure (8%) last quarter".
 */
import type { Status } from "../types";
import { MEASURED, share, type Breakdown } from "./summary";

const PHRASES: Record<Status, [singular: string, plural: string]> = {
  "on-target": ["is progressing above or in line with target set", "are progressing above or in line with target set"],
  "near-target": ["progress has been satisfactory but is not fully reaching target set", "progress has been satisfactory but is not fully reaching target set"],
  "off-target": ["has not progressed in accordance with target set", "have not progressed in accordance with target set"],
  "in-development": ["is under development", "are under development"],
  "not-applicable": ["does not have a defined target", "do not have defined targets"],
  "not-available": [
    "does not yet have data available due to the infrequency/timing of the data",
    "do not yet have data available due to the infrequency/timing of the data",
  ],
};

/** "quarter", "month" or "period", from the current period's label. */
export function periodNoun(label: string | null): string {
  if (label === null) return "period";
  if (/^\s*Q[1-4]\b|quarter/i.test(label)) return "quarter";
  if (/^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s-]/i.test(label)) return "month";
  if (/term/i.test(label)) return "term";
  if (/year|outturn|\d{4}\/\d{2}/i.test(label)) return "year";
  return "period";
}

const measures = (n: number) => `${n} ${n === 1 ? "measure" : "measures"}`;

/** Percent as the reports write it: 13.3%, 8%, 60%. */
export function percentText(fraction: number | null): string {
  if (fraction === null) return "–";
  const p = Math.round(fraction * 1000) / 10;
  return `${Number.isInteger(p) ? p.toFixed(0) : p.toFixed(1)}%`;
}

export function statusSentence(status: Status, b: Breakdown, noun: string, compared: boolean): string {
  const n = b.current.status[status];
  const verb = PHRASES[status][n === 1 ? 0 : 1];
  const measured = MEASURED.includes(status);
  const pct = measured ? ` (${percentText(share(n, b.current.measured))} of those measured this ${noun})` : "";
  let text = `${measures(n)}${pct} ${verb}`;
  if (compared) {
    const c = b.comparison.status[status];
    const cp = measured ? ` (${percentText(share(c, b.comparison.measured))})` : "";
    text += `, compared to ${measures(c)}${cp} last ${noun}`;
  }
  return text;
}
