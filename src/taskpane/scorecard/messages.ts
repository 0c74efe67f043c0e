/** The Scorecard step's messages: a read that failed, and why nothing can be judged on the sheet read. */
import { NO_SCORECARD_TITLE, noScorecardText } from "../../domain/choices";
import { isReportSheet } from "../../domain/pipeline";
import type { Grid } from "../../domain/sheet/grid";
import { failure, type PaneMessage } from "../message";
import type { Scope } from "./options";

/** Damaged settings fell back to detection: said until the next read. */
export const settingsIgnored = (warning: string): PaneMessage => ({
  intent: "warning",
  title: "Saved settings ignored",
  text: warning,
});

export const readFailed = (err: unknown): PaneMessage => failure("Could not read the sheet", err);

/** Nothing found where the sheet was read: a report sheet of ours, or no scorecard in the cells. */
export function notFoundMessage(grid: Grid, scope: Scope): PaneMessage {
  if (isReportSheet(grid)) {
    return {
      intent: "info",
      title: "This is a report sheet",
      text: `"${grid.sheet}" was written by KPI Scorecard. Go to your scorecard sheet and choose Find scorecard.`,
    };
  }
  const where = scope === "selection" ? "the selection" : `sheet "${grid.sheet}"`;
  return { intent: "warning", title: NO_SCORECARD_TITLE, text: noScorecardText(where) };
}
