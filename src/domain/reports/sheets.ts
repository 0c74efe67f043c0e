/**
 * The report sheets as plans: Summary (key, status and DOT tables, breakdowns, the report's sentences),
 * Exceptions (red flags and areas for improvement) and Checks. Text from users' cells is always text.
 */
import type { MeasureAssessment } from "../assessment-types";
import { text, num, type Fill, type PlanCell, type ReportKind, type SheetPlan } from "../plan";
import { DOT_ARROWS, DOT_KEY_WORDS, STATUS_SYMBOLS, STATUS_WORDS, statusFill } from "../symbols";
import { DIRECTIONS, STATUSES, type Direction } from "../types";
import { BASIS_WORDS, type StatusBasis } from "./basis";
import { runHealthChecks, type Check } from "./checks";
import { findAreasForImprovement, findRedFlags, type AreaForImprovement, type RedFlag } from "./exceptions";
import { periodNoun, statusSentence } from "./sentences";
import { share, summarise, type Breakdown, type Counts, type Summary } from "./summary";

export interface ReportMeta {
  title: string;
  currentLabel: string | null;
  comparisonLabel: string | null;
  basis: StatusBasis;
  generatedAt?: string;
}

const PERCENT = "0.0%";
const t = (s: string, extra: Partial<PlanCell> = {}): PlanCell => ({ value: text(s), ...extra });
const n = (x: number): PlanCell => ({ value: num(x) });
const pct = (x: number | null): PlanCell => (x === null ? t("–") : { value: num(x, PERCENT) });
const head = (...cells: string[]): PlanCell[] => cells.map((c) => t(c, { bold: true, fill: "header" }));
const blank: PlanCell[] = [];
const DOT_FILLS: Record<Direction, Fill> = { improved: "green", stable: "amber", worse: "red", "not-applicable": "grey" };

function titleRows(kind: string, meta: ReportMeta): PlanCell[][] {
  const period = meta.currentLabel === null ? "" : `${meta.currentLabel}${meta.comparisonLabel === null ? "" : `, compared with ${meta.comparisonLabel}`}`;
  return [
    [t(`KPI Scorecard: ${kind}`, { bold: true })],
    [t(meta.title)],
    ...(period === "" ? [] : [[t(`Period: ${period}`)]]),
    [t(`Counted from ${BASIS_WORDS[meta.basis]}.`)],
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
  const c: Counts = b.current;
  const p: Counts = b.comparison;
  return [
    head("Status", "Meaning", "Measures", "% of all", "% of measured", ...(compared ? ["Last period", "% of measured then"] : [])),
    ...STATUSES.map((s) => {
      const measured = s === "on-target" || s === "near-target" || s === "off-target";
      return [
        t(STATUS_SYMBOLS[s], { fill: statusFill(s) }),
        t(STATUS_WORDS[s]),
        n(c.status[s]),
        pct(share(c.status[s], c.total)),
        measured ? pct(share(c.status[s], c.measured)) : t("–"),
        ...(compared ? [n(p.status[s]), measured ? pct(share(p.status[s], p.measured)) : t("–")] : []),
      ];
    }),
    [t("Total", { bold: true }), t(""), n(c.total), pct(c.total === 0 ? null : 1), t(`${c.measured} measured`)],
    blank,
  ];
}

function dotTable(c: Counts): PlanCell[][] {
  return [
    head("DOT", "Direction of travel", "Measures", "% of all", "% of measured"),
    ...DIRECTIONS.map((d) => [
      t(DOT_ARROWS[d], { fill: DOT_FILLS[d] }),
      t(DOT_KEY_WORDS[d]),
      n(c.dot[d]),
      pct(share(c.dot[d], c.total)),
      d === "not-applicable" ? t("–") : pct(share(c.dot[d], c.dotMeasured)),
    ]),
    blank,
  ];
}

function breakdownTable(title: string, rows: Breakdown[]): PlanCell[][] {
  return [
    head(title, "Measures", ...STATUSES.map((s) => STATUS_SYMBOLS[s]), "% on target of measured", ...DIRECTIONS.map((d) => DOT_ARROWS[d])),
    ...rows.map((b) => [
      t(b.name),
      n(b.current.total),
      ...STATUSES.map((s) => n(b.current.status[s])),
      pct(share(b.current.status["on-target"], b.current.measured)),
      ...DIRECTIONS.map((d) => n(b.current.dot[d])),
    ]),
    blank,
  ];
}

export function planSummarySheet(summary: Summary, meta: ReportMeta): SheetPlan {
  const noun = periodNoun(meta.currentLabel);
  const compared = meta.comparisonLabel !== null;
  const all: Breakdown = { name: "All measures", current: summary, comparison: summary.comparison };
  const sentences = (b: Breakdown): PlanCell[][] => [
    [t(b.name, { bold: true })],
    ...STATUSES.filter((s) => b.current.status[s] > 0 || (compared && b.comparison.status[s] > 0)).map((s) => [t(`• ${statusSentence(s, b, noun, compared)}`)]),
    blank,
  ];
  const rows: PlanCell[][] = [
    ...titleRows("Summary", meta),
    ...keyRows(),
    [t("Status", { bold: true })],
    ...statusTable(all, compared),
    [t("Direction of travel", { bold: true })],
    ...dotTable(summary),
    [t("By group", { bold: true })],
    ...breakdownTable("Group", summary.byGroup),
    [t("By frequency of reporting", { bold: true })],
    ...breakdownTable("Frequency", summary.byFrequency),
    [t(`Priority measures (${summary.priority.current.total})`, { bold: true })],
    ...(summary.priority.current.total === 0 ? [[t("No measure is marked \"(Priority measure)\".")], blank] : statusTable(summary.priority, compared)),
    [t("In the report's words", { bold: true })],
    ...sentences(all),
    ...summary.byGroup.flatMap(sentences),
  ];
  return { kind: "summary", name: "Summary", rows, columnWidths: [28, 70, 11, 11, 14, 12, 16, 10, 10, 10, 10, 10, 10] };
}

const valueOrDash = (v: string | null) => t(v ?? "–");

export function planExceptionsSheet(redFlags: RedFlag[], areas: AreaForImprovement[], meta: ReportMeta): SheetPlan {
  const rows: PlanCell[][] = [
    ...titleRows("Exceptions", meta),
    [t(`Areas for improvement: off target and worsening (${areas.length})`, { bold: true })],
    head("Ref", "Measure", "Lead officer", "Good performance", "Target", "Current", "Previous", "Data note", "For the Cabinet report"),
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
    ]),
    ...(areas.length === 0 ? [[t("None this period.")]] : []),
    blank,
    [t(`Red flags: off target last period and still off target (${redFlags.length})`, { bold: true })],
    head("Ref", "Measure", "Target", "Current", "Previous", "Sheet", "Row"),
    ...redFlags.map((r) => [valueOrDash(r.ref), t(r.measure, { wrap: true }), t(r.target), valueOrDash(r.current), valueOrDash(r.comparison), t(r.sheet), n(r.row)]),
    ...(redFlags.length === 0 ? [[t("None this period.")]] : []),
  ];
  return { kind: "exceptions", name: "Exceptions", rows, columnWidths: [10, 50, 24, 16, 16, 12, 12, 50, 70] };
}

const CHECK_WORDS: Record<Check["kind"], string> = {
  "missing-monthly-value": "Monthly figure missing",
  "unreadable-target": "Target could not be read",
  "band-problem": "Tolerance bands",
  "recorded-differs": "Recorded status differs from computed",
  "recorded-unrecognised": "Recorded status not recognised",
  "unit-mismatch": "Value and target units differ",
  "duplicate-ref": "Duplicate ref",
};

export function planChecksSheet(checks: Check[], meta: ReportMeta): SheetPlan {
  const rows: PlanCell[][] = [
    ...titleRows("Checks", meta),
    [t(`Health checks before publishing (${checks.length})`, { bold: true })],
    head("Check", "Sheet", "Row", "Ref", "What to look at"),
    ...checks.map((c) => [t(CHECK_WORDS[c.kind]), t(c.sheet), n(c.row), valueOrDash(c.ref), t(c.message, { wrap: true })]),
    ...(checks.length === 0 ? [[t("Nothing to fix.")]] : []),
  ];
  return { kind: "checks", name: "Checks", rows, columnWidths: [34, 24, 8, 12, 90] };
}

export function planReports(measures: MeasureAssessment[], meta: ReportMeta, kinds: ReportKind[]): SheetPlan[] {
  const sheets: SheetPlan[] = [];
  if (kinds.includes("summary")) sheets.push(planSummarySheet(summarise(measures, { basis: meta.basis }), meta));
  if (kinds.includes("exceptions")) sheets.push(planExceptionsSheet(findRedFlags(measures, meta.basis), findAreasForImprovement(measures, meta.basis), meta));
  if (kinds.includes("checks")) sheets.push(planChecksSheet(runHealthChecks(measures), meta));
  return sheets;
}
