/**
 * Judged measures built by hand for the report tests. Values and targets are read with the engine's own
 * readers (so "10.1%" is a percent and "<8%" a comparator), but every judgement (status, DOT, comparison
 * status, recorded symbols) is set here, so the report tests do not depend on the engine's verdicts.
 */
import type { MeasureAssessment, PeriodValue } from "../../../src/domain/assessment/types";
import { readBands, readTarget, readValue } from "../../../src/domain/judging";
import type { Direction, Polarity, Status } from "../../../src/domain/judging/types";
import { ASSURANCE_ICONS, type Assurance, type Variation } from "../../../src/domain/judging/spc";
import type { MeasureSpc } from "../../../src/domain/assessment/spc-view";

/** An SPC view with the given classes and a reason that names them. */
export function spcView(
  variation: Variation = "not-enough-data",
  assurance: Assurance = "not-enough-data",
): MeasureSpc {
  const enough = variation !== "not-enough-data";
  return {
    variation,
    assurance,
    rules:
      variation === "special-cause-improving" || variation === "special-cause-concerning" ? ["outside-limits"] : [],
    limits: enough
      ? {
          mean: 10,
          meanMovingRange: 1,
          lower: 7.34,
          upper: 12.66,
          nearLower: 8.23,
          nearUpper: 11.77,
          baselinePoints: 12,
        }
      : null,
    points: enough ? 12 : 4,
    minimum: 12,
    icons: {
      variation: variation === "special-cause-concerning" ? "L−" : variation === "special-cause-improving" ? "H+" : "~",
      assurance: ASSURANCE_ICONS[assurance],
    },
    variationReason: `${variation} (set by the test)`,
    assuranceReason: `${assurance} (set by the test)`,
    gaps: 0,
  };
}

export const CURRENT = "Q1 Apr - June 2019";
export const PREVIOUS = "Q4 Jan- Mar 2019";

export interface MeasureSpec {
  sheet?: string;
  row?: number;
  ref?: string | null;
  measure?: string;
  group?: string | null;
  leadOfficer?: string | null;
  frequency?: string | null;
  notes?: string | null;
  priority?: boolean;
  polarity?: Polarity;
  /** Target cell text; ignored when `bands` is given. */
  target?: string;
  /** Red, Amber and Green band texts. */
  bands?: [string, string, string];
  /** Current and comparison cell texts; null for no such period. */
  current?: string | null;
  comparison?: string | null;
  status?: Status;
  comparisonStatus?: Status;
  dot?: Direction;
  recordedStatus?: Status | null;
  recordedStatusText?: string | null;
  recordedDot?: Direction | null;
  /** The SPC view's classes; not enough data when left out. */
  variation?: Variation;
  assurance?: Assurance;
  /** The figures of the trend, oldest first (null: unreadable), in columns 17 onwards; none when left out. */
  trend?: (number | null)[];
}

const period = (label: string, column: number, raw: string | null): PeriodValue | null =>
  raw === null ? null : { label, column, raw, reading: readValue(raw) };

let nextRow = 6;

export function measure(spec: MeasureSpec = {}): MeasureAssessment {
  const polarity = spec.polarity ?? "high";
  const targetText = spec.bands === undefined ? (spec.target ?? "90") : spec.bands.join(" / ");
  const target =
    spec.bands === undefined
      ? readTarget(targetText)
      : readBands(spec.bands[0], spec.bands[1], spec.bands[2], polarity);
  const status = spec.status ?? "on-target";
  return {
    sheet: spec.sheet ?? "Council Plan Q1 2019-20",
    row: spec.row ?? nextRow++,
    ref: spec.ref === undefined ? null : spec.ref,
    measure: spec.measure ?? "A measure",
    group: spec.group === undefined ? null : spec.group,
    leadOfficer: spec.leadOfficer ?? null,
    frequency: spec.frequency === undefined ? "Quarterly" : spec.frequency,
    notes: spec.notes ?? null,
    priority: spec.priority ?? false,
    spc: spcView(spec.variation, spec.assurance),
    trend: (spec.trend ?? []).map((value, i) => ({ label: `Period ${i + 1}`, column: 17 + i, value })),
    polarity,
    polarityText: polarity === "none" ? "" : polarity === "high" ? "High" : "Low",
    polarityBasis: "given",
    targetText,
    target,
    current: period(CURRENT, 21, spec.current === undefined ? "95" : spec.current),
    comparison: period(PREVIOUS, 20, spec.comparison === undefined ? "90" : spec.comparison),
    status,
    reason: `set by hand: ${status}`,
    comparisonStatus: spec.comparisonStatus ?? "on-target",
    recordedStatus: spec.recordedStatus ?? null,
    recordedStatusText: spec.recordedStatusText ?? null,
    dot: spec.dot ?? "stable",
    movement: "unknown",
    dotReason: "set by hand",
    recordedDot: spec.recordedDot ?? null,
    recordedDotText: null,
    variance: null,
  };
}

/** n copies of a spec (rows numbered on). */
export const times = (n: number, spec: MeasureSpec): MeasureAssessment[] =>
  Array.from({ length: n }, () => measure(spec));

const P1 = "Priority 1: Every child making the best start in life";
const P2 = "Priority 2: Every adult secure, responsible and empowered";
const P3 = "Priority 3: A strong community in a clean, safe environment";
const P4 = "Priority 4: Extending opportunity, prosperity and planning for the future";
const P5 = "Priority 5: A modern, efficient council";
export const GROUPS = { P1, P2, P3, P4, P5 };

/**
 * The Council Plan 2019/20 Q1 measures the seed's exception report names
 * (../shared/seeds/council-plan-2019-q1-exceptions.txt), judged as that report judges them.
 */
export function councilPlanQ1(): MeasureAssessment[] {
  return [
    measure({
      row: 8,
      ref: "1.A2",
      group: P1,
      measure: "The number of children subject to a child protection plan (rate per 10K population under 18)",
      leadOfficer: "Ailsa Barr - CYPS",
      polarity: "low",
      frequency: "Monthly",
      target: "90",
      current: "94.8",
      comparison: "88.9",
      status: "off-target",
      comparisonStatus: "on-target",
      dot: "worse",
      recordedStatus: "off-target",
      recordedStatusText: "✘",
      notes:
        "The numbers of children becoming subject to a plan each month have been steadily reducing since June 2018 as expected.",
    }),
    measure({
      row: 10,
      ref: "1.A5",
      group: P1,
      measure: "The proportion of children who are subject to repeat child protection plans (within 24 months)",
      leadOfficer: "Ailsa Barr - CYPS",
      polarity: "low",
      frequency: "Monthly",
      target: "7%",
      current: "10.1%",
      comparison: "6.5%",
      status: "off-target",
      comparisonStatus: "on-target",
      dot: "worse",
    }),
    measure({
      row: 26,
      ref: "2.B7",
      group: P2,
      measure: "All age numbers of new permanent admissions to residential nursing care for adults",
      polarity: "low",
      frequency: "Monthly",
      target: "280 (Cumulative target)",
      current: "81",
      comparison: "305 (Cumulative)",
      status: "off-target",
      comparisonStatus: "off-target",
      dot: "improved",
      recordedStatus: "near-target",
      recordedStatusText: "●",
    }),
    measure({
      row: 28,
      ref: "2.B8",
      group: P2,
      measure: "All age total number of people supported in residential/nursing care for adults",
      polarity: "low",
      frequency: "Monthly",
      target: "900",
      current: "931",
      comparison: "933",
      status: "near-target",
      comparisonStatus: "near-target",
      dot: "improved",
    }),
    measure({
      row: 42,
      ref: "3.B4",
      group: P3,
      measure: "Number of missed bins per 100,000 collections",
      leadOfficer: "Tom Smith - Regeneration and Environment",
      polarity: "low",
      frequency: "Quarterly",
      target: "50",
      current: "113",
      comparison: "69.51",
      status: "off-target",
      comparisonStatus: "off-target",
      dot: "worse",
      notes:
        "The new Waste Service is starting to embed following the significant changes implemented over the 3rd and 4th Quarter of last year.",
    }),
    measure({
      row: 50,
      ref: "4.B1(a)",
      group: P4,
      measure: "Number of new homes delivered during the year via direct Council intervention",
      polarity: "high",
      frequency: "Quarterly",
      target: "175",
      current: "8",
      comparison: "19",
      status: "off-target",
      comparisonStatus: "off-target",
      dot: "worse",
    }),
    measure({
      row: 60,
      ref: "5.D6",
      group: P5,
      measure: "The proportion of Cabinet reports where an Equality Analysis Screening Assessment has been completed",
      polarity: "high",
      frequency: "Quarterly",
      target: "100%",
      current: "44.4%",
      comparison: null,
      status: "off-target",
      comparisonStatus: "not-available",
      dot: "not-applicable",
    }),
  ];
}

/**
 * Priority 1 of the 2016/17 Q2 Corporate Plan report (seeds/corporate-plan-2016-q2-report.txt):
 * this quarter 2 on target, 9 near, 4 off, 4 with no defined target and 8 with no data yet (27 measures, 15 measured);
 * last quarter 1 on, 6 near, 6 off, 4 no target, 10 no data (13 measured).
 */
export function priorityOne(extra: Partial<MeasureSpec> = {}): MeasureAssessment[] {
  const now: Status[] = [
    ...Array<Status>(2).fill("on-target"),
    ...Array<Status>(9).fill("near-target"),
    ...Array<Status>(4).fill("off-target"),
    ...Array<Status>(4).fill("not-applicable"),
    ...Array<Status>(8).fill("not-available"),
  ];
  const then: Status[] = [
    "on-target",
    ...Array<Status>(6).fill("near-target"),
    ...Array<Status>(6).fill("off-target"),
    ...Array<Status>(4).fill("not-applicable"),
    ...Array<Status>(10).fill("not-available"),
  ];
  // 6 improved, 5 stable and 4 worse among the 15 measured; no DOT for the others.
  const dots: Direction[] = [
    ...Array<Direction>(6).fill("improved"),
    ...Array<Direction>(5).fill("stable"),
    ...Array<Direction>(4).fill("worse"),
  ];
  // Priority measures: 3 near, 3 off, 1 without a target and 2 without data.
  const priority = new Set([2, 3, 4, 11, 12, 13, 15, 19, 20]);
  return now.map((status, i) =>
    measure({
      status,
      comparisonStatus: then[i],
      dot: dots[i] ?? "not-applicable",
      priority: priority.has(i),
      group: "Priority 1 - Every child making the best start in life",
      ...extra,
    }),
  );
}
