/** @jest-environment jsdom */
/** Find scorecard through the fake gateway: saved settings, damaged settings, and the officer's corrections kept. */
import { gridFromRows, type Grid } from "../../../src/domain/sheet/grid";
import { DEFAULT_SETTINGS } from "../../../src/domain/choices/settings";
import { DEFAULT_OPTIONS } from "../../../src/taskpane/scorecard/options";
import { directorateGrid } from "../examples";
import { FakeWorkbook } from "../fake-gateway";
import { renderPane } from "../render-pane";

let directorate: Grid;

beforeAll(async () => {
  directorate = await directorateGrid();
});

/** The directorate sheet found, and its first table's target column read as not used. */
async function foundWithTargetIgnored(workbook: FakeWorkbook) {
  const pane = await renderPane(workbook);
  await pane.run((a) => a.find("used-range"));
  const target = pane.state().result?.tables[0]?.table.roles.target as number;
  await pane.run((a) => a.setOptions({ roles: { [target]: "other" } }));
  return { pane, target };
}

describe("Find scorecard", () => {
  it("keeps the officer's corrections when Find again reads the same sheet", async () => {
    const workbook = new FakeWorkbook([directorate]);
    const { pane, target } = await foundWithTargetIgnored(workbook);
    expect(pane.state().result?.measures[0]?.reason).toMatch(/no target/);
    await pane.run((a) => a.find("used-range"));
    expect(workbook.callsOf("readSheet")).toHaveLength(2);
    expect(pane.state().options.roles).toEqual({ [target]: "other" });
    expect(pane.state().result?.tables[0]?.table.roles.target).toBeUndefined();
  });

  it("starts afresh on another sheet, where the corrections do not belong", async () => {
    const other = { ...directorate, sheet: "Last quarter" };
    const workbook = new FakeWorkbook([directorate, other]);
    const { pane } = await foundWithTargetIgnored(workbook);
    workbook.active = "Last quarter";
    await pane.run((a) => a.find("used-range"));
    expect(pane.state().options.roles).toEqual({});
    expect(pane.state().result?.tables[0]?.table.roles.target).toBeDefined();
  });

  it("brings back the corrections saved by Apply when the pane is opened again", async () => {
    const workbook = new FakeWorkbook([directorate]);
    const { pane, target } = await foundWithTargetIgnored(workbook);
    await pane.run((a) => a.apply());
    expect(pane.state().message?.intent).toBe("success");

    const reopened = await renderPane(workbook);
    await reopened.run((a) => a.find("used-range"));
    expect(reopened.state().options.roles).toEqual({ [target]: "other" });
    expect(reopened.state().settingsWarning).toBeNull();
  });

  it.each([
    [
      "not JSON",
      () => "{not json",
      "The saved KPI Scorecard settings could not be read; the layout was detected afresh.",
    ],
    [
      "a DOT style it does not know",
      () => JSON.stringify({ ...DEFAULT_SETTINGS, sheet: directorate.sheet, dotStyle: "sideways" }),
      "The saved KPI Scorecard settings were not valid: the direction of travel style; the layout was detected afresh.",
    ],
    [
      "a role it does not know for column C",
      () => JSON.stringify({ ...DEFAULT_SETTINGS, sheet: directorate.sheet, roles: { "3": "<script>" } }),
      "The saved KPI Scorecard settings were not valid: the role saved for column C; the layout was detected afresh.",
    ],
  ])("warns about damaged settings (%s) and detects the layout afresh", async (_, stored, warning) => {
    const workbook = new FakeWorkbook([directorate]);
    workbook.storedSettings = stored();
    const pane = await renderPane(workbook);
    await pane.run((a) => a.find("used-range"));
    expect(pane.state().settingsWarning).toEqual(
      typeof warning === "string" ? warning : expect.stringMatching(warning),
    );
    expect(pane.state().options).toEqual(DEFAULT_OPTIONS);
    expect(pane.state().result?.tables).toHaveLength(4);
  });

  it("says in plain words why a selection could not be read", async () => {
    const pane = await renderPane(new FakeWorkbook([directorate]));
    await pane.run((a) => a.find("selection"));
    expect(pane.state().message).toEqual({
      intent: "error",
      title: "Could not read the sheet",
      text: "Select one block of cells (not several areas), or choose Whole sheet.",
    });
    expect(pane.state().read).toBeNull();
  });

  it("reads only the selection when asked, and says so when nothing is found there", async () => {
    const workbook = new FakeWorkbook([directorate]);
    workbook.selection = { top: 1, left: 1, bottom: 3, right: 2 };
    const pane = await renderPane(workbook);
    await pane.run((a) => a.find("selection"));
    expect(pane.state().read?.grid.values).toHaveLength(3);
    expect(pane.state().notFound).toMatchObject({
      intent: "warning",
      title: "No scorecard found",
      text: expect.stringMatching(/^Nothing was found on the selection\. Looked for /),
    });
  });

  it("recognises one of its own report sheets and sends the officer back to the scorecard", async () => {
    const report = gridFromRows("Summary", [["KPI Scorecard: Summary"], ["Status"]]);
    const pane = await renderPane(new FakeWorkbook([report]));
    await pane.run((a) => a.find("used-range"));
    expect(pane.state().notFound).toMatchObject({ intent: "info", title: "This is a report sheet" });
  });
});
