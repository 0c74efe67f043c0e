/**
 * A sheet's charts for the mock workbook, as strict as Excel's ChartCollection (per the Office.js reference):
 * charts.add(type, sourceData, seriesBy) takes a ChartType name, a range of this sheet and a ChartSeriesBy; its
 * series are the source's columns (or rows); getItemAt past the last series or point throws ItemNotFound; a
 * colour must be #RRGGBB (or a colour name); members of sets above the host's throw ApiNotFound; a new chart
 * and a delete() take effect at the next sync.
 */
import type { MockArea } from "./mock-workbook";

export interface MockSeries {
  name: string;
  values: MockArea | null;
  categories: MockArea | null;
  colour: string | null;
  pointColours: (string | null)[];
  dataLabels: boolean;
}

export interface MockChart {
  name: string;
  type: string;
  title: string;
  legend: { visible: boolean; position: string };
  /** The cells it covers, as setPosition was given them. */
  position: { start: string; end: string } | null;
  series: MockSeries[];
  categoriesReversed: boolean;
}

/** What a range mock of the workbook carries about itself, for the charts to check. */
export interface RangeTag {
  sheet: string;
  area: MockArea;
}

export const RANGE_TAG = Symbol("mock range");

// Excel.ChartType's values (those a report could use, and the common others).
const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineStacked",
  "LineMarkers",
  "Pie",
  "Doughnut",
  "Area",
  "AreaStacked",
  "XYScatter",
  "Waterfall",
  "Histogram",
]);
const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);
const LEGEND_POSITIONS = new Set(["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"]);
const COLOUR = /^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/;
const ADDRESS = /^\$?[A-Z]{1,3}\$?\d{1,7}$/;

class ExcelError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ChartHost {
  sheet: string;
  charts: MockChart[];
  /** Queue a write for the next sync. */
  queue(commit: () => void): void;
  need(member: string, version: string): void;
}

type Anything = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the mock object model is untyped

function areaOf(host: ChartHost, range: unknown, member: string): MockArea {
  const tag = (range as { [RANGE_TAG]?: RangeTag } | null)?.[RANGE_TAG];
  if (tag === undefined) throw new ExcelError("InvalidArgument", `${member}: sourceData must be a Range`);
  if (tag.sheet !== host.sheet)
    throw new ExcelError("InvalidArgument", `${member}: the range is on '${tag.sheet}', not '${host.sheet}'`);
  return tag.area;
}

const cellCount = (a: MockArea | null) => (a === null ? 0 : a.rows * a.cols);

function seriesProxy(host: ChartHost, s: MockSeries): Anything {
  return {
    set name(v: string) {
      if (typeof v !== "string") throw new ExcelError("InvalidArgument", "ChartSeries.name must be text");
      s.name = v;
    },
    setValues(range: unknown) {
      host.need("ChartSeries.setValues", "1.7");
      s.values = areaOf(host, range, "ChartSeries.setValues");
    },
    setXAxisValues(range: unknown) {
      host.need("ChartSeries.setXAxisValues", "1.7");
      s.categories = areaOf(host, range, "ChartSeries.setXAxisValues");
    },
    set hasDataLabels(v: boolean) {
      host.need("ChartSeries.hasDataLabels", "1.7");
      s.dataLabels = v;
    },
    format: {
      fill: {
        setSolidColor(colour: string) {
          if (!COLOUR.test(colour)) throw new ExcelError("InvalidArgument", `not a colour: ${colour}`);
          s.colour = colour.toUpperCase();
        },
      },
    },
    points: {
      getItemAt(p: number) {
        if (!Number.isInteger(p) || p < 0 || p >= cellCount(s.values))
          throw new ExcelError(
            "ItemNotFound",
            `the series '${s.name}' has ${cellCount(s.values)} points, not ${p + 1}`,
          );
        return {
          format: {
            fill: {
              setSolidColor(colour: string) {
                if (!COLOUR.test(colour)) throw new ExcelError("InvalidArgument", `not a colour: ${colour}`);
                s.pointColours[p] = colour.toUpperCase();
              },
            },
          },
        };
      },
    },
  };
}

function chartProxy(host: ChartHost, chart: MockChart): Anything {
  return {
    set name(v: string) {
      chart.name = v;
    },
    title: {
      set text(v: string) {
        chart.title = v;
      },
    },
    legend: {
      set visible(v: boolean) {
        chart.legend.visible = v;
      },
      set position(v: string) {
        if (!LEGEND_POSITIONS.has(v)) throw new ExcelError("InvalidArgument", `not a legend position: ${v}`);
        chart.legend.position = v;
      },
    },
    axes: {
      categoryAxis: {
        set reversePlotOrder(v: boolean) {
          host.need("ChartAxis.reversePlotOrder", "1.7");
          chart.categoriesReversed = v;
        },
      },
    },
    series: {
      getItemAt(i: number) {
        const s = chart.series[i];
        if (s === undefined)
          throw new ExcelError("ItemNotFound", `the chart has ${chart.series.length} series, not ${i + 1}`);
        return seriesProxy(host, s);
      },
      add(name?: string) {
        host.need("ChartSeriesCollection.add", "1.7");
        const s: MockSeries = {
          name: name ?? `Series${chart.series.length + 1}`,
          values: null,
          categories: null,
          colour: null,
          pointColours: [],
          dataLabels: false,
        };
        chart.series.push(s);
        return seriesProxy(host, s);
      },
    },
    setPosition(start: unknown, end?: unknown) {
      const cell = (a: unknown) => {
        if (typeof a === "string" && ADDRESS.test(a)) return a;
        throw new ExcelError("InvalidArgument", `setPosition wants a cell address, not ${String(a)}`);
      };
      chart.position = { start: cell(start), end: end === undefined ? cell(start) : cell(end) };
    },
    delete() {
      host.queue(() => {
        host.charts.splice(host.charts.indexOf(chart), 1);
      });
    },
  };
}

/** Worksheet.charts for the mock: add, getItemOrNullObject (by name), and `count` for tests. */
export function chartCollection(host: ChartHost): Anything {
  return {
    add(type: string, sourceData: unknown, seriesBy: string = "Auto") {
      if (!CHART_TYPES.has(type)) throw new ExcelError("InvalidArgument", `not a chart type: ${type}`);
      if (!SERIES_BY.has(seriesBy)) throw new ExcelError("InvalidArgument", `not a ChartSeriesBy: ${seriesBy}`);
      const a = areaOf(host, sourceData, "ChartCollection.add");
      const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && a.rows >= a.cols);
      const series: MockSeries[] = Array.from({ length: byColumns ? a.cols : a.rows }, (_, i) => ({
        name: `Series${i + 1}`,
        values: byColumns
          ? { r0: a.r0, c0: a.c0 + i, rows: a.rows, cols: 1 }
          : { r0: a.r0 + i, c0: a.c0, rows: 1, cols: a.cols },
        categories: null,
        colour: null,
        pointColours: [],
        dataLabels: false,
      }));
      const chart: MockChart = {
        name: `Chart ${host.charts.length + 1}`,
        type,
        title: "",
        legend: { visible: true, position: "Right" },
        position: null,
        series,
        categoriesReversed: false,
      };
      host.queue(() => host.charts.push(chart));
      return chartProxy(host, chart);
    },
    getItemOrNullObject(name: string) {
      host.need("ChartCollection.getItemOrNullObject", "1.4");
      const found = host.charts.find((c) => c.name === name);
      const proxy = found === undefined ? { delete: () => undefined } : chartProxy(host, found);
      proxy.isNullObject = found === undefined;
      proxy.load = () => proxy;
      return proxy;
    },
  };
}
