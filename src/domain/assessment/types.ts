/** Each measure as judged: what was read, what was computed, what the officer recorded. */
import type { MeasureSpc } from "./spc-view";
import type { TrendPoint } from "./trend";

export type { TrendPoint };
import type { PolarityBasis } from "../judging/polarity";
import type {
  BandsReading,
  Direction,
  Movement,
  Polarity,
  Status,
  TargetReading,
  ValueReading,
} from "../judging/types";

export interface PeriodValue {
  label: string;
  column: number;
  /** The cell text as shown. */
  raw: string;
  reading: ValueReading;
  /** How the figure was picked out of words around it ("read as the Q2 figure of …"), when it was. */
  note?: string;
}

export interface MeasureAssessment {
  sheet: string;
  row: number;
  ref: string | null;
  measure: string;
  group: string | null;
  leadOfficer: string | null;
  frequency: string | null;
  notes: string | null;
  /** Title says "(Priority measure)", or a column flags it. */
  priority: boolean;
  polarity: Polarity;
  polarityText: string;
  /**
   * Where the polarity of a judged measure came from: its column ("given"), its target's comparator, its
   * wording (the lower-is-better lexicon), or nothing ("assumed", higher is better: a health check).
   */
  polarityBasis: PolarityBasis;
  targetText: string;
  target: TargetReading | BandsReading;
  current: PeriodValue | null;
  comparison: PeriodValue | null;
  status: Status;
  reason: string;
  /** Status computed for the comparison period from its own values (for "compared to … last quarter"). */
  comparisonStatus: Status;
  recordedStatus: Status | null;
  /** The recorded status cell's text, as the officer typed it. */
  recordedStatusText: string | null;
  dot: Direction;
  movement: Movement;
  dotReason: string;
  recordedDot: Direction | null;
  recordedDotText: string | null;
  variance: number | null;
  /** Signal or noise: the measure's history through an XmR chart, beside (never instead of) the DOT. */
  spc: MeasureSpc;
  /** The figures of the current period's kind up to it, oldest first, null where unreadable: the sparklines. */
  trend: TrendPoint[];
  /**
   * What an in-year or cumulative measure was judged on when it is not the cells' figures: the year so far
   * ("379 so far this year") against the target profiled to the period. Absent when judged as the cells read.
   */
  judgedAgainst?: { value: string; target: string };
  /**
   * Quarter to quarter (set from the workbook's record by domain/ledger; absent on a first run): an officer's
   * override for this period, which counts before any recorded or computed status.
   */
  override?: MeasureOverride;
  /**
   * Whether the write leaves the status and DOT cells as they are: an officer's judgement (for this period, or
   * for a later one when an earlier period is reported). Absent: a recorded status or DOT is kept, as before.
   */
  keep?: { status: boolean; dot: boolean };
  /** Why a status or DOT in the cells was not counted for this period ("● was recorded for Q2 …"), when one was not. */
  periodNote?: string;
}

export interface MeasureOverride {
  status: Status;
  reason: string;
  /** The override applies to the periods before this one. */
  until: string;
  /** The current period is the last one it applies to: a health check says so. */
  expiresNext: boolean;
}
