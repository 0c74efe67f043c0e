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

/**
 * Chart colours: the fills' own hues, deep enough to read as bars on white, and the three grey statuses in
 * three shades of grey so the legend tells them apart.
 */
export const STATUS_CHART_COLOURS: Record<Status, string> = {
  "on-target": "#70AD47",
  "near-target": "#FFC000",
  "off-target": "#E0474C",
  "in-development": "#A5A5A5",
  "not-applicable": "#D0CECE",
  "not-available": "#595959",
};
export const DOT_CHART_COLOURS: Record<Direction, string> = {
  improved: STATUS_CHART_COLOURS["on-target"],
  stable: STATUS_CHART_COLOURS["near-target"],
  worse: STATUS_CHART_COLOURS["off-target"],
  "not-applicable": STATUS_CHART_COLOURS["in-development"],
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
