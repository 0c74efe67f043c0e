/** @jest-environment jsdom */
/**
 * A scorecard tab renamed between quarters, in the pane through its real Office adapter on the strict mock:
 * the directorate example written for Q2, its tab renamed for Q3 and the file saved and opened again. The
 * record goes on under the new name, as on the command line (test/cli/renamed-tab.test.ts).
 */
import { readLedgerXml } from "../../src/adapters/office/ledger-store";
import { readLedger } from "../../src/domain/ledger";
import type { Grid } from "../../src/domain/sheet/grid";
import { MockWorkbook } from "../support/mock-workbook";
import { paneOnMock as paneOn } from "./render-pane";
import { directorateGrid } from "./examples";

const Q3_TAB = "Directorate data Q3 2023-24";

let grid: Grid;
beforeAll(async () => {
  grid = await directorateGrid();
});

it("keeps the record of a tab renamed for the new quarter: its symbols are the tool's own, its history goes on", async () => {
  let wb = MockWorkbook.fromGrids([grid]);
  let pane = await paneOn(wb);
  await pane.run((a) => a.apply());
  expect(pane.state().message?.title).toBe("Statuses written");
  const measures = pane.state().result?.measures.length ?? 0;

  // The officer renames the tab, as Excel keeps it in the file.
  const sheet = wb.sheets.get(grid.sheet)!;
  wb.sheets.delete(grid.sheet);
  sheet.name = Q3_TAB;
  wb.sheets.set(Q3_TAB, sheet);
  wb.active = Q3_TAB;
  wb = wb.saveAndReopen();

  pane = await paneOn(wb);
  expect(pane.state().result?.quarter.renamedSheets).toEqual([{ from: grid.sheet, to: Q3_TAB }]);
  expect(pane.state().result?.quarter.bindings.every((b) => b.status === "tool")).toBe(true);
  await pane.run((a) => a.apply());
  expect(pane.state().message?.title).toBe("Statuses written");
  const ledger = readLedger(await wb.excel().run((c) => readLedgerXml(c))).ledger;
  expect(new Set(ledger.history.map((s) => s.measure.sheet))).toEqual(new Set([Q3_TAB]));
  expect(ledger.history).toHaveLength(measures); // the same period again: no new rows
  expect(ledger.writes.flatMap((w) => w.cells).every((c) => c.sheet === Q3_TAB)).toBe(true);
});
