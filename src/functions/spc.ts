/**
 * The logic behind =KPI.VARIATION, =KPI.ASSURANCE and =KPI.LIMITS, free of the CustomFunctions global.
 * A history is one row of cells, oldest first (a single column is one history read downwards); a block
 * of several rows is one history per row, so one formula spills a column of answers.
 */
import { polarityOfCell, isProblem, targetOfCell, type Scalar } from "../domain/judging/cell-judgement";
import { assessSpc, ASSURANCE_WORDS, VARIATION_WORDS, type SpcResult } from "../domain/judging/spc";
import { pointsOfCells } from "../domain/judging/spc/cells";
import { targetFigure } from "../domain/judging/spc/target";
import type { Polarity, TargetReading } from "../domain/judging/types";
import { isKpiError as isError, matrix as cellMatrix, type Arg, type KpiError, type Out } from "./kpi";
import { plainOf } from "./arguments";

const fail = (message: string): KpiError => ({ kpiError: "value", message });
const blank = (x: Scalar | undefined) => x === undefined || x === null || (typeof x === "string" && x.trim() === "");

/** The argument's cells as bare values: a formatted number (a data-type value) as its number, an error as its code. */
const matrix = (arg: Arg): Scalar[][] => cellMatrix(arg).map((row) => row.map(plainOf));

/** The histories in a range: each row, or the one column read downwards. */
export function histories(range: Arg): Scalar[][] {
  const m = matrix(range);
  const columns = m[0]?.length ?? 1;
  return m.length > 1 && columns === 1 ? [m.map((r) => r[0] ?? null)] : m;
}

/** An argument per history: one cell for all of them, or a column with one cell per row. */
function perHistory(arg: Arg, count: number, name: string): Scalar[] | KpiError {
  const cells = matrix(arg).flat();
  if (cells.length === 1) return Array.from({ length: count }, () => cells[0] ?? null);
  if (cells.length === count) return cells;
  return fail(`${name}: give one cell, or one per row of the range (${count}), not ${cells.length}`);
}

type Style = "word" | "icon" | "reason";
function styleOf(x: Scalar | undefined): Style | KpiError {
  if (blank(x)) return "word";
  const s = String(x).trim().toLowerCase();
  return s === "word" || s === "icon" || s === "reason"
    ? s
    : fail(`style: use "word", "icon" or "reason", not "${String(x)}"`);
}

function judged(row: Scalar[], polarity: Polarity, target: number | null): SpcResult & { gaps: number } {
  const { points, gaps } = pointsOfCells(row);
  return { ...assessSpc({ points, polarity, target }), gaps };
}

export function variation(range: Arg, polarity: Arg, style: Arg): Out[][] {
  const rows = histories(range);
  const pols = perHistory(polarity, rows.length, "polarity");
  if (isError(pols)) return [[pols]];
  const st = styleOf(matrix(style)[0]?.[0]);
  if (isError(st)) return [[st]];
  return rows.map((row, i) => {
    const p = polarityOfCell(pols[i] ?? null);
    if (isProblem(p)) return [fail(p.problem)];
    const r = judged(row, p, null);
    if (st === "reason") return [r.variationReason];
    if (st === "icon") return [r.icons.variation];
    return [
      r.variation === "not-enough-data"
        ? `Not enough data (${r.points} of ${r.minimum} points)`
        : VARIATION_WORDS[r.variation],
    ];
  });
}

export function assurance(range: Arg, target: Arg, polarity: Arg, style: Arg): Out[][] {
  const rows = histories(range);
  const targets = perHistory(target, rows.length, "target");
  if (isError(targets)) return [[targets]];
  const pols = perHistory(polarity, rows.length, "polarity");
  if (isError(pols)) return [[pols]];
  const st = styleOf(matrix(style)[0]?.[0]);
  if (isError(st)) return [[st]];
  return rows.map((row, i) => {
    const t = targetOfCell(targets[i] ?? null);
    if (isProblem(t)) return [fail(t.problem)];
    const p = polarityOfCell(pols[i] ?? null, t as TargetReading);
    if (isProblem(p)) return [fail(p.problem)];
    const r = judged(row, p, targetFigure(t));
    if (st === "reason") return [r.assuranceReason];
    if (st === "icon") return [r.icons.assurance];
    return [
      r.assurance === "not-enough-data"
        ? `Not enough data (${r.points} of ${r.minimum} points)`
        : ASSURANCE_WORDS[r.assurance],
    ];
  });
}

export function limits(range: Arg): Out[][] {
  return histories(range).map((row) => {
    const r = judged(row, "high", null);
    if (r.limits === null) {
      const na: KpiError = { kpiError: "na", message: r.variationReason };
      return [na, na, na];
    }
    return [r.limits.mean, r.limits.lower, r.limits.upper];
  });
}
