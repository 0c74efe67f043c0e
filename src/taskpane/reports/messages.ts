/** The Reports step's messages: a report written and opened, or why it could not be. */
import type { ReportKind } from "../../domain/plan/workbook-plan";
import { failure, type PaneMessage } from "../message";
import { REPORT_NAMES } from "./report-sheet";

export const reportReady = (kind: ReportKind, name: string): PaneMessage => ({
  intent: "success",
  title: `${REPORT_NAMES[kind]} ready`,
  text: `Written to sheet "${name}", which is now open.`,
});

export const reportFailed = (kind: ReportKind, err: unknown): PaneMessage =>
  failure(`Could not write the ${REPORT_NAMES[kind]} sheet`, err);

/** All three written: their sheets named, and the last written, which Excel now shows. */
export function allReportsReady(names: Partial<Record<ReportKind, string>>): PaneMessage {
  const sheets = Object.values(names).map((n) => `"${n}"`);
  const last = sheets.at(-1) ?? "";
  const list = sheets.length > 1 ? `${sheets.slice(0, -1).join(", ")} and ${last}` : last;
  return { intent: "success", title: "Reports ready", text: `Written to sheets ${list}; ${last} is open.` };
}
