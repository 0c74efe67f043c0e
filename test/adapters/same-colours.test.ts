/**
 * The file adapter paints the plan's fills; the Office adapter adds colour rules that test each cell's text.
 * Applied to the same plan, both must colour the same cells the same colours (judging/fills.ts).
 */
import path from "node:path";
import type ExcelJS from "exceljs";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { applyPlan } from "../../src/adapters/xlsx/write-workbook";
import { createOfficeGateway } from "../../src/adapters/office/office-gateway";
import { scoreGrids } from "../../src/domain/pipeline";
import type { WritebackOptions } from "../../src/domain/plan/writeback";
import type { WorkbookPlan } from "../../src/domain/plan/workbook-plan";
import { MockWorkbook } from "../support/mock-workbook";

const examples = path.resolve(__dirname, "../../examples");
type Colours = Map<string, string>;

function argbOf(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill as { type?: string; fgColor?: { argb?: string } } | undefined;
  const argb = fill?.type === "pattern" ? fill.fgColor?.argb : undefined;
  return argb === undefined ? null : `#${argb.slice(2).toUpperCase()}`;
}

/** Every cell of the plan's sheets whose fill the file adapter changed, with its new colour. */
function fileColours(before: ExcelJS.Workbook, after: ExcelJS.Workbook, plan: WorkbookPlan): Colours {
  const colours: Colours = new Map();
  for (const { sheet } of plan.edits) {
    const was = before.getWorksheet(sheet);
    const now = after.getWorksheet(sheet);
    if (was === undefined || now === undefined) throw new Error(`no sheet ${sheet}`);
    now.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const colour = argbOf(cell);
        if (colour !== null && colour !== argbOf(was.getCell(r, c))) colours.set(`${sheet}!${r},${c}`, colour);
      }),
    );
  }
  return colours;
}

/** Every cell an add-in colour rule colours: the first rule over the cell whose text the cell's text contains. */
function officeColours(wb: MockWorkbook, plan: WorkbookPlan, before: Set<string>): Colours {
  const colours: Colours = new Map();
  for (const { sheet } of plan.edits) {
    const s = wb.sheets.get(sheet);
    if (s === undefined) throw new Error(`no sheet ${sheet}`);
    const added = s.conditionalFormats.filter((f) => !before.has(`${sheet}|${f.id}`));
    for (const [at, cell] of s.cells) {
      const [r, c] = at.split(",").map(Number) as [number, number];
      const text = cell.value === null ? "" : String(cell.value);
      const rule = added.find((f) => r >= f.r0 && r < f.r0 + f.rows && c >= f.c0 && c < f.c0 + f.cols && text.includes(f.text));
      if (rule !== undefined) colours.set(`${sheet}!${r + 1},${c + 1}`, rule.colour.toUpperCase());
    }
  }
  return colours;
}

const sorted = (m: Colours) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b));

describe("the file and Office adapters colour the same cells the same way", () => {
  const cases: [string, Partial<WritebackOptions>][] = [
    ["directorate-performance-2023-q2.xlsx", {}],
    ["directorate-performance-2023-q2.xlsx", { dotStyle: "value" }],
    ["directorate-performance-2023-q2.xlsx", { dotStyle: "word", mode: "formula" }],
    ["council-plan-2019-q1.xlsx", {}],
    ["council-plan-2019-q1.xlsx", { recorded: "replace" }],
    ["corporate-plan-2016-q2.xlsx", { dotStyle: "value" }],
  ];
  it.each(cases)("%s with %j", async (file, chosen) => {
    const input = path.join(examples, file);
    const { grids } = await readWorkbook(input);
    const { plan } = scoreGrids(grids, { writeback: { mode: "value", recorded: "keep", dotStyle: "arrow", ...chosen } });
    expect(plan.edits.some((e) => e.cells.length > 0)).toBe(true);

    const before = (await readWorkbook(input)).workbook;
    const { workbook } = await readWorkbook(input);
    applyPlan(workbook, plan);
    const painted = fileColours(before, workbook, plan);

    const wb = MockWorkbook.fromGrids(grids);
    const existing = new Set([...wb.sheets.values()].flatMap((s) => s.conditionalFormats.map((f) => `${s.name}|${f.id}`)));
    await createOfficeGateway(wb.excel().run).applyPlan(plan);
    const ruled = officeColours(wb, plan, existing);

    expect(painted.size).toBeGreaterThan(0);
    expect(sorted(ruled)).toEqual(sorted(painted));
  });
});
