/**
 * The report sheets as the CLI writes them, checked where no renderer is needed: every heading fits its column
 * (its longest word on one line, its lines within its row), every wrapped cell's row is tall enough for its
 * lines, figures are numbers with their formats, and each sheet carries its page setup, frozen rows and filter.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { FILL_COLOURS } from "../../src/domain/plan/workbook-plan";
import {
  DEFAULT_ROW_HEIGHT,
  LINE_HEIGHT,
  textWidth,
  usableWidth,
  widestWord,
  wrappedLines,
} from "../../src/domain/plan/text-fit";
import { runCli } from "../support/run-cli";
import { loadWorkbook } from "../support/workbook-cells";

const examples = path.resolve(__dirname, "../../examples");
const EXAMPLES = ["council-plan-2019-q1.xlsx", "corporate-plan-2016-q2.xlsx", "directorate-performance-2023-q2.xlsx"];
const REPORTS = ["Summary", "Exceptions", "Checks", "KPI History"];
const HEADER_ARGB = `FF${FILL_COLOURS.header.slice(1).toUpperCase()}`;

async function scored(name: string): Promise<ExcelJS.Workbook> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "kpi-layout-")), name);
  const run = await runCli([path.join(examples, name), "-o", out]);
  expect(run.code).toBe(0);
  return loadWorkbook(out);
}

/** Each cell with text, its width in characters (the columns it spans when merged) and its row's height. */
function cellsWithRoom(ws: ExcelJS.Worksheet) {
  const spans = new Map<string, number>();
  for (const ref of (ws.model as { merges?: string[] }).merges ?? []) {
    const [from, to] = ref.split(":") as [string, string];
    spans.set(from, ws.getCell(to).fullAddress.col - ws.getCell(from).fullAddress.col + 1);
  }
  const out: { address: string; text: string; width: number; height: number; cell: ExcelJS.Cell }[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const col = Number(cell.fullAddress.col);
      let width = 0;
      for (let c = col; c < col + (spans.get(cell.address) ?? 1); c++) width += ws.getColumn(c).width ?? 8.43;
      const text = typeof cell.value === "string" ? cell.value : String(cell.value ?? "");
      out.push({ address: cell.address, text, width, height: row.height ?? DEFAULT_ROW_HEIGHT, cell });
    }),
  );
  return out;
}

describe.each(EXAMPLES)("the report sheets of %s, as written", (name) => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await scored(name);
  });

  it("heads every table with headings that fit their columns: no word cut, every line within the row", () => {
    let headings = 0;
    for (const sheet of REPORTS) {
      const ws = wb.getWorksheet(sheet);
      if (ws === undefined) throw new Error(`no ${sheet}`);
      for (const { address, text, width, height, cell } of cellsWithRoom(ws)) {
        const fill = cell.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined;
        if (fill !== HEADER_ARGB || cell.font?.bold !== true || text === "") continue;
        headings++;
        const where = `${sheet}!${address} "${text}" in ${width} characters`;
        expect([where, widestWord(text, true) <= usableWidth(width)]).toEqual([where, true]);
        if (cell.alignment?.wrapText !== true)
          expect([where, textWidth(text, true) <= usableWidth(width)]).toEqual([where, true]);
        else
          expect([
            where,
            wrappedLines(text, width, true) * LINE_HEIGHT <= Math.max(height, DEFAULT_ROW_HEIGHT),
          ]).toEqual([where, true]);
      }
    }
    expect(headings).toBeGreaterThan(30);
  });

  it("makes every row with wrapped text tall enough for its lines", () => {
    let wrapped = 0;
    for (const sheet of REPORTS) {
      for (const { address, text, width, height, cell } of cellsWithRoom(wb.getWorksheet(sheet)!)) {
        if (cell.alignment?.wrapText !== true || text === "") continue;
        wrapped++;
        const lines = wrappedLines(text, width, cell.font?.bold === true);
        const where = `${sheet}!${address}: ${lines} lines in ${height} pt`;
        expect([where, lines * LINE_HEIGHT <= height + 0.01]).toEqual([where, true]);
      }
    }
    expect(wrapped).toBeGreaterThan(20);
  });

  it("writes the Exceptions' figures as numbers in the format the scorecard showed them in", () => {
    const ws = wb.getWorksheet("Exceptions")!;
    const header = ws.getRow(Number(ws.autoFilter === undefined ? 0 : String(ws.autoFilter).match(/\d+/)?.[0]));
    const columns = [6, 7];
    expect(columns.map((c) => String(header.getCell(c).value))).toEqual([
      expect.stringMatching(/^Current/),
      expect.stringMatching(/^Previous/),
    ]);
    let figures = 0;
    ws.eachRow((row, r) => {
      if (r <= header.number) return;
      for (const c of columns) {
        const cell = row.getCell(c);
        if (typeof cell.value === "string" && /^-?\d+(\.\d+)?%?$/.test(cell.value.trim()))
          throw new Error(`Exceptions!${cell.address} holds the figure ${cell.value} as text`);
        if (typeof cell.value === "number") {
          figures++;
          expect(cell.numFmt).toMatch(/^[£#,0.]+%?$/);
        }
      }
    });
    expect(figures).toBeGreaterThan(0);
  });

  it("sets each sheet to print on A4 one page wide, the lists landscape with their header repeated, frozen and filtered", () => {
    const summary = wb.getWorksheet("Summary")!;
    expect(summary.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    for (const list of ["Exceptions", "Checks"]) {
      const ws = wb.getWorksheet(list)!;
      const view = ws.views[0] as { state?: string; ySplit?: number };
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1 });
      expect(view.state).toBe("frozen");
      expect(ws.pageSetup.printTitlesRow).toBe(`${view.ySplit}:${view.ySplit}`);
      const header = ws.getRow(view.ySplit ?? 0);
      expect(header.getCell(1).value).toBe(list === "Exceptions" ? "Ref" : "Check");
      if (ws.autoFilter !== undefined)
        expect(String(ws.autoFilter)).toMatch(new RegExp(`^A${view.ySplit}:[A-Z]+\\d+$`));
    }
    // On paper the Exceptions run from Ref to Trend, and leave out where a measure sits in the workbook (Sheet, Row).
    const exceptions = wb.getWorksheet("Exceptions")!;
    expect(exceptions.pageSetup.printArea).toMatch(/^A1:L\d+$/);
    const header = exceptions.getRow(Number((exceptions.views[0] as { ySplit?: number }).ySplit));
    expect([header.getCell(12).value, header.getCell(13).value, header.getCell(14).value]).toEqual([
      "Trend",
      "Sheet",
      "Row",
    ]);
  });
});

describe("the KPI History, as written", () => {
  it("prints on A4 landscape one page wide, its header row on every page and the sheet named in the footer", async () => {
    const ws = (await scored("directorate-performance-2023-q2.xlsx")).getWorksheet("KPI History")!;
    expect(ws.getRow(3).getCell(1).value).toBe("Period");
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1 });
    expect(ws.pageSetup.printTitlesRow).toBe("3:3");
    expect(ws.headerFooter.oddFooter).toBe("&A, page &P of &N");
  });

  it("wraps the ref, measure, value, target and reason so a printed row is never cut off, frozen and filtered", async () => {
    const ws = (await scored("directorate-performance-2023-q2.xlsx")).getWorksheet("KPI History")!;
    expect([2, 3, 4, 5, 8].map((c) => ws.getRow(4).getCell(c).alignment?.wrapText)).toEqual(Array(5).fill(true));
    expect([6, 7].map((c) => ws.getRow(4).getCell(c).alignment?.horizontal)).toEqual(["center", "center"]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ws.autoFilter).toBe(`A3:K${3 + 31}`);
  });
});

describe("columns added to a scorecard, as written", () => {
  it("head every header row in the table's own heading style, wide enough for Overall status, symbols centred", async () => {
    const wb = await scored("directorate-performance-2023-q2.xlsx");
    const ws = wb.worksheets[0]!;
    const headings: ExcelJS.Cell[] = [];
    ws.eachRow((row) => row.eachCell((cell) => void (cell.value === "Overall status" && headings.push(cell))));
    expect(headings.length).toBeGreaterThan(3); // one on each of the sheet's header rows
    for (const h of headings) {
      const beside = ws.getCell(Number(h.row), Number(h.col) - 1);
      expect(h.font).toEqual({ ...beside.font, bold: true });
      expect(h.border).toEqual(beside.border);
      expect(h.alignment?.horizontal).toBe("center");
      expect(textWidth("Overall status", true)).toBeLessThanOrEqual(
        usableWidth(ws.getColumn(Number(h.col)).width ?? 0),
      );
      const below = ws.getCell(Number(h.row) + 1, Number(h.col));
      expect([below.value, below.alignment?.horizontal]).toEqual([expect.stringMatching(/^[✓●✘✱□■]$/), "center"]);
    }
  });
});
