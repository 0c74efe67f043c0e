/**
 * The file adapter paints the plan's fills; the Office adapter adds colour rules that test each cell's text.
 * Applied to the same plan, both must colour the same cells the same colours (judging/fills.ts); the file
 * adapter's own colour rules too.
 */
import path from "node:path";
import { gridsOf, readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { openPackage } from "../../src/adapters/xlsx/package";
import { parseRange } from "../../src/domain/sheet/a1";
import { applyPlan } from "../../src/adapters/xlsx/write-workbook";
import { createOfficeGateway } from "../../src/adapters/office/office-gateway";
import { scoreGrids } from "../../src/domain/pipeline";
import type { WritebackOptions } from "../../src/domain/plan/writeback";
import type { WorkbookPlan } from "../../src/domain/plan/workbook-plan";
import type { Grid } from "../../src/domain/sheet/grid";
import { MockWorkbook } from "../support/mock-workbook";

const examples = path.resolve(__dirname, "../../examples");
type Colours = Map<string, string>;

/** Every cell of the plan's sheets whose fill the file adapter changed, with its new colour (as the package reader reads fills). */
function fileColours(before: Grid[], after: Grid[], plan: WorkbookPlan): Colours {
  const colours: Colours = new Map();
  for (const { sheet } of plan.edits) {
    const was = before.find((g) => g.sheet === sheet);
    const now = after.find((g) => g.sheet === sheet);
    if (was === undefined || now === undefined) throw new Error(`no sheet ${sheet}`);
    now.fills?.forEach((row, r) =>
      row.forEach((colour, c) => {
        if (colour !== null && colour !== (was.fills?.[r]?.[c] ?? null))
          colours.set(`${sheet}!${r + 1},${c + 1}`, colour);
      }),
    );
  }
  return colours;
}

/** Every cell the file adapter's added conditional formats colour: the first rule over the cell whose text the cell's text contains. */
function fileRuleColours(
  pkg: ReturnType<typeof openPackage>,
  input: ReturnType<typeof openPackage>,
  after: Grid[],
  plan: WorkbookPlan,
): Colours {
  const colours: Colours = new Map();
  const dxfs = [...(pkg.text(pkg.stylesPart!) ?? "").matchAll(/<dxf>([\s\S]*?)<\/dxf>/g)].map(
    (m) => /bgColor rgb="FF([0-9A-F]{6})"/.exec(m[1] ?? "")?.[1],
  );
  for (const { sheet } of plan.edits) {
    const part = pkg.sheets.find((x) => x.name === sheet)!.part!;
    const was = input.text(part) ?? "";
    const grid = after.find((g) => g.sheet === sheet)!;
    const added = [
      ...(pkg.text(part) ?? "").matchAll(/<conditionalFormatting sqref="([^"]+)">([\s\S]*?)<\/conditionalFormatting>/g),
    ].filter((m) => !was.includes(m[0]));
    const rules = added.flatMap((m) => {
      const area = parseRange(m[1] as string)!;
      return [...(m[2] ?? "").matchAll(/<cfRule type="containsText" dxfId="(\d+)"[^>]*text="([^"]*)"/g)].map((r) => ({
        area,
        text: r[2] as string,
        colour: `#${dxfs[Number(r[1])]}`,
      }));
    });
    for (let r = 0; r < grid.values.length; r++)
      for (let c = 0; c < (grid.values[r]?.length ?? 0); c++) {
        const text = grid.text[r]?.[c] ?? "";
        const hit = rules.find(
          (x) =>
            r + 1 >= x.area.top &&
            r + 1 <= x.area.bottom &&
            c + 1 >= x.area.left &&
            c + 1 <= x.area.right &&
            text.includes(x.text),
        );
        if (hit !== undefined) colours.set(`${sheet}!${r + 1},${c + 1}`, hit.colour);
      }
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
      const rule = added.find(
        (f) => r >= f.r0 && r < f.r0 + f.rows && c >= f.c0 && c < f.c0 + f.cols && text.includes(f.text),
      );
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
    const { plan } = scoreGrids(grids, {
      writeback: { mode: "value", recorded: "keep", dotStyle: "arrow", ...chosen },
    });
    expect(plan.edits.some((e) => e.cells.length > 0)).toBe(true);

    const { pkg } = await readWorkbook(input);
    const written = applyPlan(pkg, grids, plan);
    const out = openPackage("scored.xlsx", written.bytes);
    const after = gridsOf(out);
    const painted = fileColours(grids, after, plan);
    const fileRuled = fileRuleColours(out, pkg, after, plan);

    const wb = MockWorkbook.fromGrids(grids);
    const existing = new Set(
      [...wb.sheets.values()].flatMap((s) => s.conditionalFormats.map((f) => `${s.name}|${f.id}`)),
    );
    await createOfficeGateway(wb.excel().run).applyPlan(plan);
    const ruled = officeColours(wb, plan, existing);

    expect(painted.size).toBeGreaterThan(0);
    // Every cell the file paints, the rules colour the same; they also colour the officers' own symbols, kept
    // (not written) between the computed ones, by the same rule.
    for (const [at, colour] of painted) expect([at, ruled.get(at)]).toEqual([at, colour]);
    const writtenCells = new Set(plan.edits.flatMap((e) => e.cells.map((c) => `${e.sheet}!${c.row},${c.column}`)));
    for (const at of [...ruled.keys()].filter((k) => !painted.has(k)))
      expect([at, writtenCells.has(at)]).toEqual([at, false]);
    // And the file's own colour rules (what keeps a colour when an officer types another symbol) colour the same,
    // where the file holds the text they test (formulas written to a file have no result until Excel calculates).
    if (chosen.mode !== "formula") expect(sorted(fileRuled)).toEqual(sorted(ruled));
  });
});
