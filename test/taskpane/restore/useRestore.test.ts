/** @jest-environment jsdom */
/** Restore previous and Convert formulas to values through the fake gateway. */
import { gridFromRows, type Grid } from "../../../src/domain/sheet/grid";
import { directorateGrid } from "../examples";
import { FakeWorkbook } from "../fake-gateway";
import { renderPane } from "../render-pane";

let directorate: Grid;

beforeAll(async () => {
  directorate = await directorateGrid();
});

describe("Restore previous", () => {
  it("says there is nothing to restore in a workbook the add-in never wrote to", async () => {
    const pane = await renderPane(new FakeWorkbook([directorate]));
    await pane.run((a) => a.restore());
    expect(pane.state().message).toMatchObject({ intent: "info", title: "Nothing to restore" });
  });

  it("leaves a cell an officer changed after the write, and says how many were left", async () => {
    const workbook = new FakeWorkbook([directorate]);
    const pane = await renderPane(workbook);
    await pane.run((a) => a.find("used-range"));
    await pane.run((a) => a.apply());
    const row = pane.state().result?.measures[0]?.row as number;
    workbook.type(directorate.sheet, row, 16, "●");
    await pane.run((a) => a.restore());
    expect(pane.state().message?.intent).toBe("warning");
    expect(pane.state().message?.text).toMatch(
      /\. 1 cell was left as it is, because it has changed since that write\. Report sheets made since that write .* refresh them in Reports\.$/,
    );
    expect(workbook.cell(directorate.sheet, row, 16)?.value).toBe("●");
    expect(workbook.cell(directorate.sheet, row, 17)).toBeUndefined();
  });
});

describe("Convert formulas to values", () => {
  it("freezes KPI formulas, leaves one showing an error, and reads the sheet again", async () => {
    const sheet = gridFromRows("Scorecard", [
      ["Ref", "Status"],
      ["1.A1", "✓"],
      ["1.A2", "✘"],
      ["1.A3", { error: "#VALUE!" }],
    ]);
    sheet.formulas = [
      [null, null],
      [null, "=KPI.STATUS(C2,D2)"],
      [null, "=KPI.STATUS(C3,D3)"],
      [null, "=KPI.STATUS(C4,D4)"],
    ];
    const workbook = new FakeWorkbook([sheet]);
    const pane = await renderPane(workbook);
    await pane.run((a) => a.find("used-range"));
    await pane.run((a) => a.convert());
    expect(pane.state().message).toEqual({
      intent: "warning",
      title: "Formulas converted",
      text: "Replaced 2 KPI formulas with their values. Restore is available. 1 formula shows an error and was left as it is: fix it first.",
    });
    expect(workbook.cell("Scorecard", 2, 2)).toMatchObject({ value: "✓", formula: null });
    expect(workbook.cell("Scorecard", 4, 2)?.formula).toBe("=KPI.STATUS(C4,D4)");
    expect(workbook.calls.slice(-2).map((c) => c.op)).toEqual(["readAgain", "restorePoints"]);
    expect(pane.state().restorePoint?.cells).toBe(2);
  });
});

describe("several restore points", () => {
  it("lists one point per write, newest first, and restores back to an older one chosen", async () => {
    const workbook = new FakeWorkbook([directorate]);
    const pane = await renderPane(workbook);
    await pane.run((a) => a.find("used-range"));
    const before = new Map(workbook.sheets.get(directorate.sheet));
    await pane.run((a) => a.apply());
    await pane.run((a) => a.setOptions({ recorded: "replace", dotStyle: "word" }));
    await pane.run((a) => a.apply());
    const points = pane.state().restorePoints;
    expect(points).toHaveLength(2);
    expect(points.map((p) => p.change)).toEqual([
      expect.objectContaining({ statuses: 31, dots: 31 }),
      expect.objectContaining({ statuses: 31, dots: 31 }),
    ]);
    expect(pane.state().restorePoint).toBe(points[0]);
    await pane.run((a) => a.restore(points[1]?.id));
    expect(pane.state().message?.text).toMatch(/before the write of .* and the 1 write after it\./);
    expect(new Map(workbook.sheets.get(directorate.sheet))).toEqual(before);
    expect(pane.state().restorePoints).toEqual([]);
  });
});
