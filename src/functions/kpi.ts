/**
 * The logic behind the =KPI.* functions, free of the CustomFunctions global so it can be tested directly.
 * Every argument may be a single cell or a range; ranges broadcast against single cells, and the
 * result has the shape of the ranges, so one formula spills a whole column.
 */
import {
  judgeStatus,
  DOT_ARROWS,
  DOT_WORDS,
  profileTarget,
  RAG_WORDS,
  readBands,
  readValue,
  STATUS_SYMBOLS,
  VALUE_ARROWS,
  variance,
  type Polarity,
  type StatusResult,
  type TargetReading,
  type ValueReading,
} from "../domain/judging";
import {
  directionOfCells,
  isProblem,
  judgeCells,
  polarityOfCell,
  targetOfCell,
  valueOfCell,
  type Cell,
  type CellProblem,
  type Scalar,
} from "../domain/judging/cell-judgement";
import { plainOf, readArgument } from "./arguments";

/** An error for one cell: #VALUE! for an unreadable argument, #N/A for a value that is not there. */
export interface KpiError {
  kpiError: "value" | "na";
  message: string;
}
export type { Cell, Scalar };
export type Out = string | number | KpiError;
/** One cell or a range, as Excel passes it: bare values, or data-type values (see arguments.ts). */
export type Arg = unknown;

export const isKpiError = (x: unknown): x is KpiError => typeof x === "object" && x !== null && "kpiError" in x;
const fail = (message: string): KpiError => ({ kpiError: "value", message });

const isObject = (x: unknown) => typeof x === "object" && x !== null;

/** Normalise an argument to a matrix of cells: Excel passes null for an omitted optional one. */
export function matrix(arg: Arg): Cell[][] {
  if (arg === undefined || arg === null) return [[null]];
  if (!Array.isArray(arg)) return [[readArgument(arg)]];
  if (arg.length === 0) return [[null]];
  const rows = arg as unknown[];
  // Most ranges hold bare values only: read data-type values where there are any.
  if (rows.every((row) => Array.isArray(row) && !row.some(isObject))) return rows as Scalar[][];
  return rows.map((row) => (Array.isArray(row) ? row.map(readArgument) : [readArgument(row)]));
}

/** Apply `f` cell by cell over arguments that are single cells or ranges of one shape. */
export function broadcast(names: string[], args: Arg[], f: (cells: Cell[]) => Out): Out[][] {
  const ms = args.map(matrix);
  let rows = 1;
  let cols = 1;
  for (const m of ms) {
    const r = m.length;
    const c = m[0]?.length ?? 1;
    if (r * c === 1) continue;
    if (rows * cols === 1) {
      rows = r;
      cols = c;
    } else if (r !== rows || c !== cols) {
      const sizes = ms.map((x, i) => `${names[i] ?? "?"} ${x.length}×${x[0]?.length ?? 1}`).join(", ");
      return [[fail(`the ranges differ in size (${sizes}): give single cells or ranges of one size`)]];
    }
  }
  const out: Out[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: Out[] = [];
    for (let c = 0; c < cols; c++) {
      row.push(
        f(ms.map((m) => (m.length === 1 && (m[0]?.length ?? 1) === 1 ? (m[0]?.[0] ?? null) : (m[r]?.[c] ?? null)))),
      );
    }
    out.push(row);
  }
  return out;
}

const blank = (x: Cell) => x === null || (typeof x === "string" && x.trim() === "");

/** A domain problem (an argument that cannot be read) as the function's #VALUE! error. */
function asError<T>(x: T | CellProblem): T | KpiError {
  return isProblem(x) ? fail(x.problem) : x;
}

export function polarityArg(x: Cell, target?: TargetReading): Polarity | KpiError {
  return asError(polarityOfCell(plainOf(x), target));
}

function valueArg(x: Cell, name: string): ValueReading | KpiError {
  return asError(valueOfCell(x, name));
}

function targetArg(x: Cell): TargetReading | KpiError {
  return asError(targetOfCell(x));
}

/** Read value, target, polarity and tolerance, and judge; or the first argument that could not be read. */
export function judge(value: Cell, target: Cell, polarity: Cell, tolerance: Cell): StatusResult | KpiError {
  return asError(judgeCells(value, target, plainOf(polarity), plainOf(tolerance)));
}

export function rag(value: Arg, target: Arg, polarity: Arg, tolerance: Arg): Out[][] {
  return broadcast(
    ["value", "target", "polarity", "tolerance"],
    [value, target, polarity, tolerance],
    ([v, t, p, tol]) => {
      const r = judge(v ?? null, t ?? null, p ?? null, tol ?? null);
      return isKpiError(r) ? r : RAG_WORDS[r.status];
    },
  );
}

export function status(value: Arg, target: Arg, polarity: Arg, tolerance: Arg): Out[][] {
  return broadcast(
    ["value", "target", "polarity", "tolerance"],
    [value, target, polarity, tolerance],
    ([v, t, p, tol]) => {
      const r = judge(v ?? null, t ?? null, p ?? null, tol ?? null);
      return isKpiError(r) ? r : STATUS_SYMBOLS[r.status];
    },
  );
}

export function reason(value: Arg, target: Arg, polarity: Arg, tolerance: Arg): Out[][] {
  return broadcast(
    ["value", "target", "polarity", "tolerance"],
    [value, target, polarity, tolerance],
    ([v, t, p, tol]) => {
      const r = judge(v ?? null, t ?? null, p ?? null, tol ?? null);
      return isKpiError(r) ? r : r.reason;
    },
  );
}

export function ragBands(value: Arg, red: Arg, amber: Arg, green: Arg, polarity: Arg): Out[][] {
  return broadcast(
    ["value", "red", "amber", "green", "polarity"],
    [value, red, amber, green, polarity],
    ([v, r, a, g, p]) => {
      const pol = polarityArg(p ?? null);
      if (isKpiError(pol)) return pol;
      const val = valueArg(v ?? null, "value");
      if (isKpiError(val)) return val;
      const bands = readBands(r ?? null, a ?? null, g ?? null, pol);
      if (bands.red === null && bands.amber === null && bands.green === null) {
        return fail(`bands: none could be read${bands.warnings.length > 0 ? ` (${bands.warnings.join("; ")})` : ""}`);
      }
      return RAG_WORDS[judgeStatus(val, bands, pol, {}).status];
    },
  );
}

export function dot(current: Arg, previous: Arg, polarity: Arg, style: Arg): Out[][] {
  return broadcast(
    ["current", "previous", "polarity", "style"],
    [current, previous, polarity, style],
    ([c, pr, p, s]) => {
      const pol = polarityArg(p ?? null);
      if (isKpiError(pol)) return pol;
      const style_ = plainOf(s ?? null);
      const st = blank(style_) ? "arrow" : String(style_).trim().toLowerCase();
      if (st !== "arrow" && st !== "word" && st !== "value")
        return fail(`style: use "arrow", "word" or "value", not "${String(style_)}"`);
      const d = asError(directionOfCells(c ?? null, pr ?? null, plainOf(p ?? null)));
      if (isKpiError(d)) return d;
      if (st === "word") return DOT_WORDS[d.direction];
      if (st === "value") return VALUE_ARROWS[d.movement];
      return DOT_ARROWS[d.direction];
    },
  );
}

export function value(cell: Arg): Out[][] {
  return broadcast(["cell"], [cell], ([x]) => {
    const v = readValue(x ?? null);
    if (v.kind === "number") return v.value;
    if (v.kind === "parts")
      return { kpiError: "na", message: `"${v.text}" has ${v.parts.length} parts: use one part per cell` };
    return { kpiError: "na", message: v.reason };
  });
}

export function varianceOf(valueArg_: Arg, target: Arg, polarity: Arg): Out[][] {
  return broadcast(["value", "target", "polarity"], [valueArg_, target, polarity], ([v, t, p]) => {
    const tr = targetArg(t ?? null);
    if (isKpiError(tr)) return tr;
    const val = valueArg(v ?? null, "value");
    if (isKpiError(val)) return val;
    const pol = polarityArg(p ?? null, tr);
    if (isKpiError(pol)) return pol;
    const result = variance(val, tr, pol);
    return result === null
      ? { kpiError: "na", message: "no variance: the value or target is not a single figure" }
      : result;
  });
}

export function profile(annual: Arg, elapsed: Arg, inYear: Arg, shape: Arg): Out[][] {
  const weights =
    shape === null || shape === undefined
      ? undefined
      : matrix(shape)
          .flat()
          .map(plainOf)
          .filter((x) => !blank(x));
  if (weights !== undefined && weights.some((w) => typeof w !== "number" || !(w >= 0))) {
    return [[fail("profile: give a range of numbers, e.g. 85, 65, 65, 65")]];
  }
  return broadcast(["annualTarget", "periodsElapsed", "periodsInYear"], [annual, elapsed, inYear], ([a, e_, y_]) => {
    const t = readValue(a ?? null);
    if (t.kind !== "number") return fail(`annualTarget: cannot read "${String(plainOf(a ?? null))}"`);
    const e = plainOf(e_ ?? null);
    const y = plainOf(y_ ?? null);
    if (typeof e !== "number" || !Number.isInteger(e) || e < 0)
      return fail("periodsElapsed: give a whole number, 0 or more");
    if (typeof y !== "number" || !Number.isInteger(y) || y < 1)
      return fail("periodsInYear: give a whole number, 1 or more");
    if (weights !== undefined && weights.length !== y)
      return fail(`profile: give ${y} numbers, one for each period of the year`);
    return profileTarget(t.value, e, y, weights as number[] | undefined);
  });
}
