/** The report sheet to write, planned from the judged scorecard with the officer's choices. */
import type { ReportKind, SheetPlan } from "../../domain/plan/workbook-plan";
import { withOwnerTitle } from "../../domain/plan/workbook-plan";
import { planReports } from "../../domain/reports";
import { scoredReportMeta, type ScoreResult } from "../../domain/pipeline";
import type { PaneOptions } from "../scorecard/options";

export { REPORT_KINDS } from "../../domain/choices";

export const REPORT_NAMES: Record<ReportKind, string> = {
  summary: "Summary",
  exceptions: "Exceptions",
  checks: "Checks",
};

/** The report sheet to write, with the owner's title in A1 so it is refreshed in place next time. */
export function planReportSheet(
  result: ScoreResult,
  kind: ReportKind,
  options: PaneOptions,
  generatedAt: string,
): SheetPlan {
  const meta = scoredReportMeta(result.tables, {
    basis: options.basis,
    worsening: options.worsening,
    detect: { compare: options.compare },
    generatedAt,
  });
  const [sheet] = planReports(result.measures, meta, [kind]);
  if (sheet === undefined) throw new Error(`no ${kind} report planned`);
  return withOwnerTitle(sheet);
}

/** "2026-11-24 19:40", local time, as the report sheets show it. */
export function stamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
