/**
 * The layout found on a sheet: header rows, the role of each column, the ordered periods,
 * the group sections and the measure rows. Pure data; `detectScorecard` builds it.
 * All rows and columns are 1-based sheet coordinates.
 */

export const COLUMN_ROLES = [
  "ref",
  "measure",
  "lead-officer",
  "polarity",
  "frequency",
  "target",
  "red",
  "amber",
  "green",
  "status",
  "dot",
  "notes",
  "benchmark",
  "period",
  "other",
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Roles that at most one column of a table holds. */
export type SingleRole = Exclude<ColumnRole, "period" | "benchmark" | "other">;

/** What kind of period a label names. */
export type PeriodKind = "year" | "quarter" | "month" | "term" | "half-year" | "ytd" | "other";

export interface Period {
  column: number;
  /** The label as the header shows it: `Q2 Jul - Sep 2023/24`. */
  label: string;
  kind: PeriodKind;
  /** Financial or academic year it starts in (2023 for `2023/24`, and for `Apr-23`), when the label says. */
  year: number | null;
  /** Position within the year: quarter 1–4, month 1–12 (April = 1 for financial months? no: calendar month), term 1–3, half 1–2. */
  index: number | null;
  /** Sort key: larger is later. Periods with no readable date keep their column order. */
  order: number;
  /**
   * The period a heading named by position stands for, where the sheet's title names it: `Current` under
   * "… Quarter 1 2014/15" is `Q1 2014/15`, and `Previous` is `Q4 2013/14`. What the record and reports call it.
   */
  name?: string;
}

export interface ColumnInfo {
  column: number;
  /** Header text, with a two-row header's group label joined in front: `Annual / Year end 2022/23`. */
  header: string;
  role: ColumnRole;
}

export interface ScorecardTable {
  sheet: string;
  /** The header rows, top to bottom (one or two). */
  headerRows: number[];
  /** The label row of each header repeated inside the table (after a page break). */
  repeatedHeaderRows: number[];
  /** The section title above the table, e.g. "Children and Young People's Services". */
  group: string | null;
  columns: ColumnInfo[];
  /** The column of each single role found. */
  roles: Partial<Record<SingleRole, number>>;
  /** Benchmark columns (`Nat av.`, `Stat neigh av.`), by header. */
  benchmarks: { column: number; header: string }[];
  /** Period columns, oldest first. */
  periods: Period[];
  /** Measure rows, top to bottom, each with its group (section title row above it, or the table's). */
  measures: { row: number; group: string | null }[];
  /** The reported period, and the one it is compared with (each one of `periods`). Null when the table has no periods. */
  current: Period | null;
  comparison: Period | null;
  /** 0..1, and the reasons for it. */
  confidence: number;
  reasons: string[];
}

/** How to choose the comparison period. */
export type CompareChoice = { kind: "previous" } | { kind: "last-year" } | { kind: "label"; label: string };

/** The caller's overrides: every detected choice can be replaced. */
export interface DetectOptions {
  /** Label (or column number) of the current period. */
  current?: string | number;
  compare?: CompareChoice;
  /**
   * The period a current column named by position holds (`Q2 2024/25`), where the sheet's title does not say
   * or says otherwise; ignored for a dated heading.
   */
  periodName?: string;
  /** Column role overrides by 1-based column. */
  roles?: Record<number, ColumnRole>;
}
