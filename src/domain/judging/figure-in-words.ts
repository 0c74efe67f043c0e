/**
 * Figures with words around them, read where a person would read one figure without doubt:
 * - figures labelled by period, `Q2 - 38.78 Overall YTD - 42.42`: the one for the column's own period;
 * - a figure then a note that gives another, `51.57% Current estimate for March 2018 - 45.25%`: the first
 *   figure is the outturn and the rest is the note.
 * Anything else stays unreadable ("figure could not be read"), never "not yet available".
 */
import { leadingNumber } from "./values";
import type { NumberReading, ValueReading } from "./types";

/** What a column's period is, as far as picking its figure out of a labelled text needs. */
export interface PeriodHint {
  kind: string;
  index: number | null;
}

export interface FigureRead {
  reading: ValueReading;
  /** For the reason: how the figure was picked out of the words, or "" when the cell was a plain figure. */
  note: string;
}

// `Q2 - 38.78`, `YTD: 42.42`, `Overall YTD - 42.42`, `Year to date 42.42`.
const LABELLED =
  /\b(q[1-4]|quarter\s*[1-4]|(?:overall\s+|cumulative\s+)?ytd|year\s+to\s+date)\s*[-–:=]?\s*(?=[-+]?[£$]?\d)/gi;
// The words that start a note after the figure: an estimate, a forecast, last year's or the target.
const NOTE =
  /^(?:[-–,;:]\s*)?(?:\(?\s*)?(current\s+estimate|estimated?|forecast|projected|projection|provisional\s+estimate|previous(?:ly)?|last\s+year|compared\s+(?:to|with)|target|prior\s+year|was)\b/i;

function labelKey(label: string): string {
  const l = label.toLowerCase();
  if (/ytd|year\s+to\s+date/.test(l)) return "ytd";
  return `q${/[1-4]/.exec(l)?.[0] ?? ""}`;
}

function periodKey(period: PeriodHint): string | null {
  if (period.kind === "ytd") return "ytd";
  if (period.kind === "quarter" && period.index !== null) return `q${period.index}`;
  return null;
}

function labelledFigure(text: string, period: PeriodHint | undefined): FigureRead | null {
  const labels = [...text.matchAll(LABELLED)];
  if (labels.length < 2 || period === undefined) return null;
  const wanted = periodKey(period);
  if (wanted === null) return null;
  const mine = labels.filter((l) => labelKey(l[1] ?? "") === wanted);
  if (mine.length !== 1) return null;
  const at = mine[0] as RegExpMatchArray;
  const lead = leadingNumber(text.slice((at.index ?? 0) + at[0].length));
  if (lead === null) return null;
  const reading: NumberReading = { ...lead.reading, qualifiers: [] };
  return { reading, note: `read as the ${(at[1] ?? "").trim()} figure of "${text}"` };
}

function figureThenNote(text: string): FigureRead | null {
  const lead = leadingNumber(text);
  if (lead === null || !NOTE.test(lead.rest.trim())) return null;
  const figure = lead.reading;
  return {
    reading: { ...figure, text: text.slice(0, text.length - lead.rest.length).trim(), qualifiers: [lead.rest.trim()] },
    note: `read as the first figure of "${text}", the rest a note`,
  };
}

/** The figure a person would read from a cell the plain reader could not, or the reading as it was. */
export function figureFromWords(reading: ValueReading, period?: PeriodHint): FigureRead {
  if (reading.kind !== "unreadable") return { reading, note: "" };
  return labelledFigure(reading.text, period) ?? figureThenNote(reading.text) ?? { reading, note: "" };
}
