/** Health checks: what an officer should fix before publishing. Listed, never "fixed". */
import type { MeasureAssessment } from "../assessment/types";
import type { NumberReading, Unit } from "../judging/types";
import { DOT_ARROWS, STATUS_SYMBOLS } from "../judging";
import { normaliseFrequency } from "./frequency";

export const CHECK_KINDS = [
  "missing-monthly-value",
  "unreadable-value",
  "unreadable-target",
  "band-problem",
  "recorded-differs",
  "recorded-unrecognised",
  "unit-mismatch",
  "duplicate-ref",
  "polarity-assumed",
  "override",
  "override-expires",
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export interface Check {
  kind: CheckKind;
  sheet: string;
  row: number;
  ref: string | null;
  message: string;
}

/**
 * Where the tables are, so that a ref used twice in one table can be told from one reused by another table
 * (a ScorecardTable fits). Without it, each sheet counts as one table.
 */
export interface LayoutInfo {
  tables: { sheet: string; measures: { row: number }[] }[];
}

const isPercent = (u: Unit) => u === "percent";

/** The number a target sets: its threshold, or the Green band's. */
function targetNumber(m: MeasureAssessment): NumberReading | null {
  const t = m.target;
  if (t.kind === "plain" || t.kind === "comparator") return t.threshold;
  if (t.kind === "bands" && t.green !== null) return t.green.kind === "range" ? t.green.low : t.green.threshold;
  return null;
}

/** "8.7%" against "90": a percent judged against a plain number (or the other way round) is likely a typo. */
function unitClash(m: MeasureAssessment): string | null {
  const value = m.current?.reading;
  const target = targetNumber(m);
  if (value?.kind !== "number" || target === null) return null;
  const a = isPercent(value.unit);
  const b = isPercent(target.unit);
  if (a === b) return null;
  const what = (p: boolean) => (p ? "a percentage" : "not a percentage");
  return `the value ${value.text} is ${what(a)} but the target ${target.text} is ${what(b)}`;
}

function missingMonthly(m: MeasureAssessment): string | null {
  if (normaliseFrequency(m.frequency) !== "monthly") return null;
  if (m.current === null) return "monthly measure with no figure for the current period";
  if (m.current.reading.kind !== "missing") return null;
  const said = m.current.reading.text.trim();
  return `monthly measure with no figure for ${m.current.label}${said === "" ? "" : ` (the cell says "${said}")`}`;
}

function tableIndex(layout: LayoutInfo | undefined): (m: MeasureAssessment) => string {
  if (layout === undefined) return (m) => m.sheet;
  const byRow = new Map<string, string>();
  layout.tables.forEach((t, i) => {
    for (const r of t.measures) byRow.set(`${t.sheet}\u0000${r.row}`, `${t.sheet}\u0000#${i}`);
  });
  return (m) => byRow.get(`${m.sheet}\u0000${m.row}`) ?? m.sheet;
}

const refKey = (ref: string) => ref.replace(/\s+/g, "").toLowerCase();

function duplicateRefs(measures: MeasureAssessment[], layout: LayoutInfo | undefined): Map<MeasureAssessment, string> {
  const table = tableIndex(layout);
  const firstByRef = new Map<string, MeasureAssessment>();
  const out = new Map<MeasureAssessment, string>();
  for (const m of measures) {
    if (m.ref === null || refKey(m.ref) === "") continue;
    const first = firstByRef.get(refKey(m.ref));
    if (first === undefined) {
      firstByRef.set(refKey(m.ref), m);
      continue;
    }
    const ref = m.ref.trim();
    if (first.sheet !== m.sheet) out.set(m, `ref ${ref} is also used on sheet "${first.sheet}", row ${first.row}`);
    else if (table(first) === table(m)) out.set(m, `ref ${ref} is also used on row ${first.row} of this table`);
    else out.set(m, `ref ${ref} is also used on row ${first.row}, in another table on this sheet`);
  }
  return out;
}

/**
 * A recorded status or direction of travel that the engine would not have given. One rule for every face:
 * the pane's "Differs from recorded" and the Checks sheet count the same measures.
 */
export function differsFromRecorded(m: MeasureAssessment): boolean {
  return (
    (m.recordedStatus !== null && m.recordedStatus !== m.status) || (m.recordedDot !== null && m.recordedDot !== m.dot)
  );
}

function differsMessage(m: MeasureAssessment): string {
  const parts: string[] = [];
  if (m.recordedStatus !== null && m.recordedStatus !== m.status) {
    parts.push(
      `recorded ${STATUS_SYMBOLS[m.recordedStatus]} (${m.recordedStatus}) but computed ${STATUS_SYMBOLS[m.status]} (${m.status}): ${m.reason}`,
    );
  }
  if (m.recordedDot !== null && m.recordedDot !== m.dot) {
    parts.push(
      `direction recorded ${DOT_ARROWS[m.recordedDot]} (${m.recordedDot}) but computed ${DOT_ARROWS[m.dot]} (${m.dot}): ${m.dotReason}`,
    );
  }
  return parts.join("; ");
}

/** Every check, in sheet order, one entry per problem found (one per measure for a recorded judgement that differs). */
export function runHealthChecks(measures: MeasureAssessment[], layoutInfo?: LayoutInfo): Check[] {
  const checks: Check[] = [];
  const add = (m: MeasureAssessment, kind: CheckKind, message: string) =>
    checks.push({ kind, sheet: m.sheet, row: m.row, ref: m.ref, message });
  const duplicates = duplicateRefs(measures, layoutInfo);
  for (const m of measures) {
    const missing = missingMonthly(m);
    if (missing !== null) add(m, "missing-monthly-value", missing);
    // A figure written in words ("Increase of 43%") is judged as not available; the officer should write the figure.
    const reading = m.current?.reading;
    if (m.current !== null && reading?.kind === "unreadable")
      add(
        m,
        "unreadable-value",
        `the ${m.current.label} figure "${reading.text}" could not be read: ${reading.reason}`,
      );
    if (m.target.kind === "unreadable")
      add(m, "unreadable-target", `target "${m.target.text}" could not be read: ${m.target.reason}`);
    if (m.target.kind === "bands") for (const w of m.target.warnings) add(m, "band-problem", w);
    if (differsFromRecorded(m)) add(m, "recorded-differs", differsMessage(m));
    if (m.recordedStatus === null && m.recordedStatusText !== null && m.recordedStatusText.trim() !== "") {
      add(m, "recorded-unrecognised", `recorded status "${m.recordedStatusText}" is not a symbol of the key`);
    }
    const clash = unitClash(m);
    if (clash !== null) add(m, "unit-mismatch", clash);
    if (m.polarityBasis === "assumed") {
      add(
        m,
        "polarity-assumed",
        "no good direction given (no polarity column, comparator or plainly lower-is-better wording): judged as higher is better; give its Good performance",
      );
    }
    // An override counts before anything else, so it is listed every period it applies, with its reason.
    if (m.override?.expiresNext === true)
      add(
        m,
        "override-expires",
        `Override on ${m.ref ?? m.measure} (${m.override.reason}) expires at ${m.override.until}: the computed status returns then`,
      );
    else if (m.override !== undefined)
      add(
        m,
        "override",
        `status set by hand: ${STATUS_SYMBOLS[m.override.status]} (${m.override.status}), "${m.override.reason}", until ${m.override.until}; computed ${STATUS_SYMBOLS[m.status]} (${m.status})`,
      );
    const duplicate = duplicates.get(m);
    if (duplicate !== undefined) add(m, "duplicate-ref", duplicate);
  }
  return checks;
}
