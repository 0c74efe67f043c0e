/** @jest-environment jsdom */
/**
 * Quarter to quarter in the pane, through its real Office adapter on the strict mock workbook: the directorate
 * example written for Q2, then Q3 figures added (a target changed, an officer's status typed, an override set
 * until Q4), then Q4 figures; saved and reopened between quarters, as a workbook is.
 */
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import path from "node:path";
import { readLedgerXml } from "../../src/adapters/office/ledger-store";
import { readLedger, type Ledger } from "../../src/domain/ledger";
import { STATUS_SYMBOLS } from "../../src/domain/judging";
import { countStatuses, statusOf } from "../../src/domain/reports";
import type { Grid } from "../../src/domain/sheet/grid";
import { MockWorkbook } from "../support/mock-workbook";
import { paneOnMock as paneOn, type RenderedPane } from "./render-pane";

const Q2 = "Q2 Jul - Sep 2023/24";
const Q3 = "Q3 Oct - Dec 2023/24";
const Q4 = "Q4 Jan - Mar 2023/24";
const STATUS = 16;
const TARGET = 7;

let grid: Grid;
beforeAll(async () => {
  grid = (await readWorkbook(path.resolve(__dirname, "../../examples/directorate-performance-2023-q2.xlsx")))
    .grids[0] as Grid;
});

const ledgerOf = async (wb: MockWorkbook): Promise<Ledger> =>
  readLedger(await wb.excel().run((c) => readLedgerXml(c))).ledger;

/** Each measure's figure for a new quarter: last quarter's, moved so that some statuses change. */
function addFigures(wb: MockWorkbook, rows: number[], column: number): void {
  const sheet = wb.sheets.get(grid.sheet);
  rows.forEach((row, i) => {
    const last = wb.cell(grid.sheet, row, column - 1);
    if (last === undefined || last.value === null) return;
    // A figure held as text ("n/a", "62 (3.2%)") is carried over as it is.
    const value =
      typeof last.value !== "number"
        ? last.value
        : i % 3 === 0
          ? last.value * 0.8
          : i % 3 === 1
            ? last.value * 1.15
            : last.value;
    sheet?.cells.set(`${row - 1},${column - 1}`, { value, formula: null, format: last.format });
  });
}

/** The statuses the Summary counts for the period, as the reports decide them. */
const counted = (pane: RenderedPane) =>
  countStatuses((pane.state().result?.measures ?? []).map((m) => statusOf(m, "recorded-else-computed"))).status;

it("carries the directorate example through three quarters: own symbols refresh, the officer's are kept, the past is frozen, the override expires", async () => {
  let wb = MockWorkbook.fromGrids([grid]);

  // ---- Q2: the first write.
  let pane = await paneOn(wb);
  expect(pane.state().result?.tables[0]?.table.current?.label).toBe(Q2);
  await pane.run((a) => a.apply());
  expect(pane.state().message?.title).toBe("Statuses written");
  const rows = (pane.state().result?.measures ?? []).map((m) => m.row);
  expect(rows).toHaveLength(31);
  let ledger = await ledgerOf(wb);
  expect(ledger.writes.map((w) => [w.face, w.period])).toEqual([["pane", Q2]]);
  expect(ledger.history.filter((s) => s.period === Q2)).toHaveLength(31);
  const q2History = ledger.history.filter((s) => s.period === Q2);
  expect(wb.cell("KPI History", 1, 1)?.value).toBe("KPI Scorecard: History");
  expect(wb.active).toBe(grid.sheet);

  // ---- Between quarters: saved and reopened; Q3 figures typed, one target changed, one status typed by an officer.
  wb = wb.saveAndReopen();
  addFigures(wb, rows, 13);
  const [typed, retargeted, overridden] = [rows[2] as number, rows[4] as number, rows[6] as number];
  wb.sheets.get(grid.sheet)?.cells.set(`${typed - 1},${STATUS - 1}`, { value: "●", formula: null, format: "@" });
  const oldTarget = wb.cell(grid.sheet, retargeted, TARGET)?.value;
  wb.sheets.get(grid.sheet)?.cells.set(`${retargeted - 1},${TARGET - 1}`, { value: "99%", formula: null, format: "@" });

  pane = await paneOn(wb);
  let result = pane.state().result;
  expect(result?.tables[0]?.table.current?.label).toBe(Q3);
  const binding = (row: number) => result?.quarter.bindings[result.measures.findIndex((m) => m.row === row)];
  expect(binding(typed)?.status).toBe("officer");
  expect(result?.quarter.bindings.filter((b) => b.status === "tool")).toHaveLength(30);
  // Last quarter's Q2 statuses are counted for Q2 (the comparison), from the frozen history, not for Q3.
  expect(result?.quarter.bindings.every((b) => b.comparisonFrozen)).toBe(true);

  // One override, with a reason, until Q4: it applies to Q3 only.
  const m = result?.measures.find((x) => x.row === overridden);
  if (m === undefined) throw new Error("no measure");
  const status = m.status === "near-target" ? "on-target" : "near-target";
  await pane.run((a) => a.setOverride(m, { status, reason: "Recovery plan agreed by DMT", until: "" }));
  expect(pane.state().message?.title).toBe("Override not set");
  await pane.run((a) => a.setOverride(m, { status, reason: "Recovery plan agreed by DMT", until: Q4 }));
  expect(pane.state().message?.title).toBe("Override set");
  expect((await ledgerOf(wb)).overrides).toHaveLength(1);
  result = pane.state().result;
  expect(result?.measures.find((x) => x.row === overridden)?.override).toMatchObject({
    status,
    until: Q4,
    expiresNext: true,
  });
  expect(result?.checks.map((c) => c.message)).toContainEqual(
    expect.stringMatching(/^Override on .* \(Recovery plan agreed by DMT\) expires at Q4 Jan - Mar 2023\/24/),
  );
  const q3Counted = counted(pane);
  await pane.run((a) => a.apply());
  expect(pane.state().message?.title).toBe("Statuses written");
  for (const x of result?.measures ?? []) {
    const cell = wb.cell(grid.sheet, x.row, STATUS)?.value;
    if (x.row === typed) expect(cell).toBe("●");
    else if (x.row === overridden) expect(cell).toBe(STATUS_SYMBOLS[status]);
    else expect(cell).toBe(STATUS_SYMBOLS[x.status]);
  }
  ledger = await ledgerOf(wb);
  expect(ledger.history.filter((s) => s.period === Q2)).toEqual(q2History);
  const q3History = ledger.history.filter((s) => s.period === Q3);
  expect(q3History).toHaveLength(31);
  expect(countStatuses(q3History.map((s) => s.status)).status).toEqual(q3Counted);
  expect(q3History.find((s) => s.source === "override")?.reason).toMatch(/^override: Recovery plan agreed by DMT/);
  expect(q3History.filter((s) => s.source === "recorded")).toHaveLength(1);
  expect(oldTarget).not.toBe("99%");

  // ---- Q4: saved and reopened, figures added. The override has expired; the officer's Q3 status is Q3's.
  wb = wb.saveAndReopen();
  addFigures(wb, rows, 14);
  pane = await paneOn(wb);
  result = pane.state().result;
  expect(result?.tables[0]?.table.current?.label).toBe(Q4);
  expect(result?.measures.find((x) => x.row === overridden)?.override).toBeUndefined();
  expect(binding(typed)?.status).toBe("stale");
  const q4Counted = counted(pane);
  expect(q4Counted).toEqual(countStatuses((result?.measures ?? []).map((x) => x.status)).status);
  await pane.run((a) => a.apply());
  for (const x of result?.measures ?? [])
    expect(wb.cell(grid.sheet, x.row, STATUS)?.value).toBe(STATUS_SYMBOLS[x.status]);
  ledger = await ledgerOf(wb);
  expect(ledger.history.filter((s) => s.period === Q2)).toEqual(q2History);
  expect(ledger.history.filter((s) => s.period === Q3)).toEqual(q3History);
  expect(ledger.writes.map((w) => w.period)).toEqual([Q2, Q3, Q4]);

  // ---- Restore points, newest first, through one more save and reopen; the newest restored.
  wb = wb.saveAndReopen();
  pane = await paneOn(wb);
  const points = pane.state().restorePoints;
  expect(points.map((p) => p.change?.period)).toEqual([Q4, Q3, Q2]);
  expect(points[0]?.label).toMatch(
    /^Q4 Jan - Mar 2023\/24 write, 31 statuses, 31 DOTs, 1 report sheet, \d\d Dec \d\d:\d\d$/,
  );
  await pane.run((a) => a.restore(points[0]?.id));
  expect(pane.state().message?.title).toBe("Restored");
  expect(wb.cell(grid.sheet, typed, STATUS)?.value).toBe("●");
  expect(wb.cell(grid.sheet, overridden, STATUS)?.value).toBe(STATUS_SYMBOLS[status]);
  ledger = await ledgerOf(wb);
  expect(ledger.writes.map((w) => w.period)).toEqual([Q2, Q3]);
  expect(ledger.history.filter((s) => s.period === Q4)).toEqual([]);
  expect(pane.state().restorePoints.map((p) => p.change?.period)).toEqual([Q3, Q2]);
});

it("sets a damaged record aside with a warning in words beside the Preview, judges as on a first run, and writes a sound one", async () => {
  const wb = MockWorkbook.fromGrids([grid]);
  wb.seedPart(`<ledger xmlns="urn:kpi-scorecard:ledger:1" part="1" of="1">{"version":1,"writes":"not a list"</ledger>`);
  const pane = await paneOn(wb);
  expect(pane.state().recordWarning).toMatch(
    /^The quarter-to-quarter record in this workbook is damaged and was set aside: it is not readable JSON\./,
  );
  expect(pane.state().result?.measures).toHaveLength(31);
  await pane.run((a) => a.apply());
  expect(pane.state().message?.title).toBe("Statuses written");
  // The damaged part is replaced by the new record, whole; nothing else in the workbook was touched by reading it.
  const after = readLedger(await wb.excel().run((c) => readLedgerXml(c)));
  expect(after.warning).toBeNull();
  expect(after.ledger.writes).toHaveLength(1);
});
