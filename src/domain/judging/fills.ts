/**
 * The one place fills are decided: a status's fill and each fill's colour. The file adapter,
 * the Office adapter's colour rules, the report sheets and the pane's badges all take them from here.
 */
import type { Direction, Status } from "./types";

/** Named fills, so adapters and conditional formats agree on the colours. */
export type Fill = "green" | "amber" | "red" | "grey" | "header" | "none";

export const FILL_COLOURS: Record<Exclude<Fill, "none">, string> = {
  green: "#C6EFCE",
  amber: "#FFEB9C",
  red: "#FFC7CE",
  grey: "#E7E6E6",
  header: "#D9E1F2",
};

/** A direction of travel's fill (the DOT cells, the key and the pane's badges). */
export const DOT_FILLS: Record<Direction, Exclude<Fill, "none">> = {
  improved: "green",
  stable: "amber",
  worse: "red",
  "not-applicable": "grey",
};

/** A status's fill: green, amber or red for the judged statuses, grey for the rest. */
export function statusFill(status: Status): Fill {
  if (status === "on-target") return "green";
  if (status === "near-target") return "amber";
  if (status === "off-target") return "red";
  return "grey";
}
