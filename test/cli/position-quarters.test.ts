/**
 * Another council's layout through two quarters on the command line: Hart District Council's KPIs, whose
 * period columns are `Previous | Current` under a title naming the quarter. Between runs the officer works
 * in Excel (test/support/xlsx-edit.ts changes only the cells named): Current's figures moved into Previous,
 * and the title changed to the next quarter. The headings stay the same; the record must not.
 */
import { existsSync, mkdtempSync } from "node:fs";
import ExcelJS from "exceljs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ScorecardJson } from "../../src/cli/json-report";
import { LEDGER_NAMESPACE, readLedger } from "../../src/domain/ledger";
import { runCli, scoreJson as score } from "../support/run-cli";
import { openXlsx, partsOf, textAt, typeCells } from "../support/xlsx-edit";

const hart = path.resolve(__dirname, "../fixtures/councils/hart-dc-2014-15-q1.xlsx");
const SHEET = "KPIs Q1 2014-15";

describe("a Previous | Current scorecard (Hart DC) through two quarters on the command line", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "kpi-hart-"));
  const file = (name: string) => path.join(dir, name);
  let q1: ScorecardJson;
  let q2: ScorecardJson;

  beforeAll(async () => {
    q1 = (await score([hart, "-o", file("q1.xlsx")], "2014-07-10T09:00:00Z")).doc;
    const { grids } = await openXlsx(file("q1.xlsx"));
    const rows = q1.tables.flatMap((t) => t.measures.map((m) => m.row));
    const moved = Object.fromEntries(rows.map((r) => [`D${r}`, textAt(grids, SHEET, `E${r}`)]));
    const title = textAt(grids, SHEET, "A1").replace("Quarter 1", "Quarter 2");
    await typeCells(file("q1.xlsx"), file("q2-typed.xlsx"), SHEET, { ...moved, A1: title });
    q2 = (await score([file("q2-typed.xlsx"), "-o", file("q2.xlsx")], "2014-10-10T09:00:00Z")).doc;
  });

  it("records each quarter as the title names it, not as the heading Current", async () => {
    expect(
      [q1, q2].map((d) => [d.tables[0]?.current, d.tables[0]?.currentPeriod, d.tables[0]?.comparisonPeriod]),
    ).toEqual([
      ["Current", "Q1 2014/15", "Q4 2013/14"],
      ["Current", "Q2 2014/15", "Q1 2014/15"],
    ]);
    const { ledger } = readLedger(await partsOf(file("q2.xlsx"), LEDGER_NAMESPACE));
    expect([...new Set(ledger.history.map((s) => s.period))]).toEqual(["Q1 2014/15", "Q2 2014/15"]);
    const summary = (await openXlsx(file("q2.xlsx"))).grids.find((g) => g.sheet === "Summary")!;
    expect(summary.text.map((r) => r[0]).find((t) => t?.startsWith("Period: "))).toBe(
      "Period: Q2 2014/15, compared with Q1 2014/15",
    );
  });

  it("takes the officers' Q1 statuses (in the council's words) as Q1's: frozen there, refreshed for Q2", () => {
    const recorded = q1.quarter!.statuses["first-run"];
    expect(recorded).toBeGreaterThan(40);
    expect(q2.quarter!.statuses.stale).toBe(recorded);
    expect(q2.quarter!.statuses.officer).toBe(0);
    // Last quarter's count is the officers' Q1 words as published, not re-judged.
    expect(q2.quarter!.measures.every((m) => m.comparisonFrom === "history")).toBe(true);
    expect(q2.summary.comparison?.status).toEqual(q1.summary.status);
  });

  it("says so where nothing on the sheet names the quarter a Current column holds", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Scorecard");
    sheet.addRows([
      ["Ref", "Measure", "Target", "Previous", "Current"],
      ["A1", "Calls answered within 30 seconds", "85%", "84%", "86%"],
      ["A2", "Complaints answered on time", "95%", "96%", "93%"],
    ]);
    await workbook.xlsx.writeFile(file("unnamed.xlsx"));
    const run = await runCli([file("unnamed.xlsx"), "-o", file("unnamed-out.xlsx")], { now: new Date("2024-07-10") });
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).toContain(
      `Period: "Current" on Scorecard names no quarter and the sheet's title does not say which: put it in the title`,
    );
    // --period names it; a label with no year is refused before anything is read or written.
    const named = (await score([file("unnamed.xlsx"), "--period", "Quarter 2 2024-25"], "2024-10-10T09:00:00Z")).doc;
    expect([named.tables[0]?.currentPeriod, named.tables[0]?.comparisonPeriod]).toEqual(["Q2 2024/25", "Q1 2024/25"]);
    const refused = await runCli([file("unnamed.xlsx"), "-o", file("refused.xlsx"), "--period", "Quarter 2"], {
      now: new Date("2024-10-10"),
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--period: name the period with its year, such as "Q2 2024/25" or "Sep 2024"');
    expect(existsSync(file("refused.xlsx"))).toBe(false);
    // On a dated heading --period changes nothing, and says so.
    const dated = await runCli([hart.replace("hart-dc-2014-15-q1", "sub-rows"), "--period", "Q2 2024/25"], {
      now: new Date("2024-10-10"),
    });
    expect(dated.code).toBe(0);
    expect(dated.stderr).toContain(
      "--period 'Q2 2024/25' was not used: no table's current period is headed by position",
    );
  });
});
