/**
 * The report sheets as plans: Summary (key, status and DOT tables, breakdowns, the report's sentences),
 * Exceptions (red flags and areas for improvement) and Checks. Text from users' cells is always text.
 */
import type { MeasureAssessment } from "../assessment/types";
import { text, num, type PlanCell, type ReportKind, type SheetPlan } from "../plan/workbook-plan";
import { rowHeightsOf } from "../plan/row-heights";
import type { ValueReading } from "../judging/types";
import { pageSetup, spanned, table, type TableColumn } from "./table-layout";
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
import { periodId } from "../layout/period-id";

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
    currentLabel: first?.current == null ? null : periodId(first.current),
    comparisonLabel: first?.comparison == null ? null : periodId(first.comparison),
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
const blank: PlanCell[] = [];
const left = (header: string, wrap = true): TableColumn => ({ header, align: "left", wrap });
const right = (header: string): TableColumn => ({ header, align: "right" });
const centre = (header: string): TableColumn => ({ header, align: "center" });

/**
 * The Summary's columns. Its tables share them, so each column is as wide as its widest use: A the symbols,
 * B the meanings, C to H the counts and shares (wide enough for "% of measured then" in three lines), I to O
 * the breakdowns' symbol counts. A breakdown's name spans A:B; a sentence spans the whole width.
 */
const SUMMARY_WIDTHS = [8, 48, 10, 10, 10, 10, 10, 10, 5, 5, 5, 5, 5, 5, 5];
const SUMMARY_SPAN = SUMMARY_WIDTHS.length;
/** A paragraph over the sheet's width, wrapped, so print never cuts it at the page's edge. */
const para = (s: string, extra: Partial<PlanCell> = {}): PlanCell[] =>
  spanned(t(s, { wrap: true, valign: "top", ...extra }), SUMMARY_SPAN);

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
    ...table(
      [centre("Key"), left("Overall status (relevant to target)")],
      STATUSES.map((s) => [t(STATUS_SYMBOLS[s], { fill: statusFill(s) }), t(STATUS_WORDS[s])]),
    ),
    ...table(
      [centre(""), left("Direction of travel (dependent upon whether good performance is high or low)")],
      DIRECTIONS.map((d) => [t(DOT_ARROWS[d], { fill: DOT_FILLS[d] }), t(DOT_KEY_WORDS[d])]),
    ),
    blank,
  ];
}

function statusTable(b: Breakdown, compared: boolean): PlanCell[][] {
  const c = b.current;
  const p = b.comparison;
  const columns = [
    centre("Status"),
    left("Meaning"),
    right("Measures"),
    right("% of all"),
    right("% of measured"),
    ...(compared ? [right("Last period"), right("% of all then"), right("% of measured then")] : []),
  ];
  return [
    ...table(columns, [
      ...STATUSES.map((s) => [
        t(STATUS_SYMBOLS[s], { fill: statusFill(s) }),
        t(STATUS_WORDS[s]),
        n(c.status[s]),
        ofAll(c.percent.status[s]),
        ofMeasured(c.percent.status[s]),
        ...(compared ? [n(p.status[s]), ofAll(p.percent.status[s]), ofMeasured(p.percent.status[s])] : []),
      ]),
      bolded([
        t("Total"),
        t(`${c.measured} measured this period`),
        n(c.total),
        pct(c.total === 0 ? null : 1),
        pct(c.measured === 0 ? null : 1),
        ...(compared ? [n(p.total), pct(p.total === 0 ? null : 1), pct(p.measured === 0 ? null : 1)] : []),
      ]),
    ]),
    blank,
  ];
}

function dotTable(b: Breakdown): PlanCell[][] {
  const c = b.current;
  return [
    ...table(
      [centre("DOT"), left("Direction of travel"), right("Measures"), right("% of all"), right("% of measured")],
      [
        ...DIRECTIONS.map((d) => [
          t(DOT_ARROWS[d], { fill: DOT_FILLS[d] }),
          t(DOT_KEY_WORDS[d]),
          n(c.dot[d]),
          ofAll(c.percent.dot[d]),
          ofMeasured(c.percent.dot[d]),
        ]),
        bolded([
          t("Total"),
          t(`${c.dotMeasured} with a direction of travel`),
          n(c.total),
          pct(c.total === 0 ? null : 1),
          pct(c.dotMeasured === 0 ? null : 1),
        ]),
      ],
    ),
    blank,
  ];
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const bolded = (cells: PlanCell[]): PlanCell[] => cells.map((c) => ({ ...c, bold: true }));

/** `name`: how to show a row's name (group names are the officers' own words and are kept as they are). */
function breakdownTable(
  title: string,
  rows: Breakdown[],
  name: (b: Breakdown) => string = (b) => b.name,
): PlanCell[][] {
  // The share on target sits beside the counts it is taken from, in the grid's wider columns.
  return [
    ...table(
      [
        { ...left(title), span: 2 },
        right("Measures"),
        right("Measured"),
        right("% on target of measured"),
        ...STATUSES.map((s) => centre(STATUS_SYMBOLS[s])),
        ...DIRECTIONS.map((d) => centre(DOT_ARROWS[d])),
      ],
      rows.map((b) => [
        t(name(b)),
        n(b.current.total),
        n(b.current.measured),
        ofMeasured(b.current.percent.status["on-target"]),
        ...STATUSES.map((s) => n(b.current.status[s])),
        ...DIRECTIONS.map((d) => n(b.current.dot[d])),
      ]),
    ),
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
    para(b.name, { bold: true }),
    ...STATUSES.filter((s) => b.current.status[s] > 0 || (compared && b.comparison.status[s] > 0)).map((s) =>
      para(`• ${statusSentence(s, b, noun, phrase ?? false)}`),
    ),
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
          para(
            `${summary.unreadableFigures} ${summary.unreadableFigures === 1 ? "figure" : "figures"} could not be read (counted under ${STATUS_SYMBOLS["in-development"]}; see Checks): the data is in the sheet, written in words to be corrected`,
          ),
        ]),
    [t("Direction of travel", { bold: true })],
    ...dotTable(all),
    [t("By group", { bold: true })],
    ...breakdownTable("Group", summary.byGroup),
    [t("By frequency of reporting", { bold: true })],
    ...breakdownTable("Frequency", summary.byFrequency, (b) => capitalise(b.name)),
    [t(`Priority measures (${priority.current.total})`, { bold: true })],
    ...(priority.current.total === 0
      ? [para('No measure is marked "(Priority measure)".'), blank]
      : [...statusTable(priority, compared), ...dotTable(priority)]),
    [t("Signal or noise (Making Data Count: XmR process limits over each measure's periods)", { bold: true })],
    ...signalTable(summary),
    [t("In the report's words", { bold: true })],
    ...sentences(all),
    ...summary.byGroup.flatMap(sentences),
    ...(summary.total === 0
      ? []
      : [[t("Signal or noise", { bold: true })], ...signalSentences(summary.spc).map((s) => para(`• ${s}`)), blank]),
  ];
  // Tall rather than wide: portrait, one page across, so a council's Summary prints on two pages.
  const plan: SheetPlan = {
    kind: "summary",
    name: "Summary",
    rows,
    columnWidths: SUMMARY_WIDTHS,
    rowHeights: rowHeightsOf(rows, SUMMARY_WIDTHS),
    page: pageSetup("portrait"),
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
    ...table(
      [centre("Icon"), left("Variation"), right("Measures")],
      shown.map((v) => [t(VARIATION_KEY[v]), t(VARIATION_WORDS[v]), n(summary.spc.variation[v])]),
    ),
    ...table(
      [centre("Icon"), left("Assurance"), right("Measures")],
      ASSURANCES.map((a) => [t(ASSURANCE_ICONS[a]), t(ASSURANCE_WORDS[a]), n(summary.spc.assurance[a])]),
    ),
    blank,
  ];
}

const valueOrDash = (v: string | null) => t(v ?? "–");

/** "Current (Q1 Apr - June 2019)" when the period is known. */
const labelled = (word: string, label: string | null) => (label === null ? word : `${word} (${label})`);

/**
 * The number format that shows a figure as the sheet showed it: "94.8" → 0.0, "10.1%" → 0.0%, "£1,250" → £#,##0.
 * Null for a figure with words around it ("379 so far", "12 days"): it stays text, as written.
 */
export function figureFormat(reading: ValueReading): string | null {
  if (reading.kind !== "number" || reading.qualifiers.length > 0 || reading.fraction !== undefined) return null;
  const shownText = reading.text.replace(/\s+/g, "");
  if (!/^£?-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/.test(shownText)) return null;
  if (reading.unit !== "number" && reading.unit !== "percent" && reading.unit !== "currency") return null;
  const whole = shownText.includes(",") ? "#,##0" : "0";
  const decimals = reading.decimals > 0 ? `.${"0".repeat(reading.decimals)}` : "";
  if (reading.unit === "percent") return `${whole}${decimals}%`;
  return `${reading.unit === "currency" ? "£" : ""}${whole}${decimals}`;
}

/** A period's figure: a number in the format it was shown in, or the text as written ("–" when blank). */
function figure(shownText: string | null, reading: ValueReading | null): PlanCell {
  if (shownText === null) return valueOrDash(shownText);
  if (reading === null || reading.kind !== "number") return t(shownText, { align: "left" });
  const format = figureFormat(reading);
  // A figure in words ("Street Cleansing i) Complaints 2 …") reads as prose, from the left.
  return format === null ? t(shownText, { align: "left" }) : { value: num(reading.value, format) };
}

/**
 * The Exceptions' columns, shared by both lists so each heading sits over the same kind of value.
 * The widths hold the longest word of every heading; long text wraps and its row is as tall as it needs.
 */
function exceptionColumns(meta: ReportMeta): TableColumn[] {
  return [
    left("Ref", false),
    left("Measure"),
    left("Lead officer"),
    left("Good performance"),
    left("Target"),
    { ...right(labelled("Current", meta.currentLabel)), wrap: true },
    { ...right(labelled("Previous", meta.comparisonLabel)), wrap: true },
    left("Data note"),
    left("For the Cabinet report"),
    left("Variation"),
    left("Assurance"),
    left("Sheet"),
    right("Row"),
  ];
}
/** The columns printed: where a measure sits in the workbook (Sheet, Row) helps on screen, not on paper. */
const EXCEPTION_PRINTED = 11;
const EXCEPTION_WIDTHS = [7, 24, 13, 13, 10, 11, 11, 56, 44, 13, 13, 14, 5];

function exceptionRow(e: RedFlag): PlanCell[] {
  return [
    valueOrDash(e.ref),
    t(e.measure),
    valueOrDash(e.leadOfficer),
    t(e.polarityWords),
    t(e.target),
    figure(e.current, e.currentReading),
    figure(e.comparison, e.comparisonReading),
    t(e.note ?? ""),
    t(e.line),
    t(e.variation),
    t(e.assurance),
    t(e.sheet),
    n(e.row),
  ];
}

export function planExceptionsSheet(redFlags: RedFlag[], areas: AreaForImprovement[], meta: ReportMeta): SheetPlan {
  const columns = exceptionColumns(meta);
  const heading = titleRows("Exceptions", meta);
  const areasHeader = heading.length + 2; // 1-based: the title rows, the list's title, then its header
  const rows: PlanCell[][] = [
    ...heading,
    [
      t(`Areas for improvement: ${WORSENING_WORDS[meta.worsening ?? DEFAULT_WORSENING]} (${areas.length})`, {
        bold: true,
      }),
    ],
    ...table(columns, areas.map(exceptionRow)),
    ...(areas.length === 0 ? [[t("None this period.")]] : []),
    blank,
    [t(`Red flags: off target last period and still off target (${redFlags.length})`, { bold: true })],
    ...table(columns, redFlags.map(exceptionRow)),
    ...(redFlags.length === 0 ? [[t("None this period.")]] : []),
  ];
  // Wide: landscape, one page across, the areas' header on every page, frozen, with filter buttons.
  const plan: SheetPlan = {
    kind: "exceptions",
    name: "Exceptions",
    rows,
    columnWidths: EXCEPTION_WIDTHS,
    rowHeights: rowHeightsOf(rows, EXCEPTION_WIDTHS),
    freezeRows: areasHeader,
    ...(areas.length === 0
      ? {}
      : {
          autoFilter: {
            headerRow: areasHeader,
            lastRow: areasHeader + areas.length,
            firstColumn: 1,
            lastColumn: columns.length,
          },
        }),
    page: { ...pageSetup("landscape", { first: areasHeader, last: areasHeader }), printColumns: EXCEPTION_PRINTED },
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

const CHECK_WIDTHS = [26, 18, 6, 10, 80];

export function planChecksSheet(checks: Check[], meta: ReportMeta): SheetPlan {
  const heading = titleRows("Checks", meta);
  const header = heading.length + 2;
  const rows: PlanCell[][] = [
    ...heading,
    [t(`Health checks before publishing (${checks.length})`, { bold: true })],
    ...table(
      [left("Check"), left("Sheet"), right("Row"), left("Ref", false), left("What to look at")],
      checks.map((c) => [t(CHECK_WORDS[c.kind]), t(c.sheet), n(c.row), valueOrDash(c.ref), t(c.message)]),
    ),
    ...(checks.length === 0 ? [[t("Nothing to fix.")]] : []),
  ];
  return {
    kind: "checks",
    name: "Checks",
    rows,
    columnWidths: CHECK_WIDTHS,
    rowHeights: rowHeightsOf(rows, CHECK_WIDTHS),
    freezeRows: header,
    ...(checks.length === 0
      ? {}
      : { autoFilter: { headerRow: header, lastRow: header + checks.length, firstColumn: 1, lastColumn: 5 } }),
    page: pageSetup("landscape", { first: header, last: header }),
  };
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
