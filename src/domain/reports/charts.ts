/**
 * The Summary's charts as plain data: statuses by group (one stacked bar per group, one series per status in
 * the council's colours) and the direction of travel (improved, stable, worse). Their figures are the Summary's
 * own cells, found by the tables' header rows, and they sit below the last table so they never cover one.
 */
import { DOT_ARROWS, DOT_WORDS, STATUS_NAMES, STATUS_SYMBOLS } from "../judging";
import { DOT_CHART_COLOURS, STATUS_CHART_COLOURS } from "../judging/fills";
import { STATUSES, type Direction, type Status } from "../judging/types";
import type { CellArea, ChartPlan, PlanCell, SheetPlan } from "../plan/workbook-plan";

/** The names the tool gives its charts: a refresh replaces these and leaves a user's own charts alone. */
export const CHART_NAMES = {
  statusByGroup: "KPI Scorecard status by group",
  direction: "KPI Scorecard direction of travel",
};

/** A status in the legend's words. */
export const STATUS_LEGEND_WORDS: Record<Status, string> = STATUS_NAMES;

/** "✓ On target": the symbol the sheets show, and its word. */
export const statusLegend = (s: Status) => `${STATUS_SYMBOLS[s]} ${STATUS_LEGEND_WORDS[s]}`;
export const directionLegend = (d: Direction) => `${DOT_ARROWS[d]} ${DOT_WORDS[d]}`;

/** The directions the chart shows: those with a direction of travel. */
const CHARTED_DIRECTIONS: readonly Direction[] = ["improved", "stable", "worse"];

/** Excel's default column width, in characters, for columns the plan leaves unset. */
const DEFAULT_WIDTH = 8.43;
/** About 700 and 420 pixels wide, 16 rows high: legible when printed on a landscape page. */
const STATUS_CHART_WIDTH = 100;
const DIRECTION_CHART_WIDTH = 60;
const CHART_ROWS = 16;

const textOf = (c: PlanCell | undefined) => (c?.value.kind === "text" ? c.value.text : null);
const numberOf = (c: PlanCell | undefined) => (c?.value.kind === "number" ? c.value.number : 0);
const isHeader = (row: PlanCell[] | undefined, first: string) =>
  row !== undefined && row[0]?.fill === "header" && textOf(row[0]) === first;

/** A column of cells on the sheet (1-based), from 0-based plan indexes. */
const columnArea = (firstRow: number, lastRow: number, column: number): CellArea => ({
  firstRow: firstRow + 1,
  lastRow: lastRow + 1,
  firstColumn: column + 1,
  lastColumn: column + 1,
});

/** The last column (1-based) a chart starting at `from` covers to be about `chars` wide. */
function reach(widths: readonly number[], from: number, chars: number): number {
  let column = from;
  let total = widths[column - 1] ?? DEFAULT_WIDTH;
  while (total < chars) total += widths[column++] ?? DEFAULT_WIDTH;
  return column;
}

function statusByGroup(rows: PlanCell[][], groups: number, at: ChartPlan["anchor"]): ChartPlan | null {
  const header = rows.findIndex((r) => isHeader(r, "Group"));
  if (header < 0 || groups === 0) return null;
  const first = header + 1;
  const last = header + groups;
  const labels = rows.slice(first, last + 1).map((r) => textOf(r[0]) ?? "");
  const series = STATUSES.flatMap((s) => {
    const column = (rows[header] ?? []).findIndex((c) => textOf(c) === STATUS_SYMBOLS[s]);
    if (column < 0) return [];
    return [
      {
        name: statusLegend(s),
        colour: STATUS_CHART_COLOURS[s],
        values: rows.slice(first, last + 1).map((r) => numberOf(r[column])),
        ref: columnArea(first, last, column),
      },
    ];
  });
  return {
    name: CHART_NAMES.statusByGroup,
    title: "Status by group",
    direction: "bar",
    grouping: "stacked",
    categories: { labels, ref: columnArea(first, last, 0) },
    series,
    legend: "bottom",
    anchor: at,
  };
}

function directionOfTravel(rows: PlanCell[][], at: ChartPlan["anchor"]): ChartPlan | null {
  const header = rows.findIndex((r) => isHeader(r, "DOT"));
  const measures = (rows[header] ?? []).findIndex((c) => textOf(c) === "Measures");
  if (header < 0 || measures < 0) return null;
  // The table lists the directions in order, improved first.
  const first = header + 1;
  const last = header + CHARTED_DIRECTIONS.length;
  const shown = rows.slice(first, last + 1);
  if (shown.some((r, i) => textOf(r[0]) !== DOT_ARROWS[CHARTED_DIRECTIONS[i] as Direction])) return null;
  return {
    name: CHART_NAMES.direction,
    title: "Direction of travel",
    direction: "column",
    grouping: "clustered",
    categories: { labels: shown.map((r) => textOf(r[1]) ?? ""), ref: columnArea(first, last, 1) },
    series: [
      {
        name: "Measures",
        colour: DOT_CHART_COLOURS.improved,
        values: shown.map((r) => numberOf(r[measures])),
        ref: columnArea(first, last, measures),
        pointColours: CHARTED_DIRECTIONS.map((d) => DOT_CHART_COLOURS[d]),
      },
    ],
    legend: "none",
    anchor: at,
  };
}

/** The Summary with its charts, side by side two rows below its last row. `groups`: the By group table's rows. */
export function withSummaryCharts(plan: SheetPlan, groups: number): SheetPlan {
  const top = plan.rows.length + 2;
  const bottom = top + CHART_ROWS - 1;
  // Both charts within the sheet's columns: a chart past the last column widens the printed page and shrinks it.
  const total = plan.columnWidths.reduce((a, w) => a + w, 0);
  const last = Math.max(1, plan.columnWidths.length);
  const statusEnd = Math.min(last, reach(plan.columnWidths, 1, Math.min(STATUS_CHART_WIDTH, total * 0.6)));
  const dotStart = Math.min(last, statusEnd + 2);
  const dotEnd = Math.min(last, reach(plan.columnWidths, dotStart, DIRECTION_CHART_WIDTH));
  const charts = [
    statusByGroup(plan.rows, groups, { from: { row: top, column: 1 }, to: { row: bottom, column: statusEnd } }),
    directionOfTravel(plan.rows, {
      from: { row: top, column: dotStart },
      to: { row: bottom, column: dotEnd },
    }),
  ].filter((c): c is ChartPlan => c !== null);
  return { ...plan, charts: [...(plan.charts ?? []), ...charts] };
}
