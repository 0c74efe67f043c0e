/**
 * Judging from raw cell values, as the =KPI.* functions receive them (a number without its format, text,
 * TRUE/FALSE or blank): the functions' semantics, kept in the domain so that write-back can tell whether a
 * live formula would agree with the engine's judgement of the measure.
 */
import { assessDirection, parseTolerance, readPolarity, readTarget, readValue } from "./index";
import { judgeStatus } from "./status";
import type { DirectionResult, Polarity, StatusResult, TargetReading, Tolerance, ValueReading } from "./types";

export type Scalar = string | number | boolean | null;

/** An argument that cannot be read: the function gives #VALUE! with this message. */
export interface CellProblem {
  problem: string;
}

export const isProblem = (x: unknown): x is CellProblem => typeof x === "object" && x !== null && "problem" in x;
const problem = (message: string): CellProblem => ({ problem: message });

const blank = (x: Scalar) => x === null || (typeof x === "string" && x.trim() === "");

/** Polarity as written; left out, a comparator target (<8%) says which way is good, otherwise higher is better. */
export function polarityOfCell(x: Scalar, target?: TargetReading): Polarity | CellProblem {
  if (blank(x)) {
    if (target?.kind === "comparator") return target.comparator.startsWith("<") ? "low" : "high";
    return "high";
  }
  const p = readPolarity(String(x));
  return p.recognised ? p.polarity : problem(`polarity: cannot read "${String(x)}": use "high", "low" or "none"`);
}

export function toleranceOfCell(x: Scalar): Tolerance | CellProblem {
  if (blank(x)) return { kind: "relative", fraction: 0.05 };
  const t = parseTolerance(typeof x === "boolean" ? String(x) : x);
  return t.ok ? t.tolerance : problem(`tolerance: cannot read "${String(x)}": ${t.reason}`);
}

export function valueOfCell(x: Scalar, name: string): ValueReading | CellProblem {
  const v = readValue(x);
  return v.kind === "unreadable" ? problem(`${name}: cannot read "${v.text}": ${v.reason}`) : v;
}

export function targetOfCell(x: Scalar): TargetReading | CellProblem {
  const t = readTarget(x);
  return t.kind === "unreadable" ? problem(`target: cannot read "${t.text}": ${t.reason}`) : t;
}

/** =KPI.STATUS's judgement: read value, target, polarity and tolerance, and judge; or the first argument that could not be read. */
export function judgeCells(value: Scalar, target: Scalar, polarity: Scalar, tolerance: Scalar): StatusResult | CellProblem {
  const t = targetOfCell(target);
  if (isProblem(t)) return t;
  const v = valueOfCell(value, "value");
  if (isProblem(v)) return v;
  const p = polarityOfCell(polarity, t);
  if (isProblem(p)) return p;
  const tol = toleranceOfCell(tolerance);
  if (isProblem(tol)) return tol;
  // Every argument was read above, where it entered: the engine checks nothing again.
  return judgeStatus(v, t, p, { tolerance: tol });
}

/** =KPI.DOT's judgement from two raw values and a polarity. */
export function directionOfCells(current: Scalar, previous: Scalar, polarity: Scalar): DirectionResult | CellProblem {
  const pol = polarityOfCell(polarity);
  if (isProblem(pol)) return pol;
  const a = valueOfCell(current, "current");
  if (isProblem(a)) return a;
  const b = valueOfCell(previous, "previous");
  if (isProblem(b)) return b;
  return assessDirection(a, b, pol);
}
