/** The Apply step's messages: what was written and kept, nothing to write, a changed sheet, a failure. */
import { failure, type PaneMessage } from "../message";
import { plural } from "../words";
import { writeLabel, type WriteCounts } from "./write-counts";

export function applyMessage(counts: WriteCounts): string {
  const wrote = `${writeLabel(counts).replace(/^Write/, "Wrote")}.`;
  const kept = counts.keptStatuses + counts.keptDirections;
  const keptWords =
    kept === 0
      ? ""
      : ` Kept ${plural(counts.keptStatuses, "status", "statuses")} and ${plural(counts.keptDirections, "direction", "directions")} that officers had recorded.`;
  return `${wrote}${keptWords} Restore is available.`;
}

export const written = (counts: WriteCounts): PaneMessage => ({
  intent: "success",
  title: "Statuses written",
  text: applyMessage(counts),
});

export const nothingToWrite: PaneMessage = {
  intent: "info",
  title: "Nothing to write",
  text: "Every measure already has a status and direction of travel recorded. Choose Replace to overwrite them.",
};

/** The gateway's SheetChangedError already names the cell and says nothing was written. */
export const sheetChanged = (why: string): PaneMessage => ({
  intent: "warning",
  title: "The sheet has changed",
  text: why,
});

/** A write that failed; once rows were written, Restore is the way back. */
export function applyFailed(err: unknown, someWritten: boolean): PaneMessage {
  const m = failure("Could not write the statuses", err);
  return someWritten
    ? { ...m, text: `${m.text} Some rows were written before this; Restore previous puts back what was there.` }
    : m;
}

/** The statuses were written but the record of them (the ledger, the History sheet) was not. */
export function recordFailed(err: unknown): PaneMessage {
  const m = failure("Statuses written, but not their record", err);
  return {
    ...m,
    intent: "warning",
    text: `${m.text} The statuses are in the sheet and Restore can put back what was there, but the workbook's quarter-to-quarter record (and the KPI History sheet) was not updated: next quarter these cells will read as an officer's. Write again to record them.`,
  };
}

/**
 * What Apply would do next, said in place of the restore-point text once a write is done: the cells it
 * wrote now count as the sheet's, so a second write with Keep has nothing to do.
 */
export function nextWriteWords(counts: WriteCounts): string {
  if (counts.statuses + counts.directions === 0) {
    return "Written. A second write would change nothing: every measure now has a status and direction of travel in the sheet. Choose Replace to overwrite them with the computed ones.";
  }
  return `Written. A second write would ${writeLabel(counts).replace(/^Write/, "write")} again (the tool's own cells refresh), with a restore point of its own.`;
}
