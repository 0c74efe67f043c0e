/** Health checks: what an officer should fix before publishing. Listed, never "fixed". */
import type { MeasureAssessment } from "../assessment-types";
import { STATUS_SYMBOLS } from "../symbols";
import { normaliseFrequency } from "./frequency";

export type CheckKind =
  | "missing-monthly-value"
  | "unreadable-target"
  | "band-problem"
  | "recorded-differs"
  | "recorded-unrecognised"
  | "unit-mismatch"
  | "duplicate-ref";

export interface Check {
  kind: CheckKind;
  sheet: string;
  row: number;
  ref: string | null;
  message: string;
}

function unitClash(m: MeasureAssessment): string | null {
  const value = m.current?.reading;
  const t = m.target;
  if (value?.kind !== "number" || (t.kind !== "plain" && t.kind !== "comparator")) return null;
  const a = value.unit === "percent";
  const b = t.threshold.unit === "percent";
  if (a === b) return null;
  return `the value ${value.text} is ${a ? "a percentage" : "not a percentage"} but the target ${t.text} is ${b ? "a percentage" : "not a percentage"}`;
}

export function runHealthChecks(measures: MeasureAssessment[]): Check[] {
  const checks: Check[] = [];
  const add = (m: MeasureAssessment, kind: CheckKind, message: string) => checks.push({ kind, sheet: m.sheet, row: m.row, ref: m.ref, message });
  const seen = new Map<string, MeasureAssessment>();
  for (const m of measures) {
    if (normaliseFrequency(m.frequency) === "monthly" && (m.current === null || m.current.reading.kind === "missing")) {
      add(m, "missing-monthly-value", `monthly measure with no figure for ${m.current?.label ?? "the current period"}`);
    }
    if (m.target.kind === "unreadable") add(m, "unreadable-target", `target "${m.target.text}" could not be read: ${m.target.reason}`);
    if (m.target.kind === "bands") for (const w of m.target.warnings) add(m, "band-problem", w);
    if (m.recordedStatus !== null && m.recordedStatus !== m.status) {
      add(m, "recorded-differs", `recorded ${STATUS_SYMBOLS[m.recordedStatus]} (${m.recordedStatus}) but computed ${STATUS_SYMBOLS[m.status]} (${m.status}): ${m.reason}`);
    }
    if (m.recordedStatus === null && m.recordedStatusText !== null) {
      add(m, "recorded-unrecognised", `recorded status "${m.recordedStatusText}" is not a symbol of the key`);
    }
    const clash = unitClash(m);
    if (clash !== null) add(m, "unit-mismatch", clash);
    if (m.ref !== null) {
      const key = `${m.sheet}\u0000${m.ref.toLowerCase()}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, m);
      else add(m, "duplicate-ref", `ref ${m.ref} is also used on row ${first.row}`);
    }
  }
  return checks;
}
