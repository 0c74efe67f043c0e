/**
 * Judge every measure of a detected table: read its value, target and polarity with the engine,
 * compute status and direction of travel, and read what the officer recorded alongside.
 */
import { cellText, type CellInput } from "../sheet/grid";
import type { Period, ScorecardTable } from "../layout/scorecard";
import { periodCell, type MeasureRow, type TableRows } from "../layout/rows";
import type { MeasureAssessment, PeriodValue } from "./types";
import type { InferredPolarity } from "../judging/polarity";
import type {
  BandsReading,
  Polarity,
  Status,
  StatusResult,
  TargetReading,
  Tolerance,
  ValueReading,
} from "../judging/types";
import { judgeStatus } from "../judging/status";
import { notProfiledNote } from "./not-profiled";
import { countedPerPeriod, isInYear, periodShare, yearProgress, yearToDate } from "./in-year";
import { formatReading } from "../judging/format";
import { historyOf, measureSpc } from "./spc-view";
import { trendOf } from "./trend";
import {
  assessDirection,
  figureFromWords,
  inferPolarity,
  polarityWords,
  readBands,
  readPolarity,
  recordedDirection,
  recordedStatus,
  readTarget,
  readTolerance,
  readValue,
} from "../judging";

export interface AssessOptions {
  /** `0.05`, `"5%"`, `"2pp"`; the engine's default (5% of target) when omitted. */
  tolerance?: string | number | Tolerance;
}

/** A cell outside the table: blank, as `cellAt` reads one outside the grid. */
const BLANK: CellInput = { value: null, text: "", format: "General" };

const PRIORITY_TITLE = /\(\s*priority\s+measure\s*\)/i;

export function assessTable({ table, rows }: TableRows, options: AssessOptions = {}): MeasureAssessment[] {
  const tolerance = readTolerance(options.tolerance ?? null);
  const current = table.current ?? undefined;
  const comparison = table.comparison ?? undefined;
  return rows.map((r) => assessMeasure(r, table, r.row, r.group, current, comparison, tolerance));
}

function textOf(cell: CellInput | undefined): string | null {
  if (cell === undefined) return null;
  const t = cellText(cell);
  return t === "" ? null : t;
}

function periodValue(r: MeasureRow, period: Period | undefined): PeriodValue | null {
  if (period === undefined) return null;
  const cell = periodCell(r, period) ?? BLANK;
  const { reading, note } = figureFromWords(readValue(cell), period);
  return { label: period.label, column: period.column, raw: cellText(cell), reading, ...(note === "" ? {} : { note }) };
}

/** The polarity column, else the target's comparator, else the measure's wording (one rule: judging/polarity.ts). */
function polarityOf(r: MeasureRow, text: string, title: string): InferredPolarity {
  // The target is read here only when the polarity column does not already say (most rows of most sheets do).
  if (text !== "" && readPolarity(text).recognised) return inferPolarity(text, null, title);
  const cell = r.cells.target ?? r.cells.green;
  const target = cell === undefined ? null : readTarget(cell);
  return inferPolarity(text, target, title);
}

/** What the reason adds when the sheet gave no polarity, for a measure actually judged against its target. */
function polarityNote(inferred: InferredPolarity, target: TargetReading | BandsReading, status: Status): string {
  if (inferred.basis === "given" || (status !== "on-target" && status !== "near-target" && status !== "off-target"))
    return "";
  if (inferred.basis === "comparator") {
    const shown = target.kind === "comparator" ? target.text : "";
    return `; no good performance given: ${polarityWords(inferred.polarity)}, from the target '${shown}'`;
  }
  return `; ${inferred.note}`;
}

function targetOf(r: MeasureRow, polarity: Polarity): { text: string; target: TargetReading | BandsReading } {
  const { red, amber, green, target } = r.cells;
  const cell = (c: CellInput | undefined) => c ?? null;
  if (red !== undefined || amber !== undefined) {
    const bands = readBands(cell(red), cell(amber), cell(green), polarity);
    const text = [red, amber, green].map((c) => (c === undefined ? "" : cellText(c))).join(" / ");
    return { text, target: bands };
  }
  const c = target ?? green;
  if (c === undefined) {
    return { text: "", target: { kind: "not-applicable", text: "", reason: "the table has no target column" } };
  }
  return { text: cellText(c), target: readTarget(c) };
}

function benchmarkFor(
  r: MeasureRow,
  table: ScorecardTable,
  target: TargetReading | BandsReading,
): ValueReading | undefined {
  if (target.kind !== "benchmark" || table.benchmarks.length === 0) return undefined;
  const wanted = target.benchmark.toLowerCase();
  const match =
    table.benchmarks.find((b) => wanted.startsWith("national") && /\bnat/i.test(b.header)) ??
    table.benchmarks.find((b) => wanted.startsWith("regional") && /\breg/i.test(b.header)) ??
    table.benchmarks.find((b) => /neigh/.test(wanted) && /neigh/i.test(b.header));
  return match === undefined ? undefined : readValue(r.benchmarks[table.benchmarks.indexOf(match)] ?? BLANK);
}

/** What judging needs to know of the measure beyond its figure and target: in-year measures add up and profile. */
interface InYear {
  row: MeasureRow;
  title: string;
  periods: Period[];
}

/** An annual target of an in-year measure is due a share at a time, like a target marked "(Cumulative target)". */
function asAnnual(
  target: TargetReading | BandsReading,
  inYear: InYear,
  period: Period | undefined,
): TargetReading | BandsReading {
  if ((target.kind !== "plain" && target.kind !== "comparator") || target.flags.cumulative) return target;
  if (!isInYear(inYear.title) || yearProgress(period) === undefined) return target;
  return { ...target, flags: { ...target.flags, cumulative: true } };
}

/** What judging a measure in any period needs besides the period's own figure. */
interface Judging {
  target: TargetReading | BandsReading;
  polarity: Polarity;
  tolerance: Tolerance;
  benchmark: ValueReading | undefined;
  inYear: InYear;
}

function judge(
  value: PeriodValue | null,
  period: Period | undefined,
  comparison: PeriodValue | null,
  j: Judging,
): StatusResult & { yearSoFar?: string } {
  const { target, inYear } = j;
  let reading: ValueReading = value?.reading ?? {
    kind: "missing",
    text: "",
    reason: "no period column for this measure",
  };
  let annual = asAnnual(target, inYear, period);
  let toDate: ReturnType<typeof yearToDate> = null;
  if (
    annual !== target &&
    reading.kind === "number" &&
    period !== undefined &&
    countedPerPeriod(inYear.title, reading)
  ) {
    // A count kept per period: the year so far against the share of the year's target due by now, or,
    // when an earlier period has no figure to add, this period against one period's share.
    toDate = yearToDate(inYear.row, inYear.title, inYear.periods, period, reading);
    if (toDate !== null) reading = toDate.reading;
    else if (annual.kind === "plain" || annual.kind === "comparator") annual = periodShare(annual, period) ?? annual;
  }
  const judged0 = judgeWith(reading, annual, period, comparison, j);
  const measured =
    judged0.status === "on-target" || judged0.status === "near-target" || judged0.status === "off-target";
  const judged = measured
    ? { ...judged0, reason: judged0.reason + notProfiledNote(target, period, isInYear(inYear.title)) }
    : judged0;
  return toDate === null
    ? judged
    : {
        ...judged,
        reason: `${formatReading(toDate.reading)} so far this year (${toDate.sum}): ${judged.reason}`,
        yearSoFar: formatReading(toDate.reading),
      };
}

function judgeWith(
  reading: ValueReading,
  target: TargetReading | BandsReading,
  period: Period | undefined,
  comparison: PeriodValue | null,
  j: Judging,
): StatusResult {
  const { polarity, tolerance, benchmark } = j;
  // The options are built here from a tolerance already read: no need to validate them again per measure.
  return judgeStatus(reading, target, polarity, {
    tolerance,
    ...(comparison === null ? {} : { comparison: comparison.reading }),
    ...(benchmark === undefined ? {} : { benchmark }),
    ...(yearProgress(period) ?? {}),
  });
}

function assessMeasure(
  r: MeasureRow,
  table: ScorecardTable,
  row: number,
  group: string | null,
  currentPeriod: Period | undefined,
  comparisonPeriod: Period | undefined,
  tolerance: Tolerance,
): MeasureAssessment {
  const roles = r.cells;
  const measure = r.title;
  const polarityText = textOf(roles.polarity) ?? "";
  const inferred = polarityOf(r, polarityText, measure);
  const polarity = inferred.polarity;
  const { text: targetText, target } = targetOf(r, polarity);
  const current = periodValue(r, currentPeriod);
  const comparison = periodValue(r, comparisonPeriod);
  const benchmark = benchmarkFor(r, table, target);

  const judging: Judging = {
    target,
    polarity,
    tolerance,
    benchmark,
    inYear: { row: r, title: measure, periods: table.periods },
  };
  const status = judge(current, currentPeriod, comparison, judging);
  // The comparison period is judged on its own value; a relative target has nothing earlier to compare it with.
  const comparisonStatus = judge(comparison, comparisonPeriod, null, judging);
  const direction =
    current === null || comparison === null
      ? { direction: "not-applicable" as const, movement: "unknown" as const, reason: "no comparison period" }
      : assessDirection(current.reading, comparison.reading, polarity);

  const recorded = recordedStatus(roles.status ?? null);
  const recordedDot = recordedDirection(roles.dot ?? null);
  const note = polarityNote(inferred, target, status.status);

  return {
    sheet: table.sheet,
    row,
    ref: textOf(roles.ref),
    measure,
    group,
    leadOfficer: textOf(roles["lead-officer"]),
    frequency: textOf(roles.frequency),
    notes: textOf(roles.notes),
    priority: PRIORITY_TITLE.test(measure),
    polarity,
    polarityText,
    polarityBasis: note === "" ? "given" : inferred.basis,
    targetText,
    target,
    current,
    comparison,
    status: status.status,
    reason: status.reason + note + (current?.note === undefined ? "" : `; figure ${current.note}`),
    comparisonStatus: comparisonStatus.status,
    recordedStatus: recorded.value,
    recordedStatusText: recorded.text,
    dot: direction.direction,
    movement: direction.movement,
    dotReason: direction.reason,
    recordedDot: recordedDot.value,
    recordedDotText: recordedDot.text,
    variance: status.variance,
    spc: measureSpc(
      historyOf(table.periods, currentPeriod, (p) => periodValue(r, p)?.reading),
      polarity,
      target,
    ),
    trend: trendOf(table.periods, currentPeriod, (p) => periodValue(r, p)?.reading),
    ...(status.profiledTarget === undefined
      ? {}
      : {
          judgedAgainst: {
            value:
              status.yearSoFar === undefined ? (current?.raw.trim() ?? "") : `${status.yearSoFar} so far this year`,
            target: status.profiledTarget,
          },
        }),
  };
}
