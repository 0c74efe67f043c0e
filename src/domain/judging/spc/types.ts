/**
 * Statistical process control (XmR charts, NHS England's "Making Data Count"): the words for what the
 * engine finds. The rules follow NHSRplotthedots (R/ptd_spc_standard.R, R/ptd_calculate_point_type.R,
 * R/ptd_calculate_assurance_type.R); the README says which rule comes from where.
 */

/** One figure of a measure's history, oldest first. `source` says where it came from, so the frozen
 * history of past publishes can join the row's own period columns without changing the engine. */
export interface SpcPoint {
  label: string;
  value: number;
  source: "sheet" | "history";
}

/** NHSRplotthedots warns below 12 points (R/ptd_add_short_group_warnings.R, and its article
 * "How many points are required for robust control limits?"); fewer than that are trial limits,
 * so the engine gives no class rather than a guess. */
export const MINIMUM_POINTS = 12;

/** How the limits are worked out. No face sets these yet: one that does validates them with zod first. */
export interface SpcOptions {
  /** Fix the limits on the first n points of each group (R's `fix_after_n_points`; at least 12). */
  baseline?: number;
  /** Labels of the points where the limits are recalculated, after a sustained shift whose cause is
   * known (R's `rebase`): each starts a new group with its own mean and limits. */
  rebaseAt?: string[];
}

export const VARIATIONS = [
  "common-cause",
  "special-cause-improving",
  "special-cause-concerning",
  "special-cause-high",
  "special-cause-low",
  "not-enough-data",
] as const;
/** `special-cause-high`/`-low`: a signal on a measure with no good direction (polarity `none`). */
export type Variation = (typeof VARIATIONS)[number];

export const ASSURANCES = [
  "consistently-met",
  "consistently-missed",
  "hit-and-miss",
  "no-target",
  "not-enough-data",
] as const;
export type Assurance = (typeof ASSURANCES)[number];

/** The special-cause rules, in the order the reason names them. */
export type SpcRule = "outside-limits" | "shift" | "trend" | "two-of-three";

export interface Limits {
  mean: number;
  /** Mean of the moving ranges used (after screening out the large ones). */
  meanMovingRange: number;
  lower: number;
  upper: number;
  /** Two thirds of the way to each limit ("two sigma"), for the two-of-three rule. */
  nearLower: number;
  nearUpper: number;
  /** How many points the limits were worked out from (the fixed baseline, or the whole group). */
  baselinePoints: number;
}

export interface SpcResult {
  variation: Variation;
  assurance: Assurance;
  /** The rules that fired on the latest point (empty for common cause). */
  rules: SpcRule[];
  /** The limits that apply to the latest point, or null when there are too few points. */
  limits: Limits | null;
  /** Points judged: in the latest group (since the last recalculation). */
  points: number;
  /** The fewest points the limits need. */
  minimum: number;
  /** The icons' text: ~, H+, L− (variation); P, F, ~ (assurance). */
  icons: { variation: string; assurance: string };
  variationReason: string;
  assuranceReason: string;
}
