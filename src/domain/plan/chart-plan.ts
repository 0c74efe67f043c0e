/**
 * Pictures on a report sheet, as plain data: charts whose figures are cells of the same sheet, and Excel
 * sparklines over a measure's period cells on its scorecard sheet. Rows and columns are 1-based.
 */

/** A block of cells on the report sheet itself. */
export interface CellArea {
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
}

export interface ChartSeriesPlan {
  /** The legend's words: "✓ On target". */
  name: string;
  /** "#RRGGBB" */
  colour: string;
  /** The figures the cells hold, so the chart shows before Excel recalculates. */
  values: number[];
  /** Where the figures are (one column or one row). */
  ref: CellArea;
  /** One colour per category, for a single series coloured point by point ("↑ Improved" green). */
  pointColours?: string[];
}

export interface ChartPlan {
  /** The tool's own name for the chart: how a refresh finds (and replaces) only the charts it made. */
  name: string;
  title: string;
  /** Bars run across (`bar`) or up (`column`). */
  direction: "bar" | "column";
  grouping: "stacked" | "clustered";
  categories: { labels: string[]; ref: CellArea };
  series: ChartSeriesPlan[];
  legend: "right" | "bottom" | "none";
  /** The cells the chart covers, top left to bottom right (both covered): below the tables, so it covers none. */
  anchor: { from: { row: number; column: number }; to: { row: number; column: number } };
}

/** An Excel sparkline in one cell, drawn from a measure's period cells on its scorecard sheet. */
export interface SparklinePlan {
  row: number;
  column: number;
  source: {
    sheet: string;
    row: number;
    firstColumn: number;
    lastColumn: number;
  };
  /** The period columns run newest first (right to left in time), so the line is drawn the other way. */
  rightToLeft: boolean;
}

/** The pictures of a sheet whose rows moved down `n` (a title row put above them). */
export function picturesMovedDown<T extends { charts?: ChartPlan[]; sparklines?: SparklinePlan[] }>(
  plan: T,
  n: number,
): T {
  const area = (a: CellArea): CellArea => ({ ...a, firstRow: a.firstRow + n, lastRow: a.lastRow + n });
  const cell = <C extends { row: number }>(c: C): C => ({ ...c, row: c.row + n });
  return {
    ...plan,
    ...(plan.charts === undefined
      ? {}
      : {
          charts: plan.charts.map((c) => ({
            ...c,
            categories: { ...c.categories, ref: area(c.categories.ref) },
            series: c.series.map((s) => ({ ...s, ref: area(s.ref) })),
            anchor: { from: cell(c.anchor.from), to: cell(c.anchor.to) },
          })),
        }),
    // A sparkline's source is on the scorecard sheet, which does not move.
    ...(plan.sparklines === undefined ? {} : { sparklines: plan.sparklines.map(cell) }),
  };
}
