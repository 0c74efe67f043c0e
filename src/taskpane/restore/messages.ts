/** The Restore step's messages: what Restore put back and left, and what Convert froze and left. */
import type { ConvertOutcome, RestoreOutcome } from "../gateway";
import { failure, type PaneMessage } from "../message";
import { plural, savedAtWords } from "../words";

export const nothingToRestore: PaneMessage = {
  intent: "info",
  title: "Nothing to restore",
  text: "This workbook has no restore point: KPI Scorecard keeps one each time it writes, until it is used.",
};

/** Report sheets count what was in the sheet when they were made: after a Restore they are out of date. */
export const STALE_REPORTS =
  " Report sheets made since that write (Summary, Exceptions, Checks) now count statuses that are no longer in the sheet: refresh them in Reports.";

/** Cells an officer changed after the write are left as they are, and the message says how many. */
export function restored({ point, kept, undone }: RestoreOutcome): PaneMessage {
  const newer = undone.length - 1;
  const newerWords = newer <= 0 ? "" : ` and the ${plural(newer, "write", "writes")} after it`;
  const put = (point.cells - kept).toLocaleString("en-GB");
  const keptWords =
    kept === 0
      ? ""
      : ` ${kept.toLocaleString("en-GB")} ${kept === 1 ? "cell was left as it is, because it has" : "cells were left as they are, because they have"} changed since that write.`;
  return {
    intent: kept === 0 ? "success" : "warning",
    title: "Restored",
    text: `Put back ${put} cells on sheet "${point.sheet}" as they were before the write of ${savedAtWords(point.savedAt)}${newerWords}.${keptWords}${STALE_REPORTS}`,
  };
}

export const restoreFailed = (err: unknown): PaneMessage => failure("Could not restore", err);

/** Formulas left unconverted, and what the officer can do about each kind. */
function leftWords({ errors, spilling }: ConvertOutcome): string {
  const shows =
    errors === 0
      ? ""
      : ` ${errors.toLocaleString("en-GB")} ${errors === 1 ? "formula shows an error and was" : "formulas show an error and were"} left as ${errors === 1 ? "it is" : "they are"}: fix ${errors === 1 ? "it" : "them"} first.`;
  const spills =
    spilling === 0
      ? ""
      : ` ${spilling.toLocaleString("en-GB")} ${spilling === 1 ? "formula spills over a range and was" : "formulas spill over ranges and were"} left: freeze a spill with Copy, then Paste Values.`;
  return shows + spills;
}

export function converted(outcome: ConvertOutcome): PaneMessage {
  const left = leftWords(outcome);
  if (outcome.converted === 0)
    return {
      intent: "info",
      title: "No KPI formulas converted",
      text: `The active sheet has no =KPI formulas with a value to keep.${left}`,
    };
  return {
    intent: outcome.errors + outcome.spilling === 0 ? "success" : "warning",
    title: "Formulas converted",
    text: `Replaced ${outcome.converted.toLocaleString("en-GB")} KPI formulas with their values. Restore is available.${left}`,
  };
}

export const convertFailed = (err: unknown): PaneMessage => failure("Could not convert the formulas", err);
