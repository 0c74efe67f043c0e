import { gridFromRows, type CellValue } from "../../../src/domain/sheet/grid";
import { detectScorecard } from "../../../src/domain/layout";
import { assessTable } from "../../../src/domain/assessment/assess";
import { measureRows } from "../../../src/domain/layout/rows";
import { planStatusWrites } from "../../../src/domain/plan/writeback";
import { statusWordsOf } from "../../../src/domain/plan/status-words";

const HEADER = ["Ref", "Measure", "Good performance", "Target", "Q1 2024/25", "Q2 2024/25", "Status"];

/** Four measures judged for Q2 (on, near, off target, and one with no figure) with `statuses` in the Status column. */
function plan(statuses: CellValue[]) {
  const measures: CellValue[][] = [
    ["A1", "Calls answered within 30 seconds", "High", "85%", "84%", "90%"],
    ["A2", "Invoices paid on time", "High", "97%", "96%", "95%"],
    ["A3", "Households in temporary accommodation", "Low", "<100", "120", "140"],
    ["A4", "Residents satisfied with services", "High", "70%", "71%", ""],
  ];
  const grid = gridFromRows("KPIs", [HEADER, ...measures.map((m, i) => [...m, statuses[i] ?? null])]);
  const [table] = detectScorecard(grid);
  if (table === undefined) throw new Error("no table");
  const rows = measureRows(grid, table);
  const written = planStatusWrites(rows, assessTable(rows), { mode: "value", recorded: "replace", dotStyle: "arrow" });
  const status = table.roles.status as number;
  const cells = written.edits.flatMap((e) => e.cells).filter((c) => c.column === status && c.row > 1);
  return {
    words: statusWordsOf(rows),
    texts: cells.map((c) => (c.value.kind === "text" ? c.value.text : null)),
    rules: written.colourRanges.filter((r) => r.what === "status").flatMap((r) => r.rules.map((x) => x.text)),
  };
}

describe("a status column kept in words gets the tool's statuses in those words", () => {
  it("writes the council's own words, and the key's where the column has no word for a status", () => {
    const { texts, rules } = plan(["Below target", "Close to target", "Above target", null]);
    expect(texts).toEqual(["Above target", "Close to target", "Below target", "Not available"]);
    // The colour rules follow the words, so Excel colours what the file adapter fills.
    expect(rules).toEqual(expect.arrayContaining(["Above target", "Close to target", "Below target", "✓"]));
  });

  it("takes the most used spelling of each status", () => {
    expect(plan(["Green", "green", "Green", "Red"]).words["on-target"]).toBe("Green");
  });

  it("keeps symbols where the column holds symbols, or nothing yet", () => {
    expect(plan(["✓", "●", "Above target", "✘"]).texts).toEqual(["✓", "●", "✘", "■"]);
    expect(plan([null, null, null, null]).texts).toEqual(["✓", "●", "✘", "■"]);
  });

  it('keeps symbols where one word holds another ("Not achieved" holds "Achieved"): colour rules test what a cell contains', () => {
    expect(plan(["Not achieved", "Achieved", "Achieved", null]).texts).toEqual(["✓", "●", "✘", "■"]);
    expect(plan(["R", "A", "G", null]).words).toEqual({});
  });
});
