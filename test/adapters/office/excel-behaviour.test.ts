/**
 * The Office adapter against behaviour Microsoft documents for real Excel, with the strict mock:
 * requirement sets, the 5 MB response limit, calculation, merged cells, fills and split colour rules.
 */
import path from "node:path";
import { readWorkbook } from "../../../src/adapters/xlsx/read-workbook";
import { gridFromRows, type CellValue, type Grid } from "../../../src/domain/sheet/grid";
import { detectScorecard } from "../../../src/domain/layout";
import { measureRows } from "../../../src/domain/layout/rows";
import { assessTable } from "../../../src/domain/assessment/assess";
import { planStatusWrites, type WritebackOptions } from "../../../src/domain/plan/writeback";
import { createOfficeGateway } from "../../../src/adapters/office/office-gateway";
import { withOwnerTitle } from "../../../src/domain/plan/workbook-plan";
import { MockWorkbook, PAYLOAD_LIMIT } from "../../support/mock-workbook";

const example = path.resolve(__dirname, "../../../examples/council-plan-2019-q1.xlsx");
const gatewayFor = (wb: MockWorkbook) => createOfficeGateway(wb.excel().run, wb.supports);

function scorecard(n: number, title = (i: number) => `Measure ${i + 1}`): Grid {
  const rows: CellValue[][] = [
    [
      "Ref No.",
      "Measure",
      "Good performance",
      "Frequency of reporting",
      "Target",
      "Q1 Apr - June 2023/24",
      "Q2 Jul - Sep 2023/24",
    ],
  ];
  for (let i = 0; i < n; i++)
    rows.push([
      `M${i + 1}`,
      title(i),
      i % 2 ? "low" : "high",
      "Monthly",
      i % 3 ? "85.0%" : "<8%",
      `${70 + (i % 20)}.5%`,
      `${71 + (i % 19)}.2%`,
    ]);
  return gridFromRows("Scorecard", rows);
}

function plan(grid: Grid, options: Partial<WritebackOptions> = {}) {
  const [table] = detectScorecard(grid);
  if (table === undefined) throw new Error("no table");
  return planStatusWrites(measureRows(grid, table), assessTable(measureRows(grid, table)), {
    mode: "value",
    recorded: "keep",
    dotStyle: "arrow",
    ...options,
  });
}

describe("requirement sets", () => {
  it("writes on a host with ExcelApi 1.7 only: it never calls a 1.9 member there (office.js would throw ApiNotFound)", async () => {
    const grid = scorecard(5);
    const wb = MockWorkbook.fromGrids([grid]);
    wb.apiVersion = "1.7";
    const gateway = gatewayFor(wb);
    const read = await gateway.readSheet("used-range");
    expect(read.grid.fills).toBeUndefined();
    expect(read.grid.merges).toBeUndefined();
    await gateway.applyPlan(plan(read.grid));
    expect(wb.suspendCalls.screen).toBe(0);
    expect(["✓", "●", "✘"]).toContain(wb.cell("Scorecard", 2, 8)?.value);
    await gateway.restorePrevious();
    expect(wb.sheets.get("Scorecard")?.conditionalFormats).toEqual([]);
  });
});

describe("calculation during a write", () => {
  it("suspends calculation and screen updating once for a write of several chunks, then recalculates", async () => {
    const grid = scorecard(3000);
    const wb = MockWorkbook.fromGrids([grid]);
    const p = plan(grid, { mode: "formula" });
    // Long notes in a column of their own make the write more than one chunk.
    const notes = Array.from({ length: 3000 }, (_, i) => ({
      row: i + 2,
      column: 12,
      value: { kind: "text" as const, text: `note ${i} ${"x".repeat(1000)}` },
      before: "",
    }));
    const result = await gatewayFor(wb).applyPlan({ ...p, edits: [...p.edits, { sheet: "Scorecard", cells: notes }] });
    expect(result.chunks).toBeGreaterThan(1);
    expect(wb.suspendCalls).toEqual({ calculation: 1, screen: 1 });
    expect(wb.staleAfterSuspend).toBe(false);
  });

  it("freezes no #BUSY! into a value: a =KPI formula still calculating is left, and counted", async () => {
    const wb = MockWorkbook.fromGrids([gridFromRows("S", [["a"]])]);
    wb.sheets.get("S")?.cells.set("1,0", { value: "#BUSY!", formula: "=KPI.STATUS(B2,C2,D2)", format: "General" });
    wb.sheets.get("S")?.cells.set("2,0", { value: "✓", formula: "=KPI.STATUS(B3,C3,D3)", format: "General" });
    expect(await gatewayFor(wb).convertFormulasToValues()).toEqual({ converted: 1, errors: 1, spilling: 0 });
    expect(wb.cell("S", 2, 1)).toMatchObject({ formula: "=KPI.STATUS(B2,C2,D2)" });
  });

  it("leaves no =KPI formula showing #BUSY! when the sheet is read again after a formula-mode write", async () => {
    const grid = scorecard(4);
    const wb = MockWorkbook.fromGrids([grid]);
    const gateway = gatewayFor(wb);
    await gateway.applyPlan(plan(grid, { mode: "formula" }));
    const again = await gateway.readAgain("Scorecard", null);
    const statuses = again.grid.values.slice(1).map((row) => row[7]);
    expect(statuses).toHaveLength(4);
    for (const s of statuses) expect(["✓", "●", "✘"]).toContain(s);
  });
});

describe("the 5 MB response limit", () => {
  // 5,000 rows of 500-character titles: the titles' values and formulas alone are 5 MB, and their text 2.5 MB more.
  const rows = 5000;
  const big = () =>
    scorecard(rows, (i) => `Measure ${i + 1}: ${"proportion of cases completed in timescale ".repeat(11)}`);

  it("reads a sheet whose cells come to more than 5 MB, in blocks each under the limit", async () => {
    const grid = big();
    const wb = MockWorkbook.fromGrids([grid]);
    const read = await gatewayFor(wb).readSheet("used-range");
    expect(read.grid.values).toEqual(grid.values);
    expect(wb.largestResponse).toBeGreaterThan(1_000_000);
    expect(wb.largestResponse).toBeLessThan(PAYLOAD_LIMIT);
    // A few blocks: the syncs follow the bytes, not the rows.
    expect(wb.syncs).toBeLessThan(10);
  });

  it("converts formulas on a sheet whose cells come to more than 5 MB", async () => {
    const grid = big();
    const wb = MockWorkbook.fromGrids([grid]);
    const sheet = wb.sheets.get("Scorecard");
    for (let r = 1; r <= rows; r++)
      sheet?.cells.set(`${r},7`, {
        value: "✓",
        formula: `=KPI.STATUS(G${r + 1},E${r + 1},C${r + 1})`,
        format: "General",
      });
    const outcome = await gatewayFor(wb).convertFormulasToValues();
    expect(outcome).toEqual({ converted: rows, errors: 0, spilling: 0 });
    expect(wb.cell("Scorecard", rows + 1, 8)).toMatchObject({ value: "✓", formula: null });
    expect(wb.largestResponse).toBeLessThan(PAYLOAD_LIMIT);
  });
});

describe("the 5 MB request limit on report sheets", () => {
  it("writes a report of 30,000 rows (the Exceptions of a big scorecard) in requests each under the limit", async () => {
    const wb = MockWorkbook.fromGrids([scorecard(1)]);
    const text = (t: string) => ({ value: { kind: "text" as const, text: t } });
    const rows = Array.from({ length: 30_000 }, (_, i) => [
      text(`M${i}`),
      text(`Measure ${i}: proportion of cases completed in timescale`),
      text("85.0%"),
      text("71.2%"),
      { ...text("Red"), fill: "red" as const },
    ]);
    const report = withOwnerTitle({ kind: "exceptions", name: "Exceptions", rows, columnWidths: [] });
    await gatewayFor(wb).writeReport(report);
    expect(wb.largestPayload).toBeLessThan(PAYLOAD_LIMIT);
    expect(wb.cell("Exceptions", report.rows.length, 2)?.value).toBe(
      "Measure 29999: proportion of cases completed in timescale",
    );
    expect(wb.cell("Exceptions", report.rows.length, 5)).toMatchObject({ value: "Red", fill: "#FFC7CE" });
  });
});

describe("merged cells and fills", () => {
  it("reads merged areas into the grid as the file adapter does, so both detect the same layout", async () => {
    const { grids } = await readWorkbook(example);
    const file = grids[0] as Grid;
    expect(file.merges?.length).toBeGreaterThan(0);
    const wb = MockWorkbook.fromGrids([file]);
    const read = await gatewayFor(wb).readSheet("used-range");
    const sorted = (m: Grid["merges"]) => [...(m ?? [])].sort((a, b) => a.top - b.top || a.left - b.left);
    expect(sorted(read.grid.merges)).toEqual(sorted(file.merges));
    const shape = (g: Grid) =>
      detectScorecard(g).map((t) => ({ measures: t.measures.length, columns: t.columns.map((c) => c.role) }));
    expect(shape(read.grid)).toEqual(shape(file));
  });

  it("reads each cell's fill as #RRGGBB, null where there is none", async () => {
    const grid = gridFromRows("S", [
      ["Ref", "RAG"],
      ["M1", null],
      ["M2", null],
    ]);
    const wb = MockWorkbook.fromGrids([grid]);
    const sheet = wb.sheets.get("S");
    sheet?.cells.set("1,1", { value: null, formula: null, format: "General", fill: "#ffc7ce" });
    sheet?.cells.set("2,1", { value: " ", formula: null, format: "General", fill: "#C6EFCE" });
    const read = await gatewayFor(wb).readSheet("used-range");
    expect(read.grid.fills).toEqual([
      [null, null],
      [null, "#FFC7CE"],
      [null, "#C6EFCE"],
    ]);
  });
});

describe("colour rules split by a sort or a copy", () => {
  it("still knows its own rules when each covers several areas: adds no second set", async () => {
    const grid = scorecard(6);
    const wb = MockWorkbook.fromGrids([grid]);
    const gateway = gatewayFor(wb);
    await gateway.applyPlan(plan(grid));
    const sheet = wb.sheets.get("Scorecard");
    if (sheet === undefined) throw new Error("no sheet");
    // A sort split each rule over the measure rows (2-7) into two areas, listed bottom first.
    const split = sheet.conditionalFormats.filter((r) => r.r0 === 1 && r.rows === 6);
    expect(split.length).toBeGreaterThanOrEqual(12);
    for (const r of split)
      r.areas = [
        { r0: 4, c0: r.c0, rows: 3, cols: 1 },
        { r0: 1, c0: r.c0, rows: 3, cols: 1 },
      ];
    const count = sheet.conditionalFormats.length;
    await gateway.applyPlan(plan((await gateway.readSheet("used-range")).grid, { recorded: "replace" }));
    expect(sheet.conditionalFormats).toHaveLength(count);
  });

  it("takes off a split rule it added when the write is restored", async () => {
    const grid = scorecard(6);
    const wb = MockWorkbook.fromGrids([grid]);
    const gateway = gatewayFor(wb);
    await gateway.applyPlan(plan(grid));
    const sheet = wb.sheets.get("Scorecard");
    for (const r of sheet?.conditionalFormats ?? [])
      if (r.r0 === 1 && r.rows === 6)
        r.areas = [
          { r0: 1, c0: r.c0, rows: 2, cols: 1 },
          { r0: 3, c0: r.c0, rows: 4, cols: 1 },
        ];
    await gateway.restorePrevious();
    expect(sheet?.conditionalFormats).toEqual([]);
  });
});
