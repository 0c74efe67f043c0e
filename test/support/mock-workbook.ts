/**
 * A workbook behind Microsoft's office-addin-mock: the object model comes from OfficeMockObject
 * (load-before-read enforced), and this file keeps the cells, applying queued writes at each
 * context.sync() as Excel does. It counts syncs and the largest request payload.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { Grid } from "../../src/domain/sheet/grid";
import { isCellError } from "../../src/domain/sheet/grid";
import { displayNumber } from "../../src/adapters/xlsx/display-text";
import { dot as kpiDot, status as kpiStatus } from "../../src/functions/kpi";
import { parseBlockAddress } from "../../src/adapters/office/blocks";

type Scalar = string | number | boolean | null;

export interface MockCell {
  value: string | number | boolean | null;
  formula: string | null;
  format: string;
  fill?: string;
  bold?: boolean;
}

export interface MockSheet {
  name: string;
  cells: Map<string, MockCell>;
  visibility: string;
  /** Conditional formats, each on a rectangle (0-based), with the text it tests and its fill. */
  conditionalFormats: MockRule[];
}

export interface MockRule {
  id: string;
  r0: number;
  c0: number;
  rows: number;
  cols: number;
  text: string;
  colour: string;
}

const key = (r: number, c: number) => `${r},${c}`;
const intersects = (f: MockRule, r0: number, c0: number, rows: number, cols: number) =>
  f.r0 < r0 + rows && r0 < f.r0 + f.rows && f.c0 < c0 + cols && c0 < f.c0 + f.cols;
const ERRORS = new Set(["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!"]);

type Anything = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the mock object model is untyped

export class MockWorkbook {
  sheets = new Map<string, MockSheet>();
  active = "";
  settings = new Map<string, string>();
  syncs = 0;
  largestPayload = 0;
  private ruleIds = 0;
  /** Formula cells written since the last sync, to calculate at it. */
  private toCalculate: { sheet: MockSheet; k: string }[] = [];
  /** The selected rectangle (0-based), for readSheet("selection"); A1 when unset. */
  selection: { r0: number; c0: number; rows: number; cols: number } | null = null;
  private pending: (() => number)[] = [];
  private loaded: Anything[] = [];

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
        }),
      );
    }
    wb.active = grids[0]?.sheet ?? "";
    return wb;
  }

  addSheet(name: string): MockSheet {
    const sheet: MockSheet = { name, cells: new Map(), visibility: "Visible", conditionalFormats: [] };
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
    const blank = (c: MockCell) => (c.value === null || c.value === "") && c.formula === null && c.format === "General" && c.fill === undefined && c.bold !== true;
    for (const [name, s] of this.sheets) out[name] = Object.fromEntries([...s.cells].filter(([, c]) => !blank(c)).map(([k, c]) => [k, { ...c }]));
    return out;
  }

  private text(c: MockCell | undefined): string {
    if (c === undefined || c.value === null) return "";
    if (typeof c.value === "number") return displayNumber(c.value, c.format);
    return String(c.value);
  }

  private usedBox(sheet: MockSheet): { r0: number; c0: number; r1: number; c1: number } | null {
    let box: { r0: number; c0: number; r1: number; c1: number } | null = null;
    for (const [k, c] of sheet.cells) {
      if (c.value === null || c.value === "") continue;
      const [r, col] = k.split(",").map(Number) as [number, number];
      box = box === null ? { r0: r, c0: col, r1: r, c1: col } : { r0: Math.min(box.r0, r), c0: Math.min(box.c0, col), r1: Math.max(box.r1, r), c1: Math.max(box.c1, col) };
    }
    return box;
  }

  private range(sheet: MockSheet, r0: number, c0: number, rows: number, cols: number): Anything {
    const grid = <T>(f: (c: MockCell | undefined) => T): T[][] =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(sheet.cells.get(key(r0 + r, c0 + c)))));
    const seeded = {
      values: grid((c) => (c?.value ?? "")),
      text: grid((c) => this.text(c)),
      numberFormat: grid((c) => c?.format ?? "General"),
      formulas: grid((c) => c?.formula ?? c?.value ?? ""),
      valueTypes: grid((c) => (c === undefined || c.value === null || c.value === "" ? "Empty" : typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : ERRORS.has(String(c.value)) ? "Error" : "String")),
    };
    const mock: Anything = new OfficeMockObject({
      ...seeded,
      rowIndex: r0,
      columnIndex: c0,
      rowCount: rows,
      columnCount: cols,
      address: `${sheet.name}!R${r0 + 1}C${c0 + 1}`,
      format: { fill: {}, font: {}, wrapText: false, columnWidth: 0 },
      conditionalFormats: {
        // The rules that intersect this range, as Excel's collection has them: what each tests, its fill and
        // where it applies are there to load, and delete() is queued to the next sync. Ids are priorities, as
        // in Excel, so nothing may rely on them.
        items: sheet.conditionalFormats
          .map((f, priority) => ({ f, priority }))
          .filter(({ f }) => intersects(f, r0, c0, rows, cols))
          .map(({ f, priority }) => {
            const where: Anything = { isNullObject: false, rowIndex: f.r0, columnIndex: f.c0, rowCount: f.rows, columnCount: f.cols };
            where.load = () => where;
            const item: Anything = {
              id: String(priority),
              type: "ContainsText",
              textComparison: { load: () => item.textComparison, rule: { operator: "Contains", text: f.text }, format: { fill: { color: f.colour } } },
              getRangeOrNullObject: () => where,
              delete: () =>
                this.pending.push(() => {
                  sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== f);
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
          this.pending.push(() => {
            // A new rule takes the top priority, as in Excel.
            sheet.conditionalFormats.unshift({ id: `{${++this.ruleIds}}`, r0, c0, rows, cols, text: cf.textComparison.rule?.text, colour: cf.textComparison.format.fill.color });
            return 50;
          });
          return cf;
        },
      },
      getCell: (r: number, c: number) => this.range(sheet, r0 + r, c0 + c, 1, 1),
      clear: () => {
        for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) sheet.cells.delete(key(r0 + r, c0 + c));
      },
    });
    mock.isNullObject = false;
    this.loaded.push(mock);
    // Writes are queued like Excel's: applied at the next sync, formats first.
    this.pending.push(() => {
      let bytes = 0;
      const set = (r: number, c: number, patch: Partial<MockCell>) => {
        const k = key(r0 + r, c0 + c);
        const cell = sheet.cells.get(k) ?? { value: null, formula: null, format: "General" };
        sheet.cells.set(k, { ...cell, ...patch });
      };
      if (mock.numberFormat !== seeded.numberFormat && Array.isArray(mock.numberFormat)) {
        bytes += JSON.stringify(mock.numberFormat).length;
        (mock.numberFormat as string[][]).forEach((row, r) => row.forEach((f, c) => set(r, c, { format: f })));
      }
      const write = (m: unknown[][], asFormulas: boolean) => {
        bytes += JSON.stringify(m).length;
        m.forEach((row, r) =>
          row.forEach((v, c) => {
            const format = sheet.cells.get(key(r0 + r, c0 + c))?.format ?? "General";
            const isFormula = asFormulas && typeof v === "string" && v.startsWith("=") && format !== "@";
            // A leading apostrophe is Excel's text prefix: the cell holds the text after it.
            const text = typeof v === "string" && v.startsWith("'") && format !== "@" ? v.slice(1) : v;
            set(r, c, { value: isFormula ? null : text === "" ? null : (text as MockCell["value"]), formula: isFormula ? (v as string) : null });
            if (isFormula) this.toCalculate.push({ sheet, k: key(r0 + r, c0 + c) });
          }),
        );
      };
      if (mock.formulas !== seeded.formulas && Array.isArray(mock.formulas)) write(mock.formulas, true);
      if (mock.values !== seeded.values && Array.isArray(mock.values)) write(mock.values, false);
      const fill = mock.format?.fill?.color;
      if (typeof fill === "string") for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) set(r, c, { fill });
      if (mock.format?.font?.bold === true) for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) set(r, c, { bold: true });
      return bytes;
    });
    return mock;
  }

  private sheetMock(name: string): Anything {
    const sheet = this.sheets.get(name);
    const mock: Anything = new OfficeMockObject({
      name,
      getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => this.range(this.need(name), r, c, rows, cols),
      getUsedRangeOrNullObject: () => {
        const s = this.need(name);
        const box = this.usedBox(s);
        if (box === null) {
          const empty: Anything = new OfficeMockObject({ values: [], rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 });
          empty.isNullObject = true;
          this.loaded.push(empty);
          return empty;
        }
        return this.range(s, box.r0, box.c0, box.r1 - box.r0 + 1, box.c1 - box.c0 + 1);
      },
      getRange: () => ({ clear: () => this.need(name).cells.clear() }),
      activate: () => {
        this.active = name;
      },
    });
    mock.isNullObject = sheet === undefined;
    this.pending.push(() => {
      if (typeof mock.visibility === "string" && sheet !== undefined) sheet.visibility = mock.visibility;
      return 0;
    });
    this.loaded.push(mock);
    return mock;
  }

  private need(name: string): MockSheet {
    const s = this.sheets.get(name);
    if (s === undefined) throw new Error(`ItemNotFound: no sheet ${name}`);
    return s;
  }

  /**
   * Excel's calculation, for the formulas the add-in writes: =KPI.STATUS(...) and =KPI.DOT(...) with cell
   * references and quoted text, evaluated by the same functions the add-in registers, when they are
   * written (not again when a cell they read changes). Seeded formulas keep their seeded value.
   */
  private calculate(): void {
    const call = /^=\s*KPI\.(STATUS|DOT)\((.*)\)$/i;
    for (const { sheet, k } of this.toCalculate.splice(0)) {
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
    const context: Anything = new OfficeMockObject({
      workbook: {
        worksheets: {
          getActiveWorksheet: () => this.sheetMock(this.active),
          getItem: (name: string) => {
            this.need(name);
            return this.sheetMock(name);
          },
          getItemOrNullObject: (name: string) => this.sheetMock(name),
          add: (name: string) => {
            if (this.sheets.has(name)) throw new Error(`ItemAlreadyExists: ${name}`);
            this.addSheet(name);
            return this.sheetMock(name);
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
              const empty: Anything = new OfficeMockObject({ values: [], rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 });
              empty.isNullObject = true;
              this.loaded.push(empty);
              return empty;
            }
            return this.range(s, r0, c0, r1 - r0 + 1, c1 - c0 + 1);
          };
          return selected;
        },
      },
      application: { suspendApiCalculationUntilNextSync: () => undefined, suspendScreenUpdatingUntilNextSync: () => undefined },
    });
    context.sync = async () => {
      this.syncs++;
      let bytes = 0;
      for (const commit of this.pending.splice(0)) bytes += commit();
      this.calculate();
      this.largestPayload = Math.max(this.largestPayload, bytes);
      for (const m of this.loaded.splice(0)) await OfficeMockObject.prototype.sync.call(m);
      await OfficeMockObject.prototype.sync.call(context);
    };
    return context;
  }
}
