/**
 * The choices a person makes, in one grammar for every face: the command line (src/cli/options.ts), the
 * pane and its saved settings (./settings.ts) and the custom functions. Each face validates here, once,
 * where the input enters, and passes the validated value inward.
 */
import { parseTolerance } from "../judging/tolerance";
import type { Tolerance } from "../judging/types";
import type { CompareChoice } from "../layout/scorecard";
import { LOOKED_FOR } from "../layout";
import { REPORT_KINDS, type ReportKind } from "../plan/workbook-plan";

export { REPORT_KINDS, type ReportKind };
export { DEFAULT_TOLERANCE, describeTolerance } from "../judging/tolerance";

// ---- Tolerance: the one grammar is judging/tolerance.ts; these only ask it. ----

/** A tolerance as typed (`5%`, `2pp`, `2 points`, `0.05`), read; or why it cannot be. */
export function readToleranceText(text: string): { ok: true; tolerance: Tolerance } | { ok: false; reason: string } {
  return parseTolerance(text.trim());
}

/** Whether the text is a tolerance the engine reads. */
export function isToleranceText(text: string): boolean {
  return readToleranceText(text).ok;
}

/** Why a tolerance cannot be used, or null when it can. */
export function toleranceProblem(text: string): string | null {
  const read = readToleranceText(text);
  return read.ok ? null : `"${text}": ${read.reason}.`;
}

/** The longest tolerance text any face keeps (the grammar rejects longer). */
export const TOLERANCE_MAX_LENGTH = 40;

// ---- The comparison period ----

/** The comparison as a word or a label: `previous`, `last-year` (or `lastyear`, `same-last-year`), else a period's label. */
export function compareChoice(text: string): CompareChoice {
  const t = text.trim().toLowerCase();
  if (t === "previous") return { kind: "previous" };
  if (t === "last-year" || t === "lastyear" || t === "same-last-year") return { kind: "last-year" };
  return { kind: "label", label: text.trim() };
}

/** What the reports call the comparison: the period before, or the same period last year. */
export function comparisonKind(choice: CompareChoice | undefined): "previous" | "last-year" {
  return choice?.kind === "last-year" ? "last-year" : "previous";
}

// ---- Nothing found ----

export const NO_SCORECARD_TITLE = "No scorecard found";

/** What the pane says when nothing was found on `where` ("sheet \"Q2\"", "the selection"). */
export function noScorecardText(where: string): string {
  return `Nothing was found on ${where}. Looked for ${LOOKED_FOR}.`;
}

/** What the command line says: the same words, as one line. */
export function noScorecardLine(where: string): string {
  return `no scorecard found in ${where}: looked for ${LOOKED_FOR}`;
}
