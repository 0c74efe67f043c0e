/** How many statuses and directions Apply writes and keeps, and the Apply button's words for it. */
import type { MeasureAssessment } from "../../domain/assessment/types";
import type { RecordedChoice } from "../../domain/plan/writeback";
import { plural } from "../words";

export interface WriteCounts {
  statuses: number;
  directions: number;
  keptStatuses: number;
  keptDirections: number;
}

/**
 * How many statuses and directions Apply writes, and how many officers' entries it keeps: as the write-back
 * decides, from the workbook's record where there is one (the tool's own cells refresh, an officer's are kept,
 * an override is written), else every recorded entry.
 */
export function writeCounts(measures: MeasureAssessment[], recorded: RecordedChoice): WriteCounts {
  const keep = recorded === "keep";
  const keptStatuses = keep
    ? measures.filter((m) => m.override === undefined && (m.keep?.status ?? m.recordedStatusText !== null)).length
    : 0;
  const keptDirections = keep ? measures.filter((m) => m.keep?.dot ?? m.recordedDotText !== null).length : 0;
  return {
    statuses: measures.length - keptStatuses,
    directions: measures.length - keptDirections,
    keptStatuses,
    keptDirections,
  };
}

/** The Apply button's words: what will be written, and nothing that will not. */
export function writeLabel(counts: WriteCounts): string {
  const parts = [
    counts.statuses === 0 ? "" : plural(counts.statuses, "status", "statuses"),
    counts.directions === 0 ? "" : plural(counts.directions, "direction of travel", "directions of travel"),
  ].filter((p) => p !== "");
  return parts.length === 0 ? "Nothing to write" : `Write ${parts.join(" and ")}`;
}
