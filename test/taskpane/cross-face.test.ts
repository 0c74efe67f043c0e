/** @jest-environment jsdom */
/**
 * A workbook the pane wrote, continued by the command line: the mock workbook's cells and custom XML parts (the
 * ledger and the restore points, as Excel would save them) put into the example .xlsx through the file adapter's
 * surgical writer, then Q3's figures typed and the CLI run on it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { TextEncoder } from "node:util";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { createOfficeGateway } from "../../src/adapters/office/office-gateway";
import { ScorecardJsonSchema } from "../../src/cli/json-report";
import { LEDGER_NAMESPACE, RESTORE_NAMESPACE, readLedger, readRestorePoints } from "../../src/domain/ledger";
import { address } from "../../src/domain/sheet/a1";
import type { Grid } from "../../src/domain/sheet/grid";
import { MockWorkbook } from "../support/mock-workbook";
import { runCli } from "../support/run-cli";
import { partsOf, textAt, typeCells } from "../support/xlsx-edit";
import { renderPane } from "./render-pane";

// jsdom lacks the encoder the file adapter's zip writer uses.
Object.assign(globalThis, { TextEncoder });

const example = path.resolve(__dirname, "../../examples/directorate-performance-2023-q2.xlsx");
const Q2 = "Q2 Jul - Sep 2023/24";
const Q3 = "Q3 Oct - Dec 2023/24";

it("continues in the command line a workbook the pane wrote: its statuses are the tool's own, its history and restore point kept", async () => {
  const grid = (await readWorkbook(example)).grids[0] as Grid;
  const wb = MockWorkbook.fromGrids([grid]);
  const pane = await renderPane(createOfficeGateway(wb.excel().run, wb.supports));
  await pane.run((a) => a.find("used-range"));
  await pane.run((a) => a.apply());
  const rows = (pane.state().result?.measures ?? []).map((m) => m.row);

  // What Excel would save: the status and DOT columns the pane wrote (P, Q, with their headings) and the parts.
  const cells: Record<string, string> = {};
  for (let r = 1; r <= grid.top + grid.values.length; r++)
    for (const c of [16, 17]) {
      const v = wb.cell(grid.sheet, r, c)?.value;
      if (typeof v === "string" && v !== "") cells[address(r, c)] = v;
    }
  // Q3's figures: Q2's, typed into the empty Q3 column (M).
  for (const r of rows) {
    const q2 = textAt([grid], grid.sheet, address(r, 12));
    if (q2 !== "") cells[address(r, 13)] = q2;
  }
  const parts = (ns: string) => wb.customXml.filter((p) => p.namespace === ns).map((p) => p.xml);
  const dir = mkdtempSync(path.join(tmpdir(), "kpi-pane-to-cli-"));
  const file = path.join(dir, "from-pane.xlsx");
  await typeCells(example, file, grid.sheet, cells, [
    { namespace: LEDGER_NAMESPACE, xmls: parts(LEDGER_NAMESPACE) },
    { namespace: RESTORE_NAMESPACE, xmls: parts(RESTORE_NAMESPACE) },
  ]);
  const paneLedger = readLedger(await partsOf(file, LEDGER_NAMESPACE)).ledger;
  expect(paneLedger.writes.map((w) => [w.face, w.period])).toEqual([["pane", Q2]]);

  const out = path.join(dir, "q3.xlsx");
  const run = await runCli([file, "-o", out, "--json"], { now: new Date("2024-01-12T09:00:00Z") });
  expect(run.stderr).not.toMatch(/damaged|set aside/);
  expect(run.code).toBe(0);
  const doc = ScorecardJsonSchema.parse(JSON.parse(run.stdout));
  expect(doc.tables.map((t) => t.current)).toEqual(Array(4).fill(Q3));
  // Every status the pane wrote is the tool's own to the CLI: refreshed for Q3, not an officer's judgement.
  expect(doc.quarter?.measures.map((m) => m.status)).toEqual(Array(31).fill("tool"));
  // The pane's restore point is listed by the CLI, in the pane's words.
  expect(doc.quarter?.restorePoints.map((p) => p.label)).toContainEqual(
    expect.stringMatching(/^Q2 Jul - Sep 2023\/24 write, 31 statuses, 31 DOTs, 1 report sheet, /),
  );
  const cliLedger = readLedger(await partsOf(out, LEDGER_NAMESPACE)).ledger;
  expect(cliLedger.writes.map((w) => [w.face, w.period])).toEqual([
    ["pane", Q2],
    ["cli", Q3],
  ]);
  expect(cliLedger.history.filter((s) => s.period === Q2)).toEqual(paneLedger.history);
  const points = readRestorePoints(await partsOf(out, RESTORE_NAMESPACE));
  expect(points.warning).toBeNull();
  expect(points.points).toHaveLength(2);
});

it("restores in the pane a write the command line made, and takes that write out of the record", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "kpi-cli-to-pane-"));
  const out = path.join(dir, "q2.xlsx");
  const run = await runCli([example, "-o", out], { now: new Date("2023-10-20T09:00:00Z") });
  expect(run.code).toBe(0);
  const cliLedger = readLedger(await partsOf(out, LEDGER_NAMESPACE)).ledger;
  const cliWrite = cliLedger.writes[0];
  if (cliWrite === undefined) throw new Error("the CLI recorded no write");

  // The file as Excel opens it: its cells and its custom XML parts.
  const wb = MockWorkbook.fromGrids((await readWorkbook(out)).grids);
  for (const namespace of [LEDGER_NAMESPACE, RESTORE_NAMESPACE])
    for (const [i, xml] of (await partsOf(out, namespace)).entries())
      wb.customXml.push({ id: `{from-file-${namespace}-${i}}`, namespace, xml });
  const gateway = createOfficeGateway(wb.excel().run, wb.supports);
  const [point] = await gateway.restorePoints();
  expect(point?.change).toEqual({ period: Q2, statuses: 31, dots: 31, reports: 4, writeId: cliWrite.id });

  await gateway.restorePrevious(point?.id);
  const after = readLedger(wb.customXml.filter((p) => p.namespace === LEDGER_NAMESPACE).map((p) => p.xml)).ledger;
  expect(after.writes.map((w) => w.id)).not.toContain(cliWrite.id);
  expect(after.history.filter((s) => s.writeId === cliWrite.id)).toEqual([]);
});
