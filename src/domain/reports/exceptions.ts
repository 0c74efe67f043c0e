/**
 * Red flags (off target in the comparison period and still off target now) and areas for improvement
 * (off target and worsening), with the line a Cabinet report pastes:
 * "(1.A2) The number of children … - 94.8 against a target of 90 (lower is better)".
 */
import type { MeasureAssessment } from "../assessment-types";
import { formatReading } from "../format";
import { polarityWords } from "../polarity";
import type { Polarity } from "../types";
import { directionOf, statusOf, type StatusBasis } from "./basis";

export interface RedFlag {
  sheet: string;
  row: number;
  ref: string | null;
  measure: string;
  current: string | null;
  comparison: string | null;
  target: string;
}

export interface AreaForImprovement extends RedFlag {
  leadOfficer: string | null;
  polarity: Polarity;
  /** "lower is better" */
  polarityWords: string;
  note: string | null;
  /** The line for the Cabinet report. */
  line: string;
}

/** The target as the exception reports write it: the figure, without the words around it. */
export function targetShown(m: MeasureAssessment): string {
  const t = m.target;
  if (t.kind === "plain") return formatReading(t.threshold);
  if (t.kind === "comparator") return `${t.comparator}${formatReading(t.threshold)}`;
  return m.targetText;
}

function base(m: MeasureAssessment): RedFlag {
  return {
    sheet: m.sheet,
    row: m.row,
    ref: m.ref,
    measure: m.measure,
    current: m.current?.raw || null,
    comparison: m.comparison?.raw || null,
    target: m.targetText,
  };
}

export function findRedFlags(measures: MeasureAssessment[], basis: StatusBasis = "recorded-else-computed"): RedFlag[] {
  return measures.filter((m) => statusOf(m, basis) === "off-target" && m.comparisonStatus === "off-target").map(base);
}

export function cabinetLine(m: MeasureAssessment): string {
  const ref = m.ref === null ? "" : `(${m.ref}) `;
  const value = m.current?.raw || "no figure";
  return `${ref}${m.measure.replace(/\s+/g, " ").trim()} - ${value} against a target of ${targetShown(m)} (${polarityWords(m.polarity)})`;
}

export function findAreasForImprovement(measures: MeasureAssessment[], basis: StatusBasis = "recorded-else-computed"): AreaForImprovement[] {
  return measures
    .filter((m) => statusOf(m, basis) === "off-target" && directionOf(m, basis) === "worse")
    .map((m) => ({
      ...base(m),
      leadOfficer: m.leadOfficer,
      polarity: m.polarity,
      polarityWords: polarityWords(m.polarity),
      note: m.notes,
      line: cabinetLine(m),
    }));
}
