/** Whose each status cell is, in the officer's words, beside the status the tool computed. */
import type { MeasureAssessment } from "../../domain/assessment/types";
import type { MeasureBinding } from "../../domain/ledger";
import { STATUS_SYMBOLS } from "../../domain/judging";
import { STATUS_SHORT } from "../words";

/** One line on the status cell, or null when there is nothing to say (an empty cell, no record). */
export function ownershipWords(m: MeasureAssessment, b: MeasureBinding | undefined): string | null {
  const computed = STATUS_SYMBOLS[m.status];
  const inCell = m.recordedStatusText ?? "";
  if (m.override !== undefined)
    return `Override: ${STATUS_SYMBOLS[m.override.status]} ${STATUS_SHORT[m.override.status]}, ${m.override.reason} (until ${m.override.until}); computed ${computed}`;
  switch (b?.status) {
    case "tool":
      return `Status cell: the tool's own${b.statusPeriod === null ? "" : ` (written for ${b.statusPeriod})`}; it will refresh to ${computed}`;
    case "officer":
      return `Status cell: the officer's ${inCell}, kept; computed ${computed}`;
    case "stale":
      return `Status cell: the officer's ${inCell} for ${b.statusPeriod ?? "an earlier period"}, kept in the history; ${computed} is written for this period`;
    case "later":
      return `Status cell: recorded for ${b.statusPeriod ?? "a later period"}, left alone and not counted here`;
    default:
      return null;
  }
}
