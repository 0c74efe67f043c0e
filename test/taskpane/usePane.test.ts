/** @jest-environment jsdom */
/** The pane's whole flow over the directorate example, through the fake gateway: find → preview → apply → reports → restore. */
import { DOT_ARROWS, STATUS_SYMBOLS } from "../../src/domain/judging";
import type { Grid } from "../../src/domain/sheet/grid";
import { directorateGrid } from "./examples";
import { FakeWorkbook } from "./fake-gateway";
import { renderPane } from "./render-pane";

let directorate: Grid;

beforeAll(async () => {
  directorate = await directorateGrid();
});

describe("the pane's flow, one step after another", () => {
  it("finds the scorecard, previews it, writes statuses, writes a report and restores what was there", async () => {
    const workbook = new FakeWorkbook([directorate]);
    const sheet = directorate.sheet;
    const pane = await renderPane(workbook);
    expect(workbook.calls.map((c) => c.op)).toEqual(["restorePoints"]);
    expect(pane.state().restorePoint).toBeNull();

    // 1. Scorecard
    await pane.run((a) => a.find("used-range"));
    expect(pane.state().result?.tables).toHaveLength(4);
    expect(pane.state().result?.measures).toHaveLength(31);
    expect(pane.state().notFound).toBeNull();
    expect(pane.state().message).toBeNull();

    // 2. Preview: a changed choice judges again at once, with no call to the workbook.
    const callsBefore = workbook.calls.length;
    const homes = () =>
      pane.state().result?.measures.find((m) => m.measure.startsWith("All age total number of people supported"));
    expect(homes()?.status).toBe("near-target");
    await pane.run((a) => a.setOptions({ tolerance: "0" }));
    expect(homes()?.status).toBe("off-target");
    await pane.run((a) => a.setOptions({ tolerance: "5%" }));
    expect(workbook.calls.length).toBe(callsBefore);

    // 3. Apply: the table has no status column, so two are added after the last period (P and Q).
    expect(workbook.cell(sheet, 12, 16)).toBeUndefined();
    await pane.run((a) => a.apply());
    expect(pane.state().message).toEqual({
      intent: "success",
      title: "Statuses written",
      text: "Wrote 31 statuses and 31 directions of travel. Restore is available.",
    });
    expect(pane.state().applied).toBe(1);
    expect(workbook.calls.slice(callsBefore).map((c) => c.op)).toEqual([
      "saveSettings",
      "applyPlan",
      "writeReport",
      "saveLedger",
      "restorePoints",
      "readAgain",
    ]);
    for (const m of pane.state().result?.measures ?? []) {
      expect(workbook.cell(sheet, m.row, 16)?.value).toBe(STATUS_SYMBOLS[m.status]);
      expect(workbook.cell(sheet, m.row, 17)?.value).toBe(DOT_ARROWS[m.dot]);
    }
    expect(pane.state().restorePoint).toMatchObject({ sheet, cells: expect.any(Number) });
    // Read again after the write, the workbook's record knows them as the tool's own: not an officer's judgement,
    // refreshed by the next write, and the History sheet holds this quarter's snapshot of every measure.
    const after = pane.state().result;
    expect(after?.quarter.bindings.every((b) => b.status === "tool" && b.dot === "tool")).toBe(true);
    expect(workbook.ledger().writes).toHaveLength(1);
    expect(workbook.ledger().history).toHaveLength(31);
    expect(workbook.cell("KPI History", 1, 1)?.value).toBe("KPI Scorecard: History");
    expect(workbook.active).toBe(sheet);

    // 4. Reports
    await pane.run((a) => a.report("summary"));
    expect(pane.state().message).toEqual({
      intent: "success",
      title: "Summary ready",
      text: 'Written to sheet "Summary", which is now open.',
    });
    expect(pane.state().reports).toEqual({ summary: "Summary" });
    expect(workbook.active).toBe("Summary");
    expect(workbook.cell("Summary", 1, 1)?.value).toBe("KPI Scorecard: Summary");

    // 5. Restore: the scorecard sheet is read again by name, though the Summary is the active sheet now.
    await pane.run((a) => a.restore());
    expect(pane.state().message?.intent).toBe("success");
    expect(pane.state().message?.text).toMatch(
      new RegExp(
        `^Put back [\\d,]+ cells on sheet "${sheet}" as they were before the write of 24 Nov 2026, \\d\\d:40\\. Report sheets made since that write \\(Summary, Exceptions, Checks\\) now count statuses that are no longer in the sheet: refresh them in Reports\\.$`,
      ),
    );
    // Shown in the Restore step, beside the button that caused it.
    expect(pane.state().messageFrom).toBe("restore");
    expect(workbook.cell(sheet, 12, 16)).toBeUndefined();
    expect(workbook.cell(sheet, 12, 17)).toBeUndefined();
    expect(pane.state().restorePoint).toBeNull();
    expect(workbook.callsOf("readAgain").at(-1)?.args).toEqual([sheet, null]);
    expect(pane.state().result?.measures.every((m) => m.recordedStatus === null)).toBe(true);
    // The write undone is out of the record too: its cells are no longer the tool's, its snapshots gone.
    expect(workbook.ledger().writes).toEqual([]);
    expect(workbook.ledger().history).toEqual([]);
  });
});
