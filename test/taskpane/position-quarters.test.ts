/** @jest-environment jsdom */
/**
 * Another council's layout quarter to quarter in the pane, through its real Office adapter on the strict mock
 * workbook: Hart District Council's KPIs (`Previous | Current` under a title naming the quarter, statuses in
 * the council's words). Between quarters the officer moves Current into Previous and changes the title, and
 * the workbook is saved and reopened.
 */
import path from "node:path";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { readLedgerXml } from "../../src/adapters/office/ledger-store";
import { readLedger } from "../../src/domain/ledger";
import type { Grid } from "../../src/domain/sheet/grid";
import { MockWorkbook } from "../support/mock-workbook";
import { paneOnMock as paneOn } from "./render-pane";

const PREVIOUS = 4;
const CURRENT = 5;
const STATUS = 7;

let grid: Grid;
beforeAll(async () => {
  grid = (await readWorkbook(path.resolve(__dirname, "../fixtures/councils/hart-dc-2014-15-q1.xlsx"))).grids[0] as Grid;
});

it("writes Q2 over the officers' Q1 words in their own words, with Q1 frozen as Q1 in the record", async () => {
  let wb = MockWorkbook.fromGrids([grid]);
  let pane = await paneOn(wb);
  const table = pane.state().result?.tables[0]?.table;
  expect([table?.current?.label, table?.current?.name]).toEqual(["Current", "Q1 2014/15"]);
  // Q1: the officers' statuses are in the sheet and kept; the tool fills the DOTs.
  await pane.run((a) => a.apply());
  expect(pane.state().message?.title).toBe("Statuses written");
  const rows = (pane.state().result?.measures ?? []).map((m) => m.row);
  const q1Words = new Set(rows.map((r) => String(wb.cell(grid.sheet, r, STATUS)?.value ?? "")));
  expect(q1Words).toEqual(new Set(["Above target", "Close to target", "Below target", "For info only"]));

  // Between quarters: Current's figures move to Previous, the title names Quarter 2; saved and opened again.
  const sheet = wb.sheets.get(grid.sheet)!;
  for (const row of rows) {
    const now = wb.cell(grid.sheet, row, CURRENT);
    if (now !== undefined) sheet.cells.set(`${row - 1},${PREVIOUS - 1}`, { ...now });
  }
  const title = wb.cell(grid.sheet, 1, 1);
  sheet.cells.set("0,0", { ...title!, value: String(title?.value).replace("Quarter 1", "Quarter 2") });
  wb = wb.saveAndReopen();

  pane = await paneOn(wb);
  expect(pane.state().result?.tables[0]?.table.current?.name).toBe("Q2 2014/15");
  const bindings = pane.state().result?.quarter.bindings ?? [];
  expect(bindings.every((b) => b.status === "stale" && b.statusPeriod === "Q1 2014/15")).toBe(true);
  await pane.run((a) => a.apply());
  expect(pane.state().message?.title).toBe("Statuses written");
  // Written in the council's words (those its Q1 column used).
  const written = rows.map((r) => String(wb.cell(grid.sheet, r, STATUS)?.value ?? ""));
  // ETS01 has no Q2 figure, a status the column never used: the key's words for it, not ■.
  expect(written.filter((w) => !q1Words.has(w))).toEqual(["Not available"]);
  expect(written.filter((w) => w === "Above target").length).toBeGreaterThan(20);
  const ledger = readLedger(await wb.excel().run((c) => readLedgerXml(c))).ledger;
  expect([...new Set(ledger.history.map((s) => s.period))]).toEqual(["Q1 2014/15", "Q2 2014/15"]);
  expect(ledger.writes.map((w) => w.period)).toEqual(["Q1 2014/15", "Q2 2014/15"]);
});
