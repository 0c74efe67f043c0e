/**
 * The users' vocabulary as types: status, direction of travel, polarity, and what the
 * engine reads out of a value, a target or a set of tolerance bands.
 * Errors are values here: every messy input ends as one of these kinds, never an exception.
 */

export const STATUSES = [
  "on-target",
  "near-target",
  "off-target",
  "in-development",
  "not-applicable",
  "not-available",
] as const;
export type Status = (typeof STATUSES)[number];

export const DIRECTIONS = ["improved", "stable", "worse", "not-applicable"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Which way is good. `none`: information only, no good or bad direction. */
export const POLARITIES = ["high", "low", "none"] as const;
export type Polarity = (typeof POLARITIES)[number];

/** What the number itself did, whatever the polarity (for value arrows). */
export type Movement = "rose" | "fell" | "same" | "unknown";

/** The unit a number was written in. `number` is a plain figure (a count, a score, a rate without words). */
export type Unit = "percent" | "currency" | "days" | "rate" | "number";

/** A number read from a cell. Percentages are fractions: `8.7%` is 0.087. */
export interface NumberReading {
  kind: "number";
  value: number;
  unit: Unit;
  /** The text it came from, as shown. */
  text: string;
  /** Decimal places shown, in the unit as displayed (`9.7%` → 1, `46.70` → 2). Used to compare at the precision shown. */
  decimals: number;
  /** Words kept from around the number: `unvalidated`, `Cumulative`, `excluding schools`… */
  qualifiers: string[];
  /** `43.2% (211/488)` keeps 211/488. */
  fraction?: { numerator: number; denominator: number };
}

/** `a) 74% b) 88%`: parts judged one by one. */
export interface PartsReading {
  kind: "parts";
  text: string;
  parts: { label: string; reading: NumberReading }[];
}

/** Blank, `-`, `n/a`, `Not available at time of publication`, `#N/A`… */
export interface MissingReading {
  kind: "missing";
  text: string;
  reason: string;
}

/** Text that is none of the above. Never guess a number out of prose. */
export interface UnreadableReading {
  kind: "unreadable";
  text: string;
  reason: string;
}

export type ValueReading = NumberReading | PartsReading | MissingReading | UnreadableReading;

export type Comparator = "<" | "<=" | ">" | ">=";

/** Flags found in the words around a target. */
export interface TargetFlags {
  cumulative: boolean;
  academicYear: boolean;
  /** The words around the number, kept for the reason (`National target`, `based on benchmarking`). */
  note?: string;
}

/** `<8%`, `58%+`: the comparator wins over the polarity. */
export interface ComparatorTarget {
  kind: "comparator";
  text: string;
  comparator: Comparator;
  threshold: NumberReading;
  flags: TargetFlags;
}

/** `85.0%`, `90`, `541 (+10% on previous yr)`: the polarity gives the direction. */
export interface PlainTarget {
  kind: "plain";
  text: string;
  threshold: NumberReading;
  flags: TargetFlags;
}

/** `10% reduction`, `10% more homes than 2016/17`: judged against the comparison-period value. */
export interface RelativeTarget {
  kind: "relative";
  text: string;
  /** Signed fraction of change wanted: -0.1 for a 10% reduction, +0.1 for 10% more. */
  change: number;
  flags: TargetFlags;
}

/** `To achieve national completion rate`, `Inline with regional average`. */
export interface BenchmarkTarget {
  kind: "benchmark";
  text: string;
  /** Which benchmark: `national`, `regional`, `statistical neighbours`… */
  benchmark: string;
  /** `inline`: within tolerance of it; `at-least`: inline with or better. */
  relation: "inline" | "at-least";
  flags: TargetFlags;
}

/** `No target`, `Baseline Year`, `Target not applicable at this time`. */
export interface NotApplicableTarget {
  kind: "not-applicable";
  text: string;
  reason: string;
}

export interface UnreadableTarget {
  kind: "unreadable";
  text: string;
  reason: string;
}

export type TargetReading =
  ComparatorTarget | PlainTarget | RelativeTarget | BenchmarkTarget | NotApplicableTarget | UnreadableTarget;

/** One tolerance band written as text: `<84%`, `84%+`, `50-70%`. */
export type Band =
  | { kind: "comparator"; comparator: Comparator; threshold: NumberReading; text: string }
  | { kind: "range"; low: NumberReading; high: NumberReading; text: string }
  /** A bare value (`70%`): read with the polarity. */
  | { kind: "plain"; threshold: NumberReading; text: string };

/** Red, Amber and Green thresholds. Any band may be missing. */
export interface BandsReading {
  kind: "bands";
  red: Band | null;
  amber: Band | null;
  green: Band | null;
  /** Contradictions with the polarity, overlaps, gaps, unreadable band text. Warnings, not failures. */
  warnings: string[];
}

/** How far from target still counts as near target (amber). */
/**
 * How far from target counts as near target (amber): a share of the target, or points. `green`, in the same
 * unit, is how far short of target still counts as on target (a council's "green is within 5% of target").
 */
export type Tolerance =
  { kind: "relative"; fraction: number; green?: number } | { kind: "points"; points: number; green?: number };

export interface StatusResult {
  status: Status;
  /** One line a person can read: "10.1% against a target of 7% (lower is better): 3.1 points over, off target". */
  reason: string;
  /** Signed relative distance from target: positive is better than target, whatever the polarity. Null when not measurable. */
  variance: number | null;
  /** The target judged against when it is not the cell's figure: "365.5 (731 profiled to period 2 of 4)". */
  profiledTarget?: string;
}

export interface DirectionResult {
  direction: Direction;
  movement: Movement;
  reason: string;
}
