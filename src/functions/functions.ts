/**
 * The =KPI.* custom functions: thin, synchronous wrappers over the engine. Their JSDoc generates
 * functions.json at build time (CustomFunctionsMetadataPlugin), which also appends the
 * CustomFunctions.associate calls. Each argument may be one cell or a range: ranges give a range
 * of the same shape, so one formula spills a whole column.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes cell values and ranges as any[][] */
import * as kpi from "./kpi";
import * as spc from "./spc";

/** Turn engine errors into Excel errors: #VALUE! (with the message) or #N/A. */
function toExcel(rows: kpi.Out[][]): any[][] {
  return rows.map((row) =>
    row.map((cell) => {
      if (!kpi.isKpiError(cell)) return cell;
      const CF = (globalThis as any).CustomFunctions;
      if (CF === undefined || typeof CF.Error !== "function") return cell.kpiError === "na" ? "#N/A" : "#VALUE!";
      const code = cell.kpiError === "na" ? CF.ErrorCode.notAvailable : CF.ErrorCode.invalidValue;
      return new CF.Error(code, cell.message);
    }),
  );
}

/**
 * Red, Amber or Green: is the measure on target? Also "Not applicable", "Not available" or "In development".
 * @customfunction RAG
 * @helpurl https://localhost:3000/help.html#rag
 * @param value The measure's value for the period: a number, or text such as 8.7%, 54.7% (unvalidated) or a) 74% b) 88%.
 * @param target The target: 85.0%, <8%, 58%+, 280 (Cumulative target), No target…
 * @param [polarity] Which way is good: "high" (higher is better, the default), "low", or "none" (information only).
 * @param [tolerance] How close counts as Amber: 5% of the target by default; "2pp" for points; 0 for Red/Green only; or a rule such as "green within 5%, amber within 10%".
 * @returns Green, Amber, Red, Not applicable, Not available or In development.
 */
export function rag(value: any[][], target: any[][], polarity?: any[][], tolerance?: any[][]): any[][] {
  return toExcel(kpi.rag(value, target, polarity, tolerance));
}

/**
 * Red, Amber or Green by tolerance bands, such as <84% / 84%+ / 92%+.
 * @customfunction RAGBANDS
 * @helpurl https://localhost:3000/help.html#ragbands
 * @param value The measure's value for the period.
 * @param red The Red band, e.g. <84% or 16%+.
 * @param amber The Amber band, e.g. 84%+ or 50-70%. Leave empty if there is none.
 * @param green The Green band (the target), e.g. 92%+ or <8%.
 * @param [polarity] Which way is good: "high" (default), "low" or "none".
 * @returns Green, Amber, Red, Not applicable, Not available or In development.
 */
export function ragbands(value: any[][], red: any[][], amber: any[][], green: any[][], polarity?: any[][]): any[][] {
  return toExcel(kpi.ragBands(value, red, amber, green, polarity));
}

/**
 * The council key's status symbol: ✓ on target, ● satisfactory, ✘ off target, ✱ in development, □ not applicable, ■ not available.
 * @customfunction STATUS
 * @helpurl https://localhost:3000/help.html#status
 * @param value The measure's value for the period.
 * @param target The target: 85.0%, <8%, 58%+, No target…
 * @param [polarity] Which way is good: "high" (default), "low" or "none".
 * @param [tolerance] How close counts as satisfactory: 5% of target by default, "2pp", or 0.
 * @returns One of ✓ ● ✘ ✱ □ ■.
 */
export function status(value: any[][], target: any[][], polarity?: any[][], tolerance?: any[][]): any[][] {
  return toExcel(kpi.status(value, target, polarity, tolerance));
}

/**
 * Direction of travel: has the measure improved, stayed stable or got worse since the previous period?
 * @customfunction DOT
 * @helpurl https://localhost:3000/help.html#dot
 * @param current This period's value.
 * @param previous The comparison period's value (previous period, or the same period last year).
 * @param [polarity] Which way is good: "high" (default), "low" or "none".
 * @param [style] "arrow" (↑ → ↓ –, the default), "word" (Improved, Stable, Worse) or "value" (the arrow follows the number).
 * @returns An arrow or a word.
 */
export function dot(current: any[][], previous: any[][], polarity?: any[][], style?: any[][]): any[][] {
  return toExcel(kpi.dot(current, previous, polarity, style));
}

/**
 * The number in a messy cell: 54.7% (unvalidated) gives 0.547, £6.8m gives 6800000.
 * @customfunction VALUE
 * @helpurl https://localhost:3000/help.html#value
 * @param cell A cell or range of values as officers typed them.
 * @returns The number, or #N/A with the reason when there is none.
 */
export function value(cell: any[][]): any[][] {
  return toExcel(kpi.value(cell));
}

/**
 * How far from target, relative: positive is better than target and negative worse, whatever the polarity.
 * @customfunction VARIANCE
 * @helpurl https://localhost:3000/help.html#variance
 * @param value The measure's value for the period.
 * @param target The target.
 * @param [polarity] Which way is good: "high" (default), "low" or "none".
 * @returns A fraction: 0.05 is 5% better than target.
 */
export function variance(value: any[][], target: any[][], polarity?: any[][]): any[][] {
  return toExcel(kpi.varianceOf(value, target, polarity));
}

/**
 * The year-to-date share of a cumulative annual target: 280 at quarter 1 of 4 is 70.
 * @customfunction PROFILE
 * @helpurl https://localhost:3000/help.html#profile
 * @param annualTarget The target for the whole year.
 * @param periodsElapsed Periods of the year so far (1 at the end of quarter 1).
 * @param periodsInYear Periods in the year: 4 for quarters, 12 for months.
 * @param [profile] Optional weights for each period, e.g. 85, 65, 65, 65; flat when omitted.
 * @returns The target to date.
 */
export function profile(
  annualTarget: any[][],
  periodsElapsed: any[][],
  periodsInYear: any[][],
  profile?: any[][],
): any[][] {
  return toExcel(kpi.profile(annualTarget, periodsElapsed, periodsInYear, profile));
}

/**
 * Why a measure has its status, in one line: "10.1% against a target of 7% (lower is better): 3.1 points over, off target".
 * @customfunction REASON
 * @helpurl https://localhost:3000/help.html#reason
 * @param value The measure's value for the period.
 * @param target The target.
 * @param [polarity] Which way is good: "high" (default), "low" or "none".
 * @param [tolerance] How close counts as satisfactory: 5% of target by default, "2pp", or 0.
 * @returns The reason.
 */
export function reason(value: any[][], target: any[][], polarity?: any[][], tolerance?: any[][]): any[][] {
  return toExcel(kpi.reason(value, target, polarity, tolerance));
}

/**
 * Signal or noise (Making Data Count's XmR chart): is the latest figure common-cause variation or a special cause?
 * @customfunction VARIATION
 * @helpurl https://localhost:3000/help.html#variation
 * @param range A measure's figures, oldest first, in a row (at least 12); a block gives one answer per row.
 * @param [polarity] Which way is good: "high" (default), "low" or "none"; one cell, or one per row.
 * @param [style] "word" (Common cause, Special cause improving, Special cause concerning; the default), "icon" (~, H+, L−…) or "reason".
 * @returns The variation class, or "Not enough data (8 of 12 points)".
 */
export function variation(range: any[][], polarity?: any[][], style?: any[][]): any[][] {
  return toExcel(spc.variation(range, polarity, style));
}

/**
 * Will the target be met? Consistently met, consistently missed, or hit and miss, from where the target sits against the process limits.
 * @customfunction ASSURANCE
 * @helpurl https://localhost:3000/help.html#assurance
 * @param range A measure's figures, oldest first, in a row (at least 12); a block gives one answer per row.
 * @param target The target: 85%, <8%, 90; one cell, or one per row.
 * @param [polarity] Which way is good: "high" or "low"; left out, a comparator target (<8%) says, otherwise higher is better.
 * @param [style] "word" (the default), "icon" (P, F, ~) or "reason".
 * @returns The assurance class, or "Not enough data (8 of 12 points)".
 */
export function assurance(range: any[][], target: any[][], polarity?: any[][], style?: any[][]): any[][] {
  return toExcel(spc.assurance(range, target, polarity, style));
}

/**
 * The process limits of a measure's figures: mean, lower limit and upper limit (mean ± 2.66 × the mean moving range).
 * @customfunction LIMITS
 * @helpurl https://localhost:3000/help.html#limits
 * @param range A measure's figures, oldest first, in a row (at least 12); a block gives one row of limits per row.
 * @returns Three cells: mean, lower and upper limit; #N/A when there are fewer than 12 figures.
 */
export function limits(range: any[][]): any[][] {
  return toExcel(spc.limits(range));
}
