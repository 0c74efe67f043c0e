/** Several restore points through the real Office adapter on the strict mock: newest first, capped, each saying what it changed. */
import { gridFromRows, type CellValue, type Grid } from "../../../src/domain/sheet/grid";
import { detectScorecard } from "../../../src/domain/layout";
import { assessTable } from "../../../src/domain/assessment/assess";
import { measureRows } from "../../../src/domain/layout/rows";
import { planStatusWrites } from "../../../src/domain/plan/writeback";
import type { WorkbookPlan } from "../../../src/domain/plan/workbook-plan";
import { createOfficeGateway } from "../../../src/adapters/office/office-gateway";
import { RESTORE_NAMESPACE, pointOf, LEGACY_POINT } from "../../../src/adapters/office/restore-store";
import { MockWorkbook } from "../../support/mock-workbook";

function scorecard(values: string[]): Grid {
  const rows: CellValue[][] = [["Ref No.", "Measure", "Good performance", "Target", "Q1 2023/24", "Q2 2023/24"]];
  values.forEach((v, i) => rows.push([`M${i + 1}`, `Measure ${i + 1}`, "High", "80%", "75%", v]));
  return gridFromRows("Scorecard", rows);
}

/** The plan for the sheet as the workbook holds it now (so each write starts from what the last one left). */
function planFor(wb: MockWorkbook): WorkbookPlan {
  const sheet = wb.sheets.get("Scorecard");
  if (sheet === undefined) throw new Error("no sheet");
  const rows: CellValue[][] = [];
  for (const [k, c] of sheet.cells) {
    const [r, col] = k.split(",").map(Number) as [number, number];
    (rows[r] ??= [])[col] = c.value;
  }
  const width = Math.max(...rows.map((r) => r.length));
  const grid = gridFromRows(
    "Scorecard",
    Array.from({ length: rows.length }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? null)),
  );
  const [table] = detectScorecard(grid);
  if (table === undefined) throw new Error("no table");
  const rowsOf = measureRows(grid, table);
  const p = planStatusWrites(rowsOf, assessTable(rowsOf), { mode: "value", recorded: "replace", dotStyle: "arrow" });
  return { ...p, symbolsNotFormulas: 0, sheets: [] };
}

/** A gateway whose clock moves a minute per write. */
function setUp(values: string[]) {
  const wb = MockWorkbook.fromGrids([scorecard(values)]);
  let minute = 0;
  const gateway = () => createOfficeGateway(wb.excel().run, wb.supports);
  const write = async (label: string, value?: (i: number) => string) => {
    if (value !== undefined)
      values.forEach((_, i) =>
        wb.sheets.get("Scorecard")?.cells.set(`${i + 1},5`, { value: value(i), formula: null, format: "General" }),
      );
    minute++;
    const now = new Date(Date.UTC(2026, 11, 2, 14, minute));
    const { applyPlan } = await import("../../../src/adapters/office/apply-plan");
    await wb
      .excel()
      .run((context) =>
        applyPlan(context, planFor(wb), wb.supports, undefined, () => now, { period: label, reports: 2 }),
      );
  };
  return { wb, gateway, write };
}

describe("restore points, one per write", () => {
  it("keeps one point per write, newest first, each with its period, counts and time, in its own set of parts", async () => {
    const { wb, gateway, write } = setUp(["85%", "70%", "79%"]);
    await write("Q1 2023/24");
    await write("Q2 2023/24", (i) => `${60 + i * 15}%`);
    const points = await gateway().restorePoints();
    expect(points.map((p) => p.change?.period)).toEqual(["Q2 2023/24", "Q1 2023/24"]);
    expect(points[0]).toMatchObject({ sheet: "Scorecard", change: { statuses: 3, dots: 3, reports: 2 } });
    expect(points[0]?.savedAt).toBe("2026-12-02T14:02:00.000Z");
    expect(points[0]?.label).toBe("Q2 2023/24 write, 3 statuses, 3 DOTs, 2 report sheets, 02 Dec 14:02");
    const ids = wb.customXml.filter((p) => p.namespace === RESTORE_NAMESPACE).map((p) => pointOf(p.xml));
    expect(new Set(ids)).toEqual(new Set(points.map((p) => p.id)));
  });

  it("keeps the newest ten, dropping the oldest", async () => {
    const { gateway, write } = setUp(["85%", "70%"]);
    for (let q = 1; q <= 12; q++) await write(`Write ${q}`, (i) => `${50 + q + i}%`);
    const points = await gateway().restorePoints();
    expect(points.map((p) => p.change?.period)).toEqual(Array.from({ length: 10 }, (_, i) => `Write ${12 - i}`));
  });

  it("restores back to a chosen older point, newest first, and leaves the points before it", async () => {
    const { wb, gateway, write } = setUp(["85%", "70%"]);
    const before = wb.snapshot()["Scorecard"];
    await write("Q1");
    const afterFirst = wb.snapshot()["Scorecard"];
    await write("Q2", (i) => `${60 + i * 30}%`);
    await write("Q3", (i) => `${95 - i * 30}%`);
    const [, , first] = await gateway().restorePoints();
    const outcome = await gateway().restorePrevious(first?.id);
    expect(outcome?.undone.map((p) => p.change?.period)).toEqual(["Q3", "Q2", "Q1"]);
    expect(outcome?.kept).toBe(0);
    // The figures typed between writes are the officer's: they stay; every status and DOT cell is as before the first write.
    const notFigures = (s: Record<string, unknown> = {}) =>
      Object.fromEntries(Object.entries(s).filter(([k]) => k.split(",")[1] !== "5"));
    expect(notFigures(afterFirst)).not.toEqual(notFigures(before));
    expect(notFigures(wb.snapshot()["Scorecard"])).toEqual(notFigures(before));
    expect(wb.sheets.get("Scorecard")?.conditionalFormats).toEqual([]);
    expect(await gateway().restorePoints()).toEqual([]);
  });

  it("restores only the newest point when none is chosen, leaving the older one listed", async () => {
    const { gateway, write } = setUp(["85%", "70%"]);
    await write("Q1");
    await write("Q2", (i) => `${60 + i * 30}%`);
    const outcome = await gateway().restorePrevious();
    expect(outcome?.undone.map((p) => p.change?.period)).toEqual(["Q2"]);
    expect((await gateway().restorePoints()).map((p) => p.change?.period)).toEqual(["Q1"]);
  });

  it("survives save and reopen, and a point an earlier version kept (no id) is still listed and restored", async () => {
    const { wb, write } = setUp(["85%", "70%"]);
    const before = wb.snapshot()["Scorecard"];
    await write("Q1");
    // As an earlier version wrote it: no point id, no change.
    for (const p of wb.customXml)
      p.xml = p.xml.replace(/ (point|label|period|statuses|dots|reports|write)="[^"]*"/g, "");
    expect(pointOf(wb.customXml[0]?.xml ?? "")).toBe(LEGACY_POINT);
    const reopened = wb.saveAndReopen();
    const gateway = createOfficeGateway(reopened.excel().run, reopened.supports);
    const [point] = await gateway.restorePoints();
    expect(point).toMatchObject({
      id: LEGACY_POINT,
      change: null,
      sheet: "Scorecard",
      label: "6 cells on Scorecard, 02 Dec 14:01",
    });
    await gateway.restorePrevious(LEGACY_POINT);
    expect(reopened.snapshot()["Scorecard"]).toEqual(before);
  });

  it("says a chosen point that is gone is gone, and restores nothing", async () => {
    const { wb, gateway, write } = setUp(["85%", "70%"]);
    await write("Q1");
    const after = wb.snapshot();
    await expect(gateway().restorePrevious("p2020")).rejects.toThrow(/no longer in this workbook/);
    expect(wb.snapshot()).toEqual(after);
  });
});
