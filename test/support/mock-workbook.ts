/**
 * A workbook behind Microsoft's office-addin-mock: the object model comes from OfficeMockObject
 * (load-before-read enforced), and this file keeps the cells, applying queued writes at each
 * context.sync() as Excel does. As strict as Excel where the add-in could go wrong:
 * - text written through `values` or `formulas` that begins with = + - becomes a formula (unless the cell's
 *   format is text, "@", or the text is a number), as typing it would;
 * - requests and responses are measured, and one over Excel on the web's 5 MB limit fails with Excel's code
 *   (RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded);
 * - a =KPI formula shows #BUSY! until a later sync (or a recalculation) has calculated it;
 * - a conditional format can cover several areas (after a sort or a copy): getRangeOrNullObject() then gives
 *   a null object, and only getRanges() (ExcelApi 1.9) tells where it applies;
 * - in a merged area only the top-left cell holds a value;
 * - display text comes from a locale (en-GB unless told), not from the project's own formatter;
 * - members of sets above `apiVersion` throw ApiNotFound, as office.js does on an older host;
 * - custom XML parts (ExcelApi 1.5) must be well-formed XML with a namespace, taken at the sync; a failing
 *   command stops its batch there, what came before it staying done;
 * - saveAndReopen() keeps only what the file keeps;
 * - calls the Office docs say clear Excel's undo history (a sheet's visibility set) are recorded in `undoCleared`;
 * - a report's layout is kept as Excel keeps it: alignment, wrap and borders per cell, merges, row heights and
 *   column widths (points), frozen rows, and (ExcelApi 1.9, ApiNotFound below it) the filter and the page layout.
 * It counts syncs, the largest request and response, and calls to the suspend methods.
 */
import { OfficeMockObject } from "office-addin-mock";
import { XMLValidator } from "fast-xml-parser";
import type { Grid } from "../../src/domain/sheet/grid";
import { isCellError } from "../../src/domain/sheet/grid";
import { localeText } from "./locale-text";
import { dot as kpiDot, status as kpiStatus } from "../../src/functions/kpi";
import { parseBlockAddress } from "../../src/adapters/office/blocks";
import { chartCollection, RANGE_TAG, type MockChart } from "./mock-charts";

type Scalar = string | number | boolean | null;

export interface MockCell {
  value: string | number | boolean | null;
  formula: string | null;
  format: string;
  fill?: string;
  bold?: boolean;
  wrap?: boolean;
  align?: string;
  valign?: string;
  /** The edges with a continuous line, and their colour. */
  borders?: Record<string, string>;
}

/** What worksheet.pageLayout was given. */
export interface MockPageLayout {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  margins: Record<string, number>;
  centerHorizontally?: boolean;
  printTitleRows?: string;
  printArea?: MockArea;
  centerFooter?: string;
}

export interface MockSheet {
  name: string;
  cells: Map<string, MockCell>;
  visibility: string;
  /** Conditional formats, each on a rectangle (0-based), with the text it tests and its fill. */
  conditionalFormats: MockRule[];
  /** Merged areas (0-based). */
  merges: MockArea[];
  /** Custom row heights and column widths in points, by 0-based index. */
  rowHeights: Map<number, number>;
  columnWidths: Map<number, number>;
  /** Rows frozen at the top. */
  frozenRows: number;
  /** The AutoFilter's range, when one is applied. */
  autoFilter: MockArea | null;
  page: MockPageLayout;
  /** Charts, as Worksheet.charts holds them (see mock-charts.ts). */
  charts: MockChart[];
}

export interface MockArea {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

export interface MockRule extends MockArea {
  id: string;
  text: string;
  colour: string;
  /** Where the rule applies when a sort or copy split it: several areas (r0… is then their bounding box). */
  areas?: MockArea[];
}

export interface MockXmlPart {
  id: string;
  /** The root element's namespace, as Excel files the part. */
  namespace: string;
  xml: string;
}

/**
 * The namespace of a custom XML part's root element, or InvalidArgument as Excel gives for XML that is not
 * well formed. A part with no namespace would be filed under none, where no add-in can find it again: refused.
 */
function checkedNamespace(xml: string): string {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new ExcelError("InvalidArgument", `The XML is not well formed: ${valid.err.msg}`);
  const root = /<(?:([\w.-]+):)?[\w.-]+\b([^>]*)>/.exec(xml.replace(/^\s*<\?xml[^>]*\?>/, ""));
  const attribute = root?.[1] === undefined ? "xmlns" : `xmlns:${root[1]}`;
  const namespace = new RegExp(`\\s${attribute}\\s*=\\s*["']([^"']+)["']`).exec(root?.[2] ?? "")?.[1];
  if (namespace === undefined)
    throw new ExcelError("InvalidArgument", "The custom XML part's root element has no namespace.");
  return namespace;
}

/** Excel on the web's limit on a request and on a response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

class ExcelError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

// Excel.PageOrientation and Excel.PaperType (ExcelApi 1.9): the string values Office.js takes.
const ORIENTATIONS = new Set(["Portrait", "Landscape"]);
const PAPER_TYPES = new Set(
  (
    "Letter LetterSmall Tabloid Ledger Legal Statement Executive A3 A4 A4Small A5 B4 B5 Folio Quatro Paper10x14 " +
    "Paper11x17 Note Envelope9 Envelope10 Envelope11 Envelope12 Envelope14 Csheet Dsheet Esheet EnvelopeDL " +
    "EnvelopeC5 EnvelopeC3 EnvelopeC4 EnvelopeC6 EnvelopeC65 EnvelopeB4 EnvelopeB5 EnvelopeB6 EnvelopeItaly " +
    "EnvelopeMonarch EnvelopePersonal FanfoldUS FanfoldStdGerman FanfoldLegalGerman"
  ).split(" "),
);
const ZOOM_KEYS = new Set(["horizontalFitToPages", "verticalFitToPages", "scale"]);
const MARGINS = ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"];
const PRINT_TITLE_ROWS = /^\$?\d+:\$?\d+$/;

/** What Excel refuses of a PageLayout's properties, as the sync that carries them fails. */
function checkPageLayout(layout: Record<string, unknown>): void {
  const refuse = (what: string) => {
    throw new ExcelError("InvalidArgument", `PageLayout: ${what}`);
  };
  const { orientation, paperSize, zoom, centerHorizontally } = layout;
  if (orientation !== undefined && !ORIENTATIONS.has(orientation as string))
    refuse(`not a PageOrientation: ${String(orientation)}`);
  if (paperSize !== undefined && !PAPER_TYPES.has(paperSize as string)) refuse(`not a PaperType: ${String(paperSize)}`);
  if (zoom !== undefined) {
    if (typeof zoom !== "object" || zoom === null) refuse("zoom must be a PageLayoutZoomOptions");
    const z = zoom as Record<string, unknown>;
    for (const k of Object.keys(z)) if (!ZOOM_KEYS.has(k)) refuse(`zoom has no ${k}`);
    if (z.scale !== undefined && (typeof z.scale !== "number" || z.scale < 10 || z.scale > 400))
      refuse(`zoom.scale must be 10 to 400, not ${String(z.scale)}`);
    for (const k of ["horizontalFitToPages", "verticalFitToPages"])
      if (z[k] !== undefined && (!Number.isInteger(z[k]) || (z[k] as number) < 0))
        refuse(`zoom.${k} must be a count of pages, not ${String(z[k])}`);
  }
  for (const k of MARGINS)
    if (layout[k] !== undefined && (typeof layout[k] !== "number" || (layout[k] as number) < 0))
      refuse(`${k} must be points, not ${String(layout[k])}`);
  if (centerHorizontally !== undefined && typeof centerHorizontally !== "boolean")
    refuse("centerHorizontally must be true or false");
}

const key = (r: number, c: number) => `${r},${c}`;
const newer = (a: string, b: string) => {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number)) as [number[], number[]];
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
};
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const intersects = (f: MockRule, r0: number, c0: number, rows: number, cols: number) =>
  f.r0 < r0 + rows && r0 < f.r0 + f.rows && f.c0 < c0 + cols && c0 < f.c0 + f.cols;
const ERRORS = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#BUSY!",
  "#GETTING_DATA",
  "#BLOCKED!",
  "#CONNECT!",
  "#FIELD!",
  "#UNKNOWN!",
]);

type Anything = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the mock object model is untyped

/** Each range mock's rectangle (0-based). */
const areaOf = new WeakMap<object, MockArea>();

export class MockWorkbook {
  sheets = new Map<string, MockSheet>();
  active = "";
  settings = new Map<string, string>();
  syncs = 0;
  /** The largest request (what writes sent) and response (what loads brought back) of any sync, in bytes. */
  largestPayload = 0;
  largestResponse = 0;
  /** The highest ExcelApi set this host has (Excel on the web today has 1.20; an older desktop, less). */
  apiVersion = "1.13";
  /** The locale of the display text. */
  locale = "en-GB";
  /** The workbook's custom XML parts, by namespace. */
  customXml: MockXmlPart[] = [];
  private partIds = 0;
  /** Calls the Office docs list as clearing Excel's undo history (excel-add-ins-undo-capabilities.md) that the add-in made. */
  undoCleared: string[] = [];
  /** Calls to suspendApiCalculationUntilNextSync and suspendScreenUpdatingUntilNextSync, and syncs run with calculation suspended. */
  suspendCalls = { calculation: 0, screen: 0 };
  /** Whether calculation was suspended in a write and not followed by a recalculation: dependents of the cells written are stale. */
  staleAfterSuspend = false;
  private calculationSuspended = false;
  private recalculate = false;
  /** Custom-function formulas written in an earlier sync, to calculate at the next one. */
  private toCalculateNext: { sheet: MockSheet; k: string }[] = [];
  private ruleIds = 0;
  /** Formula cells written since the last sync, to calculate at it. */
  private toCalculate: { sheet: MockSheet; k: string }[] = [];
  /** The selected rectangle (0-based), for readSheet("selection"); A1 when unset. */
  selection: { r0: number; c0: number; rows: number; cols: number } | null = null;
  /** Queued writes: each gives its request bytes, and applies itself when told to. */
  private pending: ((apply: boolean) => number)[] = [];
  /** Results of formulas the mock cannot calculate, as seeded (=SUM(…) keeps its value when restored). */
  private knownResults = new Map<string, MockCell["value"]>();
  private loaded: Anything[] = [];
  /** Response sizes of what this batch loads, measured at the sync. */
  private responses: (() => number)[] = [];

  /** Whether this host has ExcelApi `version`, as Office.context.requirements.isSetSupported answers. */
  supports = (version: string): boolean => !newer(version, this.apiVersion);

  private need13(member: string, version: string): void {
    if (!this.supports(version))
      throw new ExcelError("ApiNotFound", `${member} needs ExcelApi ${version}; this host has ${this.apiVersion}`);
  }

  static fromGrids(grids: Grid[]): MockWorkbook {
    const wb = new MockWorkbook();
    for (const g of grids) {
      const sheet = wb.addSheet(g.sheet);
      g.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null) return;
          const formula = g.formulas?.[r]?.[c] ?? null;
          sheet.cells.set(key(g.top - 1 + r, g.left - 1 + c), {
            value: isCellError(v) ? v.error : v,
            formula,
            format: g.formats[r]?.[c] ?? "General",
          });
          if (formula !== null) wb.knownResults.set(formula, isCellError(v) ? v.error : v);
        }),
      );
      for (const m of g.merges ?? [])
        sheet.merges.push({ r0: m.top - 1, c0: m.left - 1, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    }
    wb.active = grids[0]?.sheet ?? "";
    return wb;
  }

  addSheet(name: string): MockSheet {
    const sheet: MockSheet = {
      name,
      cells: new Map(),
      visibility: "Visible",
      conditionalFormats: [],
      merges: [],
      rowHeights: new Map(),
      columnWidths: new Map(),
      frozenRows: 0,
      autoFilter: null,
      page: { margins: {} },
      charts: [],
    };
    this.sheets.set(name, sheet);
    if (this.active === "") this.active = name;
    return sheet;
  }

  cell(sheet: string, row: number, column: number): MockCell | undefined {
    return this.sheets.get(sheet)?.cells.get(key(row - 1, column - 1));
  }

  /** Every cell of every sheet, for exact before/after comparisons. */
  snapshot(): Record<string, Record<string, MockCell>> {
    const out: Record<string, Record<string, MockCell>> = {};
    // An empty, unformatted cell is the same as no cell at all, as in Excel.
    const blank = (c: MockCell) =>
      (c.value === null || c.value === "") &&
      c.formula === null &&
      c.format === "General" &&
      c.fill === undefined &&
      c.bold !== true;
    for (const [name, s] of this.sheets)
      out[name] = Object.fromEntries([...s.cells].filter(([, c]) => !blank(c)).map(([k, c]) => [k, { ...c }]));
    return out;
  }

  private text(c: MockCell | undefined): string {
    if (c === undefined || c.value === null) return "";
    if (typeof c.value === "number") return localeText(c.value, c.format, this.locale);
    if (typeof c.value === "boolean") return c.value ? "TRUE" : "FALSE";
    return String(c.value);
  }

  /** A cell as ranges read it: in a merged area only the top-left cell holds anything. */
  private visible(sheet: MockSheet, r: number, c: number): MockCell | undefined {
    const hidden = sheet.merges.some(
      (m) => r >= m.r0 && r < m.r0 + m.rows && c >= m.c0 && c < m.c0 + m.cols && (r !== m.r0 || c !== m.c0),
    );
    return hidden ? undefined : sheet.cells.get(key(r, c));
  }

  /** RangeAreas over rectangles, as getRanges() and getMergedAreasOrNullObject() give them. */
  private areas(list: MockArea[]): Anything {
    const items = list.map((a) => ({ rowIndex: a.r0, columnIndex: a.c0, rowCount: a.rows, columnCount: a.cols }));
    const collection: Anything = { items: [] as unknown[] };
    collection.load = () => {
      this.responses.push(() => JSON.stringify(items).length);
      this.loaded.push({ sync: () => (collection.items = items) });
      return collection;
    };
    return { isNullObject: list.length === 0, areas: collection, load: () => undefined };
  }

  private usedBox(sheet: MockSheet): { r0: number; c0: number; r1: number; c1: number } | null {
    let box: { r0: number; c0: number; r1: number; c1: number } | null = null;
    for (const [k, c] of sheet.cells) {
      if (c.value === null || c.value === "") continue;
      const [r, col] = k.split(",").map(Number) as [number, number];
      box =
        box === null
          ? { r0: r, c0: col, r1: r, c1: col }
          : { r0: Math.min(box.r0, r), c0: Math.min(box.c0, col), r1: Math.max(box.r1, r), c1: Math.max(box.c1, col) };
    }
    return box;
  }

  private range(sheet: MockSheet, r0: number, c0: number, rows: number, cols: number): Anything {
    const grid = <T>(f: (c: MockCell | undefined) => T): T[][] =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => f(this.visible(sheet, r0 + r, c0 + c))),
      );
    const seeded = {
      values: grid((c) => c?.value ?? ""),
      text: grid((c) => this.text(c)),
      numberFormat: grid((c) => c?.format ?? "General"),
      formulas: grid((c) => c?.formula ?? c?.value ?? ""),
      valueTypes: grid((c) =>
        c === undefined || c.value === null || c.value === ""
          ? "Empty"
          : typeof c.value === "number"
            ? "Double"
            : typeof c.value === "boolean"
              ? "Boolean"
              : ERRORS.has(String(c.value))
                ? "Error"
                : "String",
      ),
    };
    const fills = () =>
      grid((c) => ({
        format: {
          fill:
            c?.fill === undefined
              ? { color: "#FFFFFF", pattern: "None" }
              : { color: c.fill.toUpperCase(), pattern: "Solid" },
        },
      }));
    const borders: Anything[] = [];
    const mock: Anything = new OfficeMockObject({
      ...seeded,
      rowIndex: r0,
      columnIndex: c0,
      rowCount: rows,
      columnCount: cols,
      address: `${sheet.name}!R${r0 + 1}C${c0 + 1}`,
      format: {
        fill: {},
        font: {},
        wrapText: false,
        columnWidth: 0,
        borders: {
          getItem: (edge: string) => {
            const border: Anything = { edge };
            borders.push(border);
            return border;
          },
        },
      },
      merge: () =>
        this.pending.push((apply) => {
          if (apply) {
            if (sheet.merges.some((m) => intersects({ ...m, id: "", text: "", colour: "" }, r0, c0, rows, cols)))
              throw new ExcelError("InvalidOperation", "Cannot merge cells that overlap a merged area");
            sheet.merges.push({ r0, c0, rows, cols });
          }
          return 20;
        }),
      conditionalFormats: {
        // The rules that intersect this range, as Excel's collection has them: what each tests, its fill and
        // where it applies are there to load, and delete() is queued to the next sync. Ids are priorities, as
        // in Excel, so nothing may rely on them.
        items: sheet.conditionalFormats
          .map((f, priority) => ({ f, priority }))
          .filter(({ f }) => intersects(f, r0, c0, rows, cols))
          .map(({ f, priority }) => {
            // A rule split into several areas is no one range: Excel gives a null object for it.
            const split = (f.areas?.length ?? 1) > 1;
            const where: Anything = {
              isNullObject: split,
              rowIndex: f.r0,
              columnIndex: f.c0,
              rowCount: f.rows,
              columnCount: f.cols,
            };
            where.load = () => where;
            const item: Anything = {
              id: String(priority),
              type: "ContainsText",
              textComparison: {
                load: () => item.textComparison,
                rule: { operator: "Contains", text: f.text },
                format: { fill: { color: f.colour } },
              },
              getRangeOrNullObject: () => where,
              getRanges: () => {
                this.need13("ConditionalFormat.getRanges", "1.9");
                return this.areas(f.areas ?? [f]);
              },
              delete: () =>
                this.pending.push((apply) => {
                  if (apply) sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== f);
                  return 20;
                }),
            };
            item.textComparison.format.fill.load = () => item.textComparison.format.fill;
            return item;
          }),
        clearAll: () => {
          sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !intersects(f, r0, c0, rows, cols));
        },
        add: () => {
          const cf: Anything = { textComparison: { format: { fill: { color: null } }, rule: null } };
          this.pending.push((apply) => {
            // A new rule takes the top priority, as in Excel.
            if (apply)
              sheet.conditionalFormats.unshift({
                id: `{${++this.ruleIds}}`,
                r0,
                c0,
                rows,
                cols,
                text: cf.textComparison.rule?.text,
                colour: cf.textComparison.format.fill.color,
              });
            return 50;
          });
          return cf;
        },
      },
      getCell: (r: number, c: number) => this.range(sheet, r0 + r, c0 + c, 1, 1),
      getCellProperties: () => {
        this.need13("Range.getCellProperties", "1.9");
        const result: Anything = {};
        const value = fills();
        this.responses.push(() => JSON.stringify(value).length);
        this.loaded.push({ sync: () => (result.value = value) });
        return result;
      },
      getMergedAreasOrNullObject: () => {
        this.need13("Range.getMergedAreasOrNullObject", "1.13");
        return this.areas(
          sheet.merges.filter((m) => m.r0 < r0 + rows && r0 < m.r0 + m.rows && m.c0 < c0 + cols && c0 < m.c0 + m.cols),
        );
      },
      clear: () => {
        for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) sheet.cells.delete(key(r0 + r, c0 + c));
      },
    });
    mock.isNullObject = false;
    // Where the range is, for the sheet-level calls that take one (the add-in never loaded it to pass it).
    areaOf.set(mock, { r0, c0, rows, cols });
    mock[RANGE_TAG] = { sheet: sheet.name, area: { r0, c0, rows, cols } };
    this.loaded.push(mock);
    // What a load brings back is measured at the sync: the JSON of each property asked for.
    const load = mock.load.bind(mock);
    mock.load = (what: string | string[]) => {
      const names = (Array.isArray(what) ? what : String(what).split(",")).map((n) => n.trim());
      this.responses.push(() =>
        names.reduce(
          (n, name) => n + (name in seeded ? JSON.stringify(seeded[name as keyof typeof seeded]).length : 16),
          0,
        ),
      );
      return load(what);
    };
    // Writes are queued like Excel's: applied at the next sync, formats first.
    this.pending.push((apply) => {
      let bytes = 0;
      const set = (r: number, c: number, patch: Partial<MockCell>) => {
        const k = key(r0 + r, c0 + c);
        const cell = sheet.cells.get(k) ?? { value: null, formula: null, format: "General" };
        sheet.cells.set(k, { ...cell, ...patch });
      };
      if (mock.numberFormat !== seeded.numberFormat && Array.isArray(mock.numberFormat)) {
        bytes += JSON.stringify(mock.numberFormat).length;
        if (apply)
          (mock.numberFormat as string[][]).forEach((row, r) => row.forEach((f, c) => set(r, c, { format: f })));
      }
      // Through `values` or `formulas` alike, Excel reads text as if typed: = + - begin a formula ("+44 calls"
      // becomes =+44 calls, which is #NAME?), a number is a number, an apostrophe is the text prefix. Only a
      // cell formatted as text ("@") keeps it all as text.
      const write = (m: unknown[][]) => {
        bytes += JSON.stringify(m).length;
        if (!apply) return;
        m.forEach((row, r) =>
          row.forEach((v, c) => {
            const format = sheet.cells.get(key(r0 + r, c0 + c))?.format ?? "General";
            if (typeof v !== "string" || format === "@") {
              set(r, c, { value: v === "" ? null : (v as MockCell["value"]), formula: null });
              return;
            }
            if (v.startsWith("'")) return set(r, c, { value: v.slice(1) === "" ? null : v.slice(1), formula: null });
            if (NUMBER.test(v.trim())) return set(r, c, { value: Number(v), formula: null });
            if (/^[=+-]/.test(v) && v.length > 1) {
              const formula = v.startsWith("=") ? v : `=${v}`;
              const kpi = /^=\s*KPI\./i.test(formula);
              const known = this.knownResults.has(formula)
                ? (this.knownResults.get(formula) ?? null)
                : (/^="(.*)"$/.exec(formula)?.[1] ?? "#NAME?");
              set(r, c, { value: kpi ? "#BUSY!" : known, formula });
              if (kpi) this.toCalculate.push({ sheet, k: key(r0 + r, c0 + c) });
              return;
            }
            set(r, c, { value: v === "" ? null : v, formula: null });
          }),
        );
      };
      if (mock.formulas !== seeded.formulas && Array.isArray(mock.formulas)) write(mock.formulas);
      if (mock.values !== seeded.values && Array.isArray(mock.values)) write(mock.values);
      const fill = mock.format?.fill?.color;
      if (!apply) return bytes;
      if (typeof fill === "string") for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) set(r, c, { fill });
      if (mock.format?.font?.bold === true)
        for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) set(r, c, { bold: true });
      const f = mock.format ?? {};
      const each = (patch: (cell: MockCell) => Partial<MockCell>) => {
        for (let r = 0; r < rows; r++)
          for (let c = 0; c < cols; c++) {
            const cell = sheet.cells.get(key(r0 + r, c0 + c)) ?? { value: null, formula: null, format: "General" };
            set(r, c, patch(cell));
          }
      };
      if (typeof f.wrapText === "boolean" && f.wrapText !== false) each(() => ({ wrap: true }));
      if (typeof f.horizontalAlignment === "string") each(() => ({ align: f.horizontalAlignment }));
      if (typeof f.verticalAlignment === "string") each(() => ({ valign: f.verticalAlignment }));
      for (const b of borders)
        if (b.style === "Continuous")
          each((cell) => ({ borders: { ...cell.borders, [b.edge]: String(b.color ?? "auto") } }));
      if (typeof f.rowHeight === "number") for (let r = 0; r < rows; r++) sheet.rowHeights.set(r0 + r, f.rowHeight);
      if (typeof f.columnWidth === "number" && f.columnWidth > 0)
        for (let c = 0; c < cols; c++) sheet.columnWidths.set(c0 + c, f.columnWidth);
      return bytes;
    });
    return mock;
  }

  private sheetMock(name: string): Anything {
    const sheet = this.sheets.get(name);
    const mock: Anything = new OfficeMockObject({
      name,
      getRangeByIndexes: (r: number, c: number, rows: number, cols: number) =>
        this.range(this.need(name), r, c, rows, cols),
      getUsedRangeOrNullObject: () => {
        const s = this.need(name);
        const box = this.usedBox(s);
        if (box === null) {
          const empty: Anything = new OfficeMockObject({
            values: [],
            rowIndex: 0,
            columnIndex: 0,
            rowCount: 0,
            columnCount: 0,
          });
          empty.isNullObject = true;
          this.loaded.push(empty);
          return empty;
        }
        return this.range(s, box.r0, box.c0, box.r1 - box.r0 + 1, box.c1 - box.c0 + 1);
      },
      getRange: () => {
        const whole: Anything = {
          clear: () => this.need(name).cells.clear(),
          unmerge: () => (this.need(name).merges = []),
          format: {},
        };
        this.pending.push((apply) => {
          if (apply && whole.format.useStandardHeight === true) this.need(name).rowHeights.clear();
          return 10;
        });
        return whole;
      },
      freezePanes: {
        freezeRows: (n: number) => {
          if (!Number.isInteger(n) || n < 0)
            throw new ExcelError("InvalidArgument", `freezeRows wants a count of rows, not ${String(n)}`);
          this.need(name).frozenRows = n;
        },
        unfreeze: () => {
          this.need(name).frozenRows = 0;
        },
      },
      activate: () => {
        this.active = name;
      },
    });
    mock.isNullObject = sheet === undefined;
    // A load queued after a sync is answered at the next one, as in Excel.
    const loadSheet = mock.load.bind(mock);
    mock.load = (what: string | string[]) => {
      if (!this.loaded.includes(mock)) this.loaded.push(mock);
      return loadSheet(what);
    };
    this.pageMembers(mock, name);
    if (sheet !== undefined)
      mock.charts = chartCollection({
        sheet: name,
        charts: sheet.charts,
        queue: (commit) =>
          this.pending.push((apply) => {
            if (apply) commit();
            return 100;
          }),
        need: (member, version) => this.need13(member, version),
      });
    this.pending.push((apply) => {
      if (apply && typeof mock.visibility === "string" && sheet !== undefined) {
        sheet.visibility = mock.visibility;
        this.undoCleared.push(`Worksheet.visibility (${name})`);
      }
      return 0;
    });
    this.loaded.push(mock);
    return mock;
  }

  /** worksheet.autoFilter and worksheet.pageLayout: ExcelApi 1.9, so reaching them on an older host throws. */
  private pageMembers(mock: Anything, name: string): void {
    const autoFilter: Anything = {
      load: () => {
        autoFilter.enabled = this.need(name).autoFilter !== null;
        return autoFilter;
      },
      apply: (range: Anything) => {
        const s = this.need(name);
        if (s.autoFilter !== null) throw new ExcelError("InvalidOperation", "The sheet already has an AutoFilter");
        s.autoFilter = areaOf.get(range) ?? null;
      },
      remove: () => {
        const s = this.need(name);
        if (s.autoFilter === null) throw new ExcelError("InvalidOperation", "The sheet has no AutoFilter to remove");
        s.autoFilter = null;
      },
    };
    const layout: Anything = {
      setPrintTitleRows: (rows: string) => {
        // A Range, or whole rows in A1 style ("$8:$8"); anything else Excel refuses.
        if (typeof rows !== "string" || !PRINT_TITLE_ROWS.test(rows))
          throw new ExcelError("InvalidArgument", `setPrintTitleRows wants rows such as "$1:$1", not ${String(rows)}`);
        this.need(name).page.printTitleRows = rows;
      },
      setPrintArea: (range: Anything) => {
        this.need(name).page.printArea = areaOf.get(range);
      },
      headersFooters: { defaultForAllPages: {} },
    };
    // What was set on the layout is applied at the sync after it was reached, as Excel queues it; a value
    // Excel refuses fails that sync, the whole batch with it.
    const commit = (apply: boolean) => {
      if (!this.sheets.has(name)) return 0;
      if (!apply) {
        checkPageLayout(layout);
        return 0;
      }
      const page = this.need(name).page;
      for (const k of ["orientation", "paperSize", "zoom", "centerHorizontally"] as const)
        if (layout[k] !== undefined) (page as Anything)[k] = layout[k];
      for (const k of ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"])
        if (typeof layout[k] === "number") page.margins[k] = layout[k];
      const footer = layout.headersFooters.defaultForAllPages.centerFooter;
      if (typeof footer === "string") page.centerFooter = footer;
      return 0;
    };
    Object.defineProperty(mock, "autoFilter", {
      get: () => {
        this.need13("Worksheet.autoFilter", "1.9");
        return autoFilter;
      },
    });
    Object.defineProperty(mock, "pageLayout", {
      get: () => {
        this.need13("Worksheet.pageLayout", "1.9");
        this.pending.push(commit);
        return layout;
      },
    });
  }

  private need(name: string): MockSheet {
    const s = this.sheets.get(name);
    if (s === undefined) throw new Error(`ItemNotFound: no sheet ${name}`);
    return s;
  }

  /**
   * Excel's calculation, for the formulas the add-in writes: =KPI.STATUS(...) and =KPI.DOT(...) with cell
   * references and quoted text, evaluated by the same functions the add-in registers: at the sync after
   * the one that wrote them (until then they show #BUSY!), or at a recalculation. Not again when a cell
   * they read changes. Seeded formulas keep their seeded value.
   */
  private calculate(cells: { sheet: MockSheet; k: string }[]): void {
    const call = /^=\s*KPI\.(STATUS|DOT)\((.*)\)$/i;
    for (const { sheet, k } of cells) {
      const cell = sheet.cells.get(k);
      const m = cell === undefined || cell.formula === null ? null : call.exec(cell.formula);
      if (cell === undefined || m === null) continue;
      const args = (m[2] ?? "").split(",").map((a) => {
        const text = /^"(.*)"$/.exec(a.trim());
        if (text !== null) return [[text[1] ?? ""]];
        const ref = parseBlockAddress(a.trim());
        const v = ref === null ? null : (sheet.cells.get(key(ref.rowIndex, ref.columnIndex))?.value ?? null);
        return [[v === null ? "" : v]];
      });
      const [a, b, c] = args as [Scalar[][], Scalar[][], Scalar[][]];
      const out = (m[1] ?? "").toUpperCase() === "STATUS" ? kpiStatus(a, b, c, [[null]]) : kpiDot(a, b, c, [[null]]);
      const result = out[0]?.[0];
      cell.value = typeof result === "string" || typeof result === "number" ? result : "#VALUE!";
    }
  }

  /** A CustomXmlPart as Office.js gives it: id and namespaceUri to load, getXml(), setXml(xml) and delete() queued. */
  private xmlPart(p: MockXmlPart): Anything {
    const part: Anything = { isNullObject: false };
    part.load = () => {
      this.loaded.push({ sync: () => Object.assign(part, { id: p.id, namespaceUri: p.namespace }) });
      return part;
    };
    part.getXml = () => {
      const result: Anything = {};
      this.responses.push(() => p.xml.length);
      this.loaded.push({ sync: () => (result.value = p.xml) });
      return result;
    };
    part.setXml = (xml: string) =>
      this.pending.push((apply) => {
        if (!apply) return xml.length;
        const namespace = checkedNamespace(xml);
        if (!this.customXml.includes(p)) throw new ExcelError("ItemNotFound", "The custom XML part was deleted.");
        p.xml = xml;
        p.namespace = namespace;
        return xml.length;
      });
    part.delete = () =>
      this.pending.push((apply) => {
        if (apply) this.customXml = this.customXml.filter((x) => x !== p);
        return 20;
      });
    return part;
  }

  /** CustomXmlPartScopedCollection: the parts of one namespace as they are at the sync, with getCount(). */
  private xmlParts(namespace: string): Anything {
    this.need13("CustomXmlPartCollection.getByNamespace", "1.5");
    const collection: Anything = { items: [] as unknown[] };
    collection.load = () => {
      this.loaded.push({
        sync: () =>
          (collection.items = this.customXml
            .filter((p) => p.namespace === namespace)
            .map((p) => Object.assign(this.xmlPart(p), { id: p.id, namespaceUri: p.namespace }))),
      });
      return collection;
    };
    collection.getCount = () => {
      const result: Anything = {};
      this.loaded.push({ sync: () => (result.value = this.customXml.filter((p) => p.namespace === namespace).length) });
      return result;
    };
    return collection;
  }

  /** A part the file already holds (as a workbook another tool wrote), checked as Excel checks one it opens. */
  seedPart(xml: string): void {
    this.customXml.push({
      id: `{${String(++this.partIds).padStart(8, "0")}-KPI-FILE}`,
      namespace: checkedNamespace(xml),
      xml,
    });
  }

  /**
   * Save and reopen: a new workbook holding only what Excel keeps in the file (sheets with their cells,
   * formats, fills, merges and colour rules, the settings, the custom XML parts and the active sheet).
   * Queued writes, the selection, the counters and undo are gone, as when the file is closed and opened.
   */
  saveAndReopen(): MockWorkbook {
    return MockWorkbook.reopen(this.save());
  }

  /** The workbook as a file would keep it: JSON text. */
  save(): string {
    return JSON.stringify({
      sheets: [...this.sheets.values()].map((s) => ({
        name: s.name,
        visibility: s.visibility,
        cells: [...s.cells],
        conditionalFormats: s.conditionalFormats,
        merges: s.merges,
        rowHeights: [...s.rowHeights],
        columnWidths: [...s.columnWidths],
        frozenRows: s.frozenRows,
        autoFilter: s.autoFilter,
        page: s.page,
        charts: s.charts,
      })),
      active: this.active,
      settings: [...this.settings],
      customXml: this.customXml,
      apiVersion: this.apiVersion,
      locale: this.locale,
    });
  }

  static reopen(file: string): MockWorkbook {
    const saved = JSON.parse(file) as {
      sheets: (Omit<MockSheet, "cells" | "rowHeights" | "columnWidths"> & {
        cells: [string, MockCell][];
        rowHeights: [number, number][];
        columnWidths: [number, number][];
      })[];
      active: string;
      settings: [string, string][];
      customXml: MockXmlPart[];
      apiVersion: string;
      locale: string;
    };
    const wb = new MockWorkbook();
    for (const s of saved.sheets) {
      const sheet = wb.addSheet(s.name);
      sheet.visibility = s.visibility;
      sheet.conditionalFormats = s.conditionalFormats;
      sheet.merges = s.merges;
      sheet.rowHeights = new Map(s.rowHeights);
      sheet.columnWidths = new Map(s.columnWidths);
      sheet.frozenRows = s.frozenRows;
      sheet.autoFilter = s.autoFilter;
      sheet.page = s.page;
      sheet.charts = s.charts;
      for (const [k, c] of s.cells) {
        sheet.cells.set(k, c);
        // A formula's last result is kept in the file with it.
        if (c.formula !== null && !/^=\s*KPI\./i.test(c.formula)) wb.knownResults.set(c.formula, c.value);
      }
    }
    wb.active = saved.active;
    wb.settings = new Map(saved.settings);
    wb.customXml = saved.customXml.map((p) => ({ ...p }));
    wb.partIds = wb.customXml.length;
    wb.apiVersion = saved.apiVersion;
    wb.locale = saved.locale;
    return wb;
  }

  /** The `Excel` global: Excel.run(batch) with a fresh context each time. */
  excel(): { run: <T>(batch: (context: Anything) => Promise<T>) => Promise<T> } {
    return { run: (batch) => batch(this.context()) };
  }

  context(): Anything {
    const settingItem = (k: string) => {
      const item: Anything = new OfficeMockObject({ value: this.settings.get(k) ?? "" });
      item.isNullObject = !this.settings.has(k);
      this.loaded.push(item);
      return item;
    };
    // WorksheetCollection.load("items/name"): the sheets as they are at the sync; no items before it.
    const loadSheetNames = (collection: Anything) =>
      this.loaded.push({ sync: () => (collection.items = [...this.sheets.keys()].map((name) => ({ name }))) });
    const context: Anything = new OfficeMockObject({
      workbook: {
        worksheets: {
          getActiveWorksheet: () => this.sheetMock(this.active),
          getItem: (name: string) => {
            this.need(name);
            return this.sheetMock(name);
          },
          getItemOrNullObject: (name: string) => this.sheetMock(name),
          // Called on the collection (office-addin-mock keeps a function as a method of its object).
          load: function (this: Anything) {
            loadSheetNames(this);
            return this;
          },
          add: (name: string) => {
            if (this.sheets.has(name)) throw new Error(`ItemAlreadyExists: ${name}`);
            this.addSheet(name);
            return this.sheetMock(name);
          },
        },
        customXmlParts: {
          getByNamespace: (namespace: string) => this.xmlParts(namespace),
          // Excel takes the part at the sync: XML that is not well formed fails the batch there (InvalidArgument),
          // and what the batch did before it stays done, as in Excel.
          add: (xml: string) => {
            if (typeof xml !== "string") throw new ExcelError("InvalidArgument", "The argument is invalid or missing.");
            const created: MockXmlPart = { id: "", namespace: "", xml };
            const part = this.xmlPart(created);
            this.pending.push((apply) => {
              if (!apply) return xml.length;
              created.namespace = checkedNamespace(xml);
              created.id = `{${String(++this.partIds).padStart(8, "0")}-KPI-MOCK}`;
              this.customXml.push(created);
              return xml.length;
            });
            return part;
          },
        },
        settings: {
          getItemOrNullObject: settingItem,
          add: (k: string, v: string) => {
            this.settings.set(k, v);
          },
        },
        getSelectedRange: () => {
          const s = this.need(this.active);
          const sel = this.selection ?? { r0: 0, c0: 0, rows: 1, cols: 1 };
          // Only what the adapter asks of a selection (seeding a whole-column range would be millions of cells):
          // its used part, as Range.getUsedRangeOrNullObject(true) gives it.
          const selected: Anything = {};
          selected.getUsedRangeOrNullObject = () => {
            const box = this.usedBox(s);
            const r0 = Math.max(sel.r0, box?.r0 ?? Infinity);
            const c0 = Math.max(sel.c0, box?.c0 ?? Infinity);
            const r1 = Math.min(sel.r0 + sel.rows - 1, box?.r1 ?? -1);
            const c1 = Math.min(sel.c0 + sel.cols - 1, box?.c1 ?? -1);
            if (box === null || r1 < r0 || c1 < c0) {
              const empty: Anything = new OfficeMockObject({
                values: [],
                rowIndex: 0,
                columnIndex: 0,
                rowCount: 0,
                columnCount: 0,
              });
              empty.isNullObject = true;
              this.loaded.push(empty);
              return empty;
            }
            return this.range(s, r0, c0, r1 - r0 + 1, c1 - c0 + 1);
          };
          return selected;
        },
      },
    });
    const application = {
      suspendApiCalculationUntilNextSync: () => {
        this.suspendCalls.calculation++;
        this.calculationSuspended = true;
      },
      suspendScreenUpdatingUntilNextSync: () => {
        this.need13("Application.suspendScreenUpdatingUntilNextSync", "1.9");
        this.suspendCalls.screen++;
      },
      calculate: () => {
        this.recalculate = true;
      },
    };
    context.workbook.application = application;
    context.application = application;
    context.sync = async () => {
      this.syncs++;
      const pending = this.pending.splice(0);
      const loaded = this.loaded.splice(0);
      const responses = this.responses.splice(0);
      const suspended = this.calculationSuspended;
      const recalculate = this.recalculate;
      this.calculationSuspended = false;
      this.recalculate = false;
      // Excel refuses the whole batch when its request or its response is over the limit.
      const request = pending.reduce((n, commit) => n + commit(false), 0);
      if (request > PAYLOAD_LIMIT)
        throw new ExcelError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size (${request} bytes) has exceeded the limit.`,
        );
      const response = responses.reduce((n, measure) => n + measure(), 0);
      if (response > PAYLOAD_LIMIT)
        throw new ExcelError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size (${response} bytes) has exceeded the limit.`,
        );
      // Formulas written at an earlier sync have been calculated by now.
      this.calculate(this.toCalculateNext.splice(0));
      for (const commit of pending) commit(true);
      const written = this.toCalculate.splice(0);
      if (suspended && written.length + pending.length > 0) this.staleAfterSuspend = true;
      if (recalculate) {
        this.calculate(written);
        this.staleAfterSuspend = false;
      } else this.toCalculateNext.push(...written);
      this.largestPayload = Math.max(this.largestPayload, request);
      this.largestResponse = Math.max(this.largestResponse, response);
      for (const m of loaded)
        await (m instanceof OfficeMockObject ? OfficeMockObject.prototype.sync.call(m) : m.sync());
      await OfficeMockObject.prototype.sync.call(context);
    };
    return context;
  }
}
