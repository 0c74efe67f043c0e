/**
 * Red flags (off target in the comparison period and still off target now) and areas for improvement
 * (off target and worsening), with the line a Cabinet report pastes:
 * "(1.A2) The number of children … - 94.8 against a target of 90 (lower is better)".
 */
import type { MeasureAssessment, TrendPoint } from "../assessment/types";
import { formatReading, polarityWords } from "../judging";
import type { Comparator, Polarity, ValueReading } from "../judging/types";
import { DEFAULT_BASIS, statusOf, type StatusBasis } from "./basis";
import { assuranceShown, DEFAULT_WORSENING, isWorsening, variationShown, type Worsening } from "./signal";

export interface RedFlag {
  sheet: string;
  row: number;
  ref: string | null;
  measure: string;
  /** The values as the sheet shows them ("10.1%"), or null when the period is blank or absent. */
  current: string | null;
  comparison: string | null;
  /** What was read from those values, so a report can write a figure as a number in its format. */
  currentReading: ValueReading | null;
  comparisonReading: ValueReading | null;
  /** The target cell's text, whole. */
  target: string;
  /** The SPC view beside the DOT: "Special cause concerning (H−)", "Hit and miss (~)". */
  variation: string;
  assurance: string;
  /** The measure's figures oldest first (the sparklines), with their columns on its sheet. */
  trend: TrendPoint[];
  leadOfficer: string | null;
  /** "lower is better" */
  polarityWords: string;
  /** The data note from the sheet, if any. */
  note: string | null;
  /** The line for the Cabinet report. */
  line: string;
}

export interface AreaForImprovement extends RedFlag {
  polarity: Polarity;
  /** The target as the line gives it: "280" for "280 (Cumulative target)", "<8%" kept whole. */
  targetFigure: string;
}

/** The exception report's name for an area for improvement. */
export type Exception = AreaForImprovement;

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** A comparator or none, a number (with £, %, k/m/bn, "days"), and a trailing "+": the figure officers lead with. */
const LEADING_FIGURE =
  /^(?:(?:<=?|>=?|≤|≥)\s*)?£?\s*[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*(?:bn|[km])(?![a-z]))?(?:\s*(?:%|days?\b))?(?:\s*\+(?!\s*\d))?/i;

const COMPARATOR_SHOWN: Record<Comparator, (x: string) => string> = {
  "<": (x) => `<${x}`,
  "<=": (x) => `≤${x}`,
  ">": (x) => `>${x}`,
  ">=": (x) => `${x}+`,
};

/**
 * The target as the exception reports write it: the figure, without the words after it
 * ("280 (Cumulative target)" → "280", "85% (Vehicles and drivers)" → "85%"), comparators kept ("<8%", "58%+").
 * Targets that are words ("10% reduction", "To achieve national completion rate") stay whole.
 */
export function targetShown(m: MeasureAssessment): string {
  const t = m.target;
  if (t.kind === "bands") {
    // The Green band is the target the sheet sets.
    return t.green === null ? squash(m.targetText) : squash(t.green.text);
  }
  if (t.kind !== "plain" && t.kind !== "comparator") return squash(m.targetText);
  const lead = LEADING_FIGURE.exec(squash(m.targetText));
  if (lead !== null) return lead[0].trim();
  // "Less than 8%", a number cell shown differently: say it the engine's way.
  const figure = formatReading(t.threshold);
  return t.kind === "plain" ? figure : COMPARATOR_SHOWN[t.comparator](figure);
}

/** A value as the sheet shows it, or null for a blank. */
const shown = (raw: string | undefined): string | null => {
  const s = raw === undefined ? "" : squash(raw);
  return s === "" ? null : s;
};

function flagOf(m: MeasureAssessment): RedFlag {
  return {
    sheet: m.sheet,
    row: m.row,
    ref: m.ref,
    measure: m.measure,
    current: shown(m.current?.raw),
    comparison: shown(m.comparison?.raw),
    currentReading: m.current?.reading ?? null,
    comparisonReading: m.comparison?.reading ?? null,
    target: m.targetText,
    variation: variationShown(m),
    assurance: assuranceShown(m),
    leadOfficer: m.leadOfficer,
    polarityWords: polarityWords(m.polarity),
    note: m.notes === null || squash(m.notes) === "" ? null : m.notes,
    line: cabinetLine(m),
    trend: m.trend,
  };
}

/** Off target in the comparison period (computed from its values) and still off target now. */
export function findRedFlags(measures: MeasureAssessment[], basis: StatusBasis = DEFAULT_BASIS): RedFlag[] {
  return measures.filter((m) => statusOf(m, basis) === "off-target" && m.comparisonStatus === "off-target").map(flagOf);
}

/**
 * A ref is a short code (`1.A5`, `B.13 (SC)`, `3.A4(b)`). A cell of several words ("3.12 Social Care
 * performance report") names the report the figure comes from: it closes the line rather than leads it.
 */
export function isShortRef(ref: string): boolean {
  return ref.split(" ").length <= 2 && ref.length <= 16;
}

/**
 * "(1.A2) The number of children … - 94.8 against a target of 90 (lower is better)". An in-year measure
 * quotes what it was judged on: "- 379 so far this year against a target of 365.5 (731 profiled to period 2 of 4)".
 */
export function cabinetLine(m: MeasureAssessment): string {
  const ref = m.ref === null ? "" : squash(m.ref);
  const lead = ref !== "" && isShortRef(ref) ? `(${ref}) ` : "";
  const source = ref !== "" && lead === "" ? ` (${ref})` : "";
  const value = m.judgedAgainst?.value ?? shown(m.current?.raw) ?? "no figure";
  const target = m.judgedAgainst?.target ?? targetShown(m);
  return `${lead}${squash(m.measure)} - ${squash(value)} against a target of ${squash(target)} (${polarityWords(m.polarity)})${source}`;
}

/**
 * Off target and worsening, with what an exception report needs to explain each. Worsening is the direction
 * of travel, or (`special-cause`) only special cause concerning variation, which leaves noise out.
 */
export function findAreasForImprovement(
  measures: MeasureAssessment[],
  basis: StatusBasis = DEFAULT_BASIS,
  worsening: Worsening = DEFAULT_WORSENING,
): AreaForImprovement[] {
  return measures
    .filter((m) => statusOf(m, basis) === "off-target" && isWorsening(m, basis, worsening))
    .map((m) => ({
      ...flagOf(m),
      polarity: m.polarity,
      targetFigure: targetShown(m),
    }));
}
