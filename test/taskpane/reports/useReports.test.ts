/** @jest-environment jsdom */
/** Reports through the fake gateway: written and opened, refreshed in place, never over an officer's own sheet. */
import { readSettings } from "../../../src/domain/choices/settings";
import { gridFromRows, type Grid } from "../../../src/domain/sheet/grid";
import { directorateGrid } from "../examples";
import { FakeWorkbook } from "../fake-gateway";
import { renderPane } from "../render-pane";

let directorate: Grid;

beforeAll(async () => {
  directorate = await directorateGrid();
});

describe("Reports", () => {
  it("writes each report sheet once and refreshes it in place the next time, saving the choices first", async () => {
    const workbook = new FakeWorkbook([directorate]);
    const pane = await renderPane(workbook);
    await pane.run((a) => a.find("used-range"));
    await pane.run((a) => a.setOptions({ basis: "computed" }));
    await pane.run((a) => a.report("exceptions"));
    await pane.run((a) => a.report("exceptions"));
    expect(workbook.sheetNames().filter((n) => n.startsWith("Exceptions"))).toEqual(["Exceptions"]);
    expect(pane.state().reports).toEqual({ exceptions: "Exceptions" });
    expect(workbook.calls.slice(-2).map((c) => c.op)).toEqual(["saveSettings", "writeReport"]);
    const saved = readSettings(workbook.storedSettings);
    expect(saved.kind === "ok" && saved.settings.basis).toBe("computed");
  });

  it("writes all three reports in one go, names them, and shows the message beside Reports", async () => {
    const workbook = new FakeWorkbook([directorate]);
    const pane = await renderPane(workbook);
    await pane.run((a) => a.find("used-range"));
    await pane.run((a) => a.reportAll());
    expect(pane.state().reports).toEqual({ summary: "Summary", exceptions: "Exceptions", checks: "Checks" });
    expect(workbook.callsOf("writeReport")).toHaveLength(3);
    expect(pane.state().message).toEqual({
      intent: "success",
      title: "Reports ready",
      text: 'Written to sheets "Summary", "Exceptions" and "Checks"; "Checks" is open.',
    });
    expect(pane.state().messageFrom).toBe("report");
    expect(workbook.active).toBe("Checks");
  });

  it("names the report with a suffix when an officer's own sheet has the name", async () => {
    const theirs = gridFromRows("Summary", [["Our own summary, typed by hand"]]);
    const workbook = new FakeWorkbook([directorate, theirs]);
    const pane = await renderPane(workbook);
    await pane.run((a) => a.find("used-range"));
    await pane.run((a) => a.report("summary"));
    expect(pane.state().message).toEqual({
      intent: "success",
      title: "Summary ready",
      text: 'Written to sheet "Summary (KPI)", which is now open.',
    });
    expect(workbook.cell("Summary", 1, 1)?.value).toBe("Our own summary, typed by hand");
  });

  it("says which report could not be written, and why", async () => {
    const taken = ["Checks", "Checks (KPI)", "Checks (KPI 2)"].map((n) => gridFromRows(n, [["Mine"]]));
    const pane = await renderPane(new FakeWorkbook([directorate, ...taken]));
    await pane.run((a) => a.find("used-range"));
    await pane.run((a) => a.report("checks"));
    expect(pane.state().message).toMatchObject({
      intent: "error",
      title: "Could not write the Checks sheet",
      text: 'Sheets named "Checks" already hold your own data.',
    });
    expect(pane.state().reports).toEqual({});
  });
});
