/** @jest-environment jsdom */
/** Apply through the fake gateway: a sheet changed since it was read writes nothing and says so plainly. */
import type { WorkbookPlan } from "../../../src/domain/plan/workbook-plan";
import type { Grid } from "../../../src/domain/sheet/grid";
import type { ApplyResult, Progress } from "../../../src/taskpane/gateway";
import { councilPlanGrid, directorateGrid } from "../examples";
import { FakeWorkbook, type FakeCell } from "../fake-gateway";
import { renderPane } from "../render-pane";

let directorate: Grid;
let councilPlan: Grid;

beforeAll(async () => {
  directorate = await directorateGrid();
  councilPlan = await councilPlanGrid();
});

const snapshot = (workbook: FakeWorkbook): [string, FakeCell][] =>
  [...workbook.sheets.entries()].flatMap(([s, cells]) =>
    [...cells.entries()].map(([k, c]): [string, FakeCell] => [`${s}!${k}`, c]),
  );

describe("Apply on a sheet that changed after Find scorecard", () => {
  it("writes nothing when rows were inserted or moved, and says which cell changed", async () => {
    const workbook = new FakeWorkbook([directorate]);
    const pane = await renderPane(workbook);
    await pane.run((a) => a.find("used-range"));
    const anchor = pane.state().result?.plan.anchors[0];
    if (anchor === undefined) throw new Error("the directorate tables have a measure column");
    // The measure column no longer reads as it did, as when a row is inserted above a measure.
    workbook.type(anchor.sheet, anchor.firstRow + 1, anchor.column, "A measure inserted here");
    const before = snapshot(workbook);

    await pane.run((a) => a.apply());
    expect(pane.state().message).toEqual({
      intent: "warning",
      title: "The sheet has changed",
      text: expect.stringMatching(/has changed since it was read: .*Nothing was written; choose Find again\.$/),
    });
    expect(snapshot(workbook)).toEqual(before);
    expect(pane.state().applied).toBe(0);
    expect(pane.state().restorePoint).toBeNull();
  });

  it("writes nothing when an officer typed a judgement into a status cell it would replace", async () => {
    const workbook = new FakeWorkbook([councilPlan]);
    const pane = await renderPane(workbook);
    await pane.run((a) => a.find("used-range"));
    await pane.run((a) => a.setOptions({ recorded: "replace" }));
    const statusCell = pane.state().result?.plan.edits[0]?.cells.find((c) => c.before !== undefined && c.before !== "");
    if (statusCell === undefined) throw new Error("the council plan has recorded statuses to replace");
    workbook.type(councilPlan.sheet, statusCell.row, statusCell.column, "●");
    const before = snapshot(workbook);

    await pane.run((a) => a.apply());
    expect(pane.state().message?.title).toBe("The sheet has changed");
    expect(snapshot(workbook)).toEqual(before);
  });
});

describe("Apply that fails part-way", () => {
  it("says Restore previous puts back the rows written before the failure", async () => {
    class FailsAfterFirstChunk extends FakeWorkbook {
      override async applyPlan(_plan: WorkbookPlan, progress?: Progress): Promise<ApplyResult> {
        progress?.(1, 2);
        throw Object.assign(new Error("Excel is busy."), { code: "GeneralException" });
      }
    }
    const pane = await renderPane(new FailsAfterFirstChunk([directorate]));
    await pane.run((a) => a.find("used-range"));
    await pane.run((a) => a.apply());
    expect(pane.state().message).toEqual({
      intent: "error",
      title: "Could not write the statuses",
      text: "Excel is busy. Some rows were written before this; Restore previous puts back what was there.",
    });
    expect(pane.state().progress).toBeNull();
    expect(pane.state().busy).toBeNull();
  });
});
