/**
 * The report sheets as plans: Summary (key, status and DOT tables, breakdowns, the report's sentences),
 * Exceptions (red flags and areas for improvement) and Checks. Text from users' cells is always text.
 */
import type { MeasureAssessment } from "../assessment/types";
import { text, num, type PlanCell, type ReportKind, type SheetPlan } from "../plan/workbook-plan";
import { DOT_ARROWS, DOT_FILLS, DOT_KEY_WORDS, STATUS_SYMBOLS, STATUS_WORDS, statusFill } from "../judging";
import type { CompareChoice, PeriodKind, ScorecardTable } from "../layout/scorecard";
import { DIRECTIONS, STATUSES } from "../judging/types";
import { BASIS_WORDS, type StatusBasis } from "./basis";
import { runHealthChecks, type Check, type LayoutInfo } from "./checks";
import { findAreasForImprovement, findRedFlags, type AreaForImprovement, type RedFlag } from "./exceptions";
import { periodNoun, statusSentence } from "./sentences";
import { summarise, type Breakdown, type Share, type Summary } from "./summary";
import { withSummaryCharts } from "./charts";
import { withTrendColumn } from "./trend-column";
import { DEFAULT_WORSENING, signalSentences, WORSENING_WORDS, type Worsening } from "./signal";
import {
  ASSURANCES,
  ASSURANCE_ICONS,
  ASSURANCE_WORDS,
  VARIATIONS,
  VARIATION_WORDS,
  type Variation,
} from "../judging/spc";

export interface ReportMeta {
  /** The source: file name or sheet. */
  title: string;
  currentLabel: string | null;
  comparisonLabel: string | null;
  basis: StatusBasis;
  /** Shown on the sheets; passed in so that output is deterministic. */
  generatedAt?: string;
  /** The current period's kind, for "this quarter" / "this month"; read from the label when absent. */
  periodKind?: PeriodKind | null;
  /** What the comparison period is: the one before (the default: "last quarter") or the same period last year. */
  comparisonKind?: "previous" | "last-year";
  /** What makes an area for improvement "worsening": the direction of travel (default) or special cause concerning variation. */
  worsening?: Worsening;
}

/**
 * The report's details, built once for every face: the first table's current and comparison periods, and
 * what kind of comparison was chosen (a chosen label is "previous" unless it is the same period last year).
 */
export function reportMeta(
  tables: readonly ScorecardTable[],
  details: { title?: string; basis: StatusBasis; worsening?: Worsening; compare?: CompareChoice; generatedAt?: string },
): ReportMeta {
  const first = tables[0];
  return {
    title: details.title ?? first?.sheet ?? "Scorecard",
    currentLabel: first?.current?.label ?? null,
    comparisonLabel: first?.comparison?.label ?? null,
    basis: details.basis,
    ...(details.worsening === undefined ? {} : { worsening: details.worsening }),
    ...(details.generatedAt === undefined ? {} : { generatedAt: details.generatedAt }),
    comparisonKind: details.compare?.kind === "last-year" ? "last-year" : "previous",
  };
}

const PERCENT = "0.0%";
const t = (s: string, extra: Partial<PlanCell> = {}): PlanCell => ({ value: text(s), ...extra });
const n = (x: number): PlanCell => ({ value: num(x) });
const pct = (x: number | null): PlanCell => (x === null ? t("–") : { value: num(x, PERCENT) });
const ofAll = (s: Share) => pct(s.ofAll);
const ofMeasured = (s: Share) => pct(s.ofMeasured);
const head = (...cells: string[]): PlanCell[] => cells.map((c) => t(c, { bold: true, fill: "header" }));
const blank: PlanCell[] = [];

function titleRows(kind: string, meta: ReportMeta): PlanCell[][] {
  const period =
    meta.currentLabel === null
      ? ""
      : `${meta.currentLabel}${meta.comparisonLabel === null ? "" : `, compared with ${meta.comparisonLabel}`}`;
  return [
    [t(`KPI Scorecard: ${kind}`, { bold: true })],
    [t(meta.title)],
    ...(period === "" ? [] : [[t(`Period: ${period}`)]]),
    [t(`Statuses: ${BASIS_WORDS[meta.basis]}`)],
    ...(meta.generatedAt === undefined ? [] : [[t(`Generated ${meta.generatedAt}`)]]),
    blank,
  ];
}

function keyRows(): PlanCell[][] {
  return [
    head("Key", "Overall status (relevant to target)"),
    ...STATUSES.map((s) => [t(STATUS_SYMBOLS[s], { fill: statusFill(s) }), t(STATUS_WORDS[s])]),
    head("", "Direction of travel (dependent upon whether good performance is high or low)"),
    ...DIRECTIONS.map((d) => [t(DOT_ARROWS[d], { fill: DOT_FILLS[d] }), t(DOT_KEY_WORDS[d])]),
    blank,
  ];
}

function statusTable(b: Breakdown, compared: boolean): PlanCell[][] {
  const c = b.current;
  const p = b.comparison;
  return [
    head(
      "Status",
      "Meaning",
      "Measures",
      "% of all",
      "% of measured",
      ...(compared ? ["Last period", "% of all then", "% of measured then"] : []),
    ),
    ...STATUSES.map((s) => [
      t(STATUS_SYMBOLS[s], { fill: statusFill(s) }),
      t(STATUS_WORDS[s]),
      n(c.status[s]),
      ofAll(c.percent.status[s]),
      ofMeasured(c.percent.status[s]),
      ...(compared ? [n(p.status[s]), ofAll(p.percent.status[s]), ofMeasured(p.percent.status[s])] : []),
    ]),
    [
      t("Total", { bold: true }),
      t(`${c.measured} measured this period`),
      n(c.total),
      pct(c.total === 0 ? null : 1),
      pct(c.measured === 0 ? null : 1),
      ...(compared ? [n(p.total), pct(p.total === 0 ? null : 1), pct(p.measured === 0 ? null : 1)] : []),
    ],
    blank,
  ];
}

function dotTable(b: Breakdown): PlanCell[][] {
  const c = b.current;
  return [
    head("DOT", "Direction of travel", "Measures", "% of all", "% of measured"),
    ...DIRECTIONS.map((d) => [
      t(DOT_ARROWS[d], { fill: DOT_FILLS[d] }),
      t(DOT_KEY_WORDS[d]),
      n(c.dot[d]),
      ofAll(c.percent.dot[d]),
      ofMeasured(c.percent.dot[d]),
    ]),
    [
      t("Total", { bold: true }),
      t(`${c.dotMeasured} with a direction of travel`),
      n(c.total),
      pct(c.total === 0 ? null : 1),
      pct(c.dotMeasured === 0 ? null : 1),
    ],
    blank,
  ];
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `name`: how to show a row's name (group names are the officers' own words and are kept as they are). */
function breakdownTable(
  title: string,
  rows: Breakdown[],
  name: (b: Breakdown) => string = (b) => b.name,
): PlanCell[][] {
  return [
    head(
      title,
      "Measures",
      "Measured",
      ...STATUSES.map((s) => STATUS_SYMBOLS[s]),
      "% on target of measured",
      ...DIRECTIONS.map((d) => DOT_ARROWS[d]),
    ),
    ...rows.map((b) => [
      t(name(b), { wrap: true }),
      n(b.current.total),
      n(b.current.measured),
      ...STATUSES.map((s) => n(b.current.status[s])),
      ofMeasured(b.current.percent.status["on-target"]),
      ...DIRECTIONS.map((d) => n(b.current.dot[d])),
    ]),
    blank,
  ];
}

/** "last quarter", or "in Q1 Apr - June 2018" when compared with the same period last year; null with no comparison. */
function comparedWith(meta: ReportMeta, noun: string): string | null {
  if (meta.comparisonLabel === null) return null;
  return meta.comparisonKind === "last-year" ? `in ${meta.comparisonLabel}` : `last ${noun}`;
}

export function planSummarySheet(summary: Summary, meta: ReportMeta): SheetPlan {
  const noun = periodNoun(meta.currentLabel, meta.periodKind);
  const phrase = comparedWith(meta, noun);
  const compared = phrase !== null;
  const all: Breakdown = {
    name: "All measures",
    current: summary,
    comparison: summary.comparison,
    priorityStatus: summary.priority.current.status,
  };
  const sentences = (b: Breakdown): PlanCell[][] => [
    [t(b.name, { bold: true })],
    ...STATUSES.filter((s) => b.current.status[s] > 0 || (compared && b.comparison.status[s] > 0)).map((s) => [
      t(`• ${statusSentence(s, b, noun, phrase ?? false)}`),
    ]),
    blank,
  ];
  const priority = summary.priority;
  const rows: PlanCell[][] = [
    ...titleRows("Summary", meta),
    ...keyRows(),
    [t("Status", { bold: true })],
    ...statusTable(all, compared),
    ...(summary.unreadableFigures === 0
      ? []
      : [
          [
            t(
              `${summary.unreadableFigures} ${summary.unreadableFigures === 1 ? "figure" : "figures"} could not be read (counted under ${STATUS_SYMBOLS["in-development"]}; see Checks): the data is in the sheet, written in words to be corrected`,
            ),
          ],
        ]),
    [t("Direction of travel", { bold: true })],
    ...dotTable(all),
    [t("By group", { bold: true })],
    ...breakdownTable("Group", summary.byGroup),
    [t("By frequency of reporting", { bold: true })],
    ...breakdownTable("Frequency", summary.byFrequency, (b) => capitalise(b.name)),
    [t(`Priority measures (${priority.current.total})`, { bold: true })],
    ...(priority.current.total === 0
      ? [[t('No measure is marked "(Priority measure)".')], blank]
      : [...statusTable(priority, compared), ...dotTable(priority)]),
    [t("Signal or noise (Making Data Count: XmR process limits over each measure's periods)", { bold: true })],
    ...signalTable(summary),
    [t("In the report's words", { bold: true })],
    ...sentences(all),
    ...summary.byGroup.flatMap(sentences),
    ...(summary.total === 0
      ? []
      : [[t("Signal or noise", { bold: true })], ...signalSentences(summary.spc).map((s) => [t(`• ${s}`)]), blank]),
  ];
  const plan: SheetPlan = {
    kind: "summary",
    name: "Summary",
    rows,
    columnWidths: [28, 70, 11, 11, 14, 12, 13, 16, 10, 10, 10, 10, 10, 10],
  };
  return withSummaryCharts(plan, summary.byGroup.length);
}

/** The key's icon text for each variation class (H or L: which side of the mean the signal is on). */
const VARIATION_KEY: Record<Variation, string> = {
  "common-cause": "~",
  "special-cause-improving": "H+ / L+",
  "special-cause-concerning": "H− / L−",
  "special-cause-high": "H",
  "special-cause-low": "L",
  "not-enough-data": "…",
};

/** Variation and assurance counts: the SPC view sits beside the DOT, never instead of it. */
function signalTable(summary: Summary): PlanCell[][] {
  // The classes for measures with no good direction only show when there are some.
  const shown = VARIATIONS.filter(
    (v) => summary.spc.variation[v] > 0 || (v !== "special-cause-high" && v !== "special-cause-low"),
  );
  return [
    head("Icon", "Variation", "Measures"),
    ...shown.map((v) => [t(VARIATION_KEY[v]), t(VARIATION_WORDS[v]), n(summary.spc.variation[v])]),
    head("Icon", "Assurance", "Measures"),
    ...ASSURANCES.map((a) => [t(ASSURANCE_ICONS[a]), t(ASSURANCE_WORDS[a]), n(summary.spc.assurance[a])]),
    blank,
  ];
}

const valueOrDash = (v: string | null) => t(v ?? "–");

/** "Current (Q1 Apr - June 2019)" when the period is known. */
const labelled = (word: string, label: string | null) => (label === null ? word : `${word} (${label})`);

export function planExceptionsSheet(redFlags: RedFlag[], areas: AreaForImprovement[], meta: ReportMeta): SheetPlan {
  const current = labelled("Current", meta.currentLabel);
  const previous = labelled("Previous", meta.comparisonLabel);
  const rows: PlanCell[][] = [
    ...titleRows("Exceptions", meta),
    [
      t(`Areas for improvement: ${WORSENING_WORDS[meta.worsening ?? DEFAULT_WORSENING]} (${areas.length})`, {
        bold: true,
      }),
    ],
    head(
      "Ref",
      "Measure",
      "Lead officer",
      "Good performance",
      "Target",
      current,
      previous,
      "Data note",
      "For the Cabinet report",
      "Sheet",
      "Row",
      "Variation",
      "Assurance",
    ),
    ...areas.map((a) => [
      valueOrDash(a.ref),
      t(a.measure, { wrap: true }),
      valueOrDash(a.leadOfficer),
      t(a.polarityWords),
      t(a.target),
      valueOrDash(a.current),
      valueOrDash(a.comparison),
      t(a.note ?? "", { wrap: true }),
      t(a.line, { wrap: true }),
      t(a.sheet),
      n(a.row),
      t(a.variation),
      t(a.assurance),
    ]),
    ...(areas.length === 0 ? [[t("None this period.")]] : []),
    blank,
    [t(`Red flags: off target last period and still off target (${redFlags.length})`, { bold: true })],
    head("Ref", "Measure", "Target", current, previous, "Sheet", "Row", "Variation", "Assurance"),
    ...redFlags.map((r) => [
      valueOrDash(r.ref),
      t(r.measure, { wrap: true }),
      t(r.target),
      valueOrDash(r.current),
      valueOrDash(r.comparison),
      t(r.sheet),
      n(r.row),
      t(r.variation),
      t(r.assurance),
    ]),
    ...(redFlags.length === 0 ? [[t("None this period.")]] : []),
  ];
  const plan: SheetPlan = {
    kind: "exceptions",
    name: "Exceptions",
    rows,
    columnWidths: [10, 50, 24, 16, 16, 14, 14, 50, 70, 16, 8, 30, 30],
  };
  return withTrendColumn(plan, [areas, redFlags]);
}

const CHECK_WORDS: Record<Check["kind"], string> = {
  "missing-monthly-value": "Monthly figure missing",
  "unreadable-value": "Figure could not be read",
  "unreadable-target": "Target could not be read",
  "band-problem": "Tolerance bands",
  "recorded-differs": "Recorded status or direction differs from computed",
  "recorded-unrecognised": "Recorded status not recognised",
  "unit-mismatch": "Value and target units differ",
  "duplicate-ref": "Duplicate ref",
  "polarity-assumed": "No good direction given",
  override: "Status set by hand (override)",
  "override-expires": "Override expires next period",
};

export function planChecksSheet(checks: Check[], meta: ReportMeta): SheetPlan {
  const rows: PlanCell[][] = [
    ...titleRows("Checks", meta),
    [t(`Health checks before publishing (${checks.length})`, { bold: true })],
    head("Check", "Sheet", "Row", "Ref", "What to look at"),
    ...checks.map((c) => [
      t(CHECK_WORDS[c.kind]),
      t(c.sheet),
      n(c.row),
      valueOrDash(c.ref),
      t(c.message, { wrap: true }),
    ]),
    ...(checks.length === 0 ? [[t("Nothing to fix.")]] : []),
  ];
  return { kind: "checks", name: "Checks", rows, columnWidths: [34, 24, 8, 12, 90] };
}

/** The sheets asked for, in the order Summary, Exceptions, Checks. `layout` lets the checks tell tables apart. */
export function planReports(
  measures: MeasureAssessment[],
  meta: ReportMeta,
  kinds: ReportKind[],
  layout?: LayoutInfo,
): SheetPlan[] {
  const sheets: SheetPlan[] = [];
  if (kinds.includes("summary")) sheets.push(planSummarySheet(summarise(measures, { basis: meta.basis }), meta));
  if (kinds.includes("exceptions"))
    sheets.push(
      planExceptionsSheet(
        findRedFlags(measures, meta.basis),
        findAreasForImprovement(measures, meta.basis, meta.worsening),
        meta,
      ),
    );
  if (kinds.includes("checks")) sheets.push(planChecksSheet(runHealthChecks(measures, layout), meta));
  return sheets;
}
