/**
 * What the pane shows and does, as pure functions over the engine: the options an officer picks,
 * the judged scorecard, the preview's filters, where Apply will write, and the words it reports.
 * No React and no Excel here, so all of it is tested in Node.
 */
import { columnLetters } from "../domain/sheet/a1";
import type { MeasureAssessment } from "../domain/assessment/types";
import type { Grid } from "../domain/sheet/grid";
import type { ReportKind, SheetPlan } from "../domain/plan/workbook-plan";
import { withOwnerTitle } from "../domain/plan/workbook-plan";
import { planReports, DEFAULT_BASIS, type StatusBasis } from "../domain/reports";
import type { ColumnRole, CompareChoice, Period, ScorecardTable } from "../domain/layout/scorecard";
import { scoreGrids, type ScoreResult } from "../domain/pipeline";
import { DEFAULT_SETTINGS, roleOverrides, type KpiSettings } from "../domain/choices/settings";
import { parseTolerance } from "../domain/judging/tolerance";
import { statusColumns, type DotStyle, type RecordedChoice, type WriteMode } from "../domain/plan/writeback";

export type Scope = "used-range" | "selection";

export interface PaneOptions {
  scope: Scope;
  /** The officer's corrections to detected column roles, by 1-based column. */
  roles: Record<number, ColumnRole>;
  /** The current period's label; null lets detection choose. */
  current: string | null;
  compare: CompareChoice;
  /** Always a tolerance the engine reads (the field keeps invalid text to itself). */
  tolerance: string;
  dotStyle: DotStyle;
  mode: WriteMode;
  recorded: RecordedChoice;
  /** Which status the reports count. */
  basis: StatusBasis;
}

export const DEFAULT_OPTIONS: PaneOptions = {
  scope: "used-range",
  roles: {},
  current: null,
  compare: { kind: "previous" },
  tolerance: DEFAULT_SETTINGS.tolerance,
  dotStyle: DEFAULT_SETTINGS.dotStyle,
  mode: DEFAULT_SETTINGS.mode,
  recorded: DEFAULT_SETTINGS.recorded,
  basis: DEFAULT_BASIS,
};

/** Why a tolerance cannot be used, or null when it can. */
export function toleranceProblem(text: string): string | null {
  const read = parseTolerance(text.trim());
  return read.ok ? null : `"${text}": ${read.reason}.`;
}

/** Judge the sheet with the officer's choices. Pure and quick enough to run on every change. */
export function scoreSheet(grid: Grid, options: PaneOptions): ScoreResult {
  return scoreGrids([grid], {
    detect: {
      roles: options.roles,
      compare: options.compare,
      ...(options.current === null ? {} : { current: options.current }),
    },
    tolerance: options.tolerance,
    writeback: { mode: options.mode, recorded: options.recorded, dotStyle: options.dotStyle },
    reports: [],
    basis: options.basis,
  });
}

/** Every period label of the sheet's tables, oldest first, without repeats. */
export function periodLabels(tables: ScorecardTable[]): string[] {
  const seen = new Map<string, Period>();
  for (const t of tables) for (const p of t.periods) if (!seen.has(p.label)) seen.set(p.label, p);
  return [...seen.values()].sort((a, b) => a.order - b.order).map((p) => p.label);
}

export function labelOf(table: ScorecardTable | undefined, column: number | null): string | null {
  if (table === undefined || column === null) return null;
  return table.periods.find((p) => p.column === column)?.label ?? null;
}

// ---- Settings kept in the workbook ----

export function settingsFrom(sheet: string, options: PaneOptions): KpiSettings {
  return {
    ...DEFAULT_SETTINGS,
    sheet: sheet.slice(0, 31),
    roles: Object.fromEntries(Object.entries(options.roles).map(([c, r]) => [String(c), r])),
    ...(options.current === null ? {} : { current: options.current.slice(0, 100) }),
    compare: options.compare.kind === "last-year" ? "last-year" : "previous",
    ...(options.compare.kind === "label" ? { compareLabel: options.compare.label.slice(0, 100) } : {}),
    tolerance: options.tolerance,
    dotStyle: options.dotStyle,
    mode: options.mode,
    recorded: options.recorded,
    basis: options.basis,
  };
}

export function optionsFrom(settings: KpiSettings, scope: Scope): PaneOptions {
  const compare: CompareChoice =
    settings.compareLabel !== undefined ? { kind: "label", label: settings.compareLabel } : { kind: settings.compare };
  return {
    scope,
    roles: roleOverrides(settings),
    current: settings.current ?? null,
    compare,
    tolerance: settings.tolerance,
    dotStyle: settings.dotStyle,
    mode: settings.mode,
    recorded: settings.recorded,
    basis: settings.basis ?? DEFAULT_BASIS,
  };
}

// ---- Preview ----

export const FILTERS = ["off-target", "differs", "missing"] as const;
export type PreviewFilter = (typeof FILTERS)[number];

export const FILTER_WORDS: Record<PreviewFilter, string> = {
  "off-target": "Off target",
  differs: "Differs from recorded",
  missing: "Missing data",
};

/** A recorded status or DOT that the engine would not have given. */
export function differsFromRecorded(m: MeasureAssessment): boolean {
  return (m.recordedStatus !== null && m.recordedStatus !== m.status) || (m.recordedDot !== null && m.recordedDot !== m.dot);
}

export function hasMissingData(m: MeasureAssessment): boolean {
  return m.current === null || m.current.reading.kind === "missing" || m.current.reading.kind === "unreadable";
}

export function matches(m: MeasureAssessment, filter: PreviewFilter): boolean {
  if (filter === "off-target") return m.status === "off-target";
  if (filter === "differs") return differsFromRecorded(m);
  return hasMissingData(m);
}

/** Measures that match any of the chosen filters; all of them when none is chosen. */
export function filterMeasures(measures: MeasureAssessment[], filters: ReadonlySet<PreviewFilter>): MeasureAssessment[] {
  if (filters.size === 0) return measures;
  return measures.filter((m) => [...filters].some((f) => matches(m, f)));
}

export function filterCounts(measures: MeasureAssessment[]): Record<PreviewFilter, number> {
  const counts: Record<PreviewFilter, number> = { "off-target": 0, differs: 0, missing: 0 };
  for (const m of measures) for (const f of FILTERS) if (matches(m, f)) counts[f]++;
  return counts;
}

// ---- Apply ----

export interface WritePlace {
  sheet: string;
  /** Column letters, e.g. "H". */
  status: string;
  dot: string;
  /** Which columns are added after the last period, because the table has none for them. */
  addsStatus: boolean;
  addsDot: boolean;
  firstRow: number;
  lastRow: number;
}

/** Where Apply will write, for each table: what the officer agrees to before anything changes. */
export function writePlaces(result: ScoreResult): WritePlace[] {
  return result.tables
    .filter((t) => t.table.measures.length > 0)
    .map(({ grid, table }) => {
      const columns = statusColumns(grid, table);
      const rows = table.measures.map((m) => m.row);
      return {
        sheet: table.sheet,
        status: columnLetters(columns.status),
        dot: columnLetters(columns.dot),
        addsStatus: table.roles.status === undefined,
        addsDot: table.roles.dot === undefined,
        firstRow: Math.min(...rows),
        lastRow: Math.max(...rows),
      };
    });
}

export function describePlace(p: WritePlace): string {
  const where = p.firstRow === p.lastRow ? `row ${p.firstRow}` : `rows ${p.firstRow}–${p.lastRow}`;
  if (p.addsStatus && p.addsDot) return `adds Overall status and DOT columns at ${p.status} and ${p.dot}, ${where}`;
  if (p.addsDot) return `column ${p.status} (status), and adds a DOT column at ${p.dot}, ${where}`;
  if (p.addsStatus) return `adds an Overall status column at ${p.status}, and column ${p.dot} (DOT), ${where}`;
  return `column ${p.status} (status) and ${p.dot} (DOT), ${where}`;
}

export interface WriteCounts {
  statuses: number;
  directions: number;
  keptStatuses: number;
  keptDirections: number;
}

/** How many statuses and directions Apply writes, and how many officers' entries it keeps. */
export function writeCounts(measures: MeasureAssessment[], recorded: RecordedChoice): WriteCounts {
  const keep = recorded === "keep";
  const keptStatuses = keep ? measures.filter((m) => m.recordedStatusText !== null).length : 0;
  const keptDirections = keep ? measures.filter((m) => m.recordedDotText !== null).length : 0;
  return {
    statuses: measures.length - keptStatuses,
    directions: measures.length - keptDirections,
    keptStatuses,
    keptDirections,
  };
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** The Apply button's words: what will be written, and nothing that will not. */
export function writeLabel(counts: WriteCounts): string {
  const parts = [
    counts.statuses === 0 ? "" : plural(counts.statuses, "status", "statuses"),
    counts.directions === 0 ? "" : plural(counts.directions, "direction of travel", "directions of travel"),
  ].filter((p) => p !== "");
  return parts.length === 0 ? "Nothing to write" : `Write ${parts.join(" and ")}`;
}

export function applyMessage(counts: WriteCounts): string {
  const wrote = `${writeLabel(counts).replace(/^Write/, "Wrote")}.`;
  const kept = counts.keptStatuses + counts.keptDirections;
  const keptWords = kept === 0 ? "" : ` Kept ${plural(counts.keptStatuses, "status", "statuses")} and ${plural(counts.keptDirections, "direction", "directions")} that officers had recorded.`;
  return `${wrote}${keptWords} Restore is available.`;
}

// ---- Reports ----

export const REPORT_NAMES: Record<ReportKind, string> = { summary: "Summary", exceptions: "Exceptions", checks: "Checks" };

/** The report sheet to write, with the owner's title in A1 so it is refreshed in place next time. */
export function planReportSheet(result: ScoreResult, kind: ReportKind, options: PaneOptions, generatedAt: string): SheetPlan {
  const first = result.tables[0]?.table;
  const [sheet] = planReports(
    result.measures,
    {
      title: first?.sheet ?? "Scorecard",
      currentLabel: labelOf(first, first?.current ?? null),
      comparisonLabel: labelOf(first, first?.comparison ?? null),
      basis: options.basis,
      generatedAt,
      comparisonKind: options.compare.kind === "last-year" ? "last-year" : "previous",
    },
    [kind],
  );
  if (sheet === undefined) throw new Error(`no ${kind} report planned`);
  return withOwnerTitle(sheet);
}

/** A restore point's time as an officer reads it: "24 Nov 2026, 19:40", local time. */
export function savedAtWords(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
}

/** "2026-11-24 19:40", local time, as the report sheets show it. */
export function stamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

// ---- Errors ----

/** Excel's error codes an officer can act on, in plain words. */
const EXCEL_ERRORS: Record<string, string> = {
  InvalidSelection: "Select one block of cells (not several areas), or choose Whole sheet.",
  InvalidOperationInCellEditMode: "A cell is being edited: press Enter or Esc in the sheet, then try again.",
  AccessDenied: "The sheet or workbook is protected: unprotect it (Review → Unprotect Sheet), then try again.",
  RequestPayloadSizeLimitExceeded: "The write is too big for Excel to take in one go here: select the scorecard's rows and choose Selection.",
  ResponsePayloadSizeLimitExceeded: "A row of this sheet holds more than Excel on the web can send in one go (5 MB): shorten the longest cells, or open the workbook in Excel on Windows or Mac.",
  ApiNotFound: "This version of Excel lacks something KPI Scorecard needs. Update Excel (Microsoft 365, or Excel 2021 or later), or use Excel on the web.",
  ItemNotFound: "A sheet the add-in needs is no longer there (renamed or deleted?).",
  ItemAlreadyExists: "A sheet with that name already exists.",
};

/** What went wrong, in words an officer can act on: Excel's code where it has one we know, else its message. */
export function errorWords(err: unknown): string {
  const code = typeof err === "object" && err !== null && "code" in err ? String((err as { code: unknown }).code) : "";
  const known = EXCEL_ERRORS[code];
  if (known !== undefined) return known;
  if (err instanceof Error && err.message.trim() !== "") return err.message;
  if (typeof err === "string" && err.trim() !== "") return err;
  return "Excel did not say why.";
}
