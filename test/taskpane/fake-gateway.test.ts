/** The fake gateway refuses what the real one would: the hooks' tests are only as good as its strictness. */
import { DEFAULT_SETTINGS } from "../../src/domain/choices/settings";
import type { Grid } from "../../src/domain/sheet/grid";
import { SheetChangedError } from "../../src/taskpane/gateway";
import { DEFAULT_OPTIONS, scoreSheet } from "../../src/taskpane/scorecard/options";
import { directorateGrid } from "./examples";
import { FakeWorkbook } from "./fake-gateway";

let directorate: Grid;

beforeAll(async () => {
  directorate = await directorateGrid();
});

describe("the fake gateway", () => {
  it("refuses a plan for a sheet it was never asked to read", async () => {
    const workbook = new FakeWorkbook([directorate]);
    const { plan } = scoreSheet(directorate, DEFAULT_OPTIONS);
    await expect(workbook.applyPlan(plan)).rejects.toThrow(/never read/);
    expect(workbook.calls.map((c) => c.op)).toEqual(["applyPlan"]);
  });

  it("refuses a stale plan with SheetChangedError, and applies a fresh one", async () => {
    const workbook = new FakeWorkbook([directorate]);
    const { grid } = await workbook.readSheet("used-range");
    const { plan } = scoreSheet(grid, DEFAULT_OPTIONS);
    const cell = plan.edits[0]?.cells[0];
    if (cell === undefined) throw new Error("a plan with cells");
    workbook.type(grid.sheet, cell.row, cell.column, "typed since");
    await expect(workbook.applyPlan(plan)).rejects.toBeInstanceOf(SheetChangedError);
    expect(await workbook.restorePoint()).toBeNull();
    workbook.type(grid.sheet, cell.row, cell.column, null);
    await expect(workbook.applyPlan(plan)).resolves.toMatchObject({
      cells: plan.edits.reduce((n, e) => n + e.cells.length, 0),
    });
  });

  it("refuses a write that overlaps another call", async () => {
    const workbook = new FakeWorkbook([directorate]);
    const reading = workbook.readSheet("used-range");
    await expect(workbook.saveSettings({ ...DEFAULT_SETTINGS, sheet: directorate.sheet })).rejects.toThrow(
      /one workbook operation at a time/,
    );
    await reading;
  });

  it("refuses settings the schema rejects, and a report without the owner's title", async () => {
    const workbook = new FakeWorkbook([directorate]);
    await expect(
      workbook.saveSettings({ ...DEFAULT_SETTINGS, sheet: directorate.sheet, mode: "loud" } as never),
    ).rejects.toThrow(/schema/);
    await expect(
      workbook.writeReport({ kind: "summary", name: "Summary", rows: [], columnWidths: [] }),
    ).rejects.toThrow(/owner's title/);
    expect(workbook.storedSettings).toBeNull();
  });

  it("answers with Excel's error code for a sheet that is gone", async () => {
    const workbook = new FakeWorkbook([directorate]);
    await expect(workbook.readAgain("Renamed", null)).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
