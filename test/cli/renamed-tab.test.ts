/**
 * A scorecard's tab renamed for the new quarter, as teams name a tab by its quarter: the directorate example
 * written for Q2, its tab renamed "… Q3 2023-24" in Excel and the Q3 figures typed, then run again. The
 * record goes on under the new name (a copied tab, the old one still there, is left to the domain tests).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ScorecardJson } from "../../src/cli/json-report";
import { LEDGER_NAMESPACE, readLedger } from "../../src/domain/ledger";
import { scoreJson as score } from "../support/run-cli";
import { openXlsx, partsOf, renameSheet, textAt, typeCells } from "../support/xlsx-edit";

const directorate = path.resolve(__dirname, "../../examples/directorate-performance-2023-q2.xlsx");
const Q2_TAB = "Directorate data Q2 2023-24";
const Q3_TAB = "Directorate data Q3 2023-24";
const Q3 = "Q3 Oct - Dec 2023/24";

describe("a scorecard tab renamed between quarters", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "kpi-renamed-"));
  const file = (name: string) => path.join(dir, name);
  let q2: ScorecardJson;
  let q3: ScorecardJson;

  beforeAll(async () => {
    q2 = (await score([directorate, "-o", file("q2.xlsx")], "2023-10-10T09:00:00Z")).doc;
    await renameSheet(file("q2.xlsx"), file("renamed.xlsx"), Q2_TAB, Q3_TAB);
    const { grids } = await openXlsx(file("renamed.xlsx"));
    const rows = q2.tables.flatMap((t) => t.measures.map((m) => m.row));
    const figures = Object.fromEntries(rows.map((r) => [`M${r}`, textAt(grids, Q3_TAB, `L${r}`)]));
    await typeCells(file("renamed.xlsx"), file("q3-input.xlsx"), Q3_TAB, figures);
    q3 = (await score([file("q3-input.xlsx"), "-o", file("q3.xlsx")], "2024-01-12T09:00:00Z")).doc;
  }, 60_000);

  it("goes on with the record under the new name: last quarter's symbols are the tool's own, Q2 is frozen", async () => {
    expect(q3.quarter!.renamedSheets).toEqual([{ from: Q2_TAB, to: Q3_TAB }]);
    expect(q3.tables.map((t) => t.current)).toEqual(Array(4).fill(Q3));
    const measures = q2.tables.flatMap((t) => t.measures).length;
    expect(q3.quarter!.statuses.tool).toBe(measures);
    expect(q3.tables.flatMap((t) => t.measures).filter((m) => m.recordedStatus !== null)).toEqual([]);
    expect(q3.quarter!.measures.every((m) => m.comparisonFrom === "history")).toBe(true);
    const { ledger } = readLedger(await partsOf(file("q3.xlsx"), LEDGER_NAMESPACE));
    expect(new Set(ledger.history.map((s) => s.measure.sheet))).toEqual(new Set([Q3_TAB]));
    expect(ledger.history).toHaveLength(measures * 2);
  });
});
