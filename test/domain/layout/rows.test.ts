/** Measure rows carry their own cells: once layout has read them, assessment and write-back never need the grid. */
import { detectScorecard } from "../../../src/domain/layout";
import { measureRows, periodCell } from "../../../src/domain/layout/rows";
import { assessTable } from "../../../src/domain/assessment/assess";
import { planStatusWrites } from "../../../src/domain/plan/writeback";
import { scoreGrids } from "../../../src/domain/pipeline";
import { gridFromRows, type Grid } from "../../../src/domain/sheet/grid";

const sheet = () =>
  gridFromRows("Scorecard", [
    ["Directorate performance"],
    ["Ref No.", "Measure", "Good performance", "Target", "Nat av.", "Q1 Apr - June 2023/24", "Q2 Jul - Sep 2023/24"],
    ["H1", "Number of new homes delivered during the year", "High", 400, null, 100, 110],
    ["C1", "Repeat child protection plans", "Low", "<8%", "9%", "10.3%", "7.2%"],
    ["E1", "Pupils achieving the expected standard", "High", "To be above the national average", "65%", "61%", "66%"],
  ]);

/** Blank every cell of the grid in place: anything still reading it would now see an empty sheet. */
function wipe(grid: Grid): void {
  grid.values = grid.values.map((r) => r.map(() => null));
  grid.text = grid.text.map((r) => r.map(() => ""));
  grid.formats = grid.formats.map((r) => r.map(() => "General"));
}

describe("measure rows", () => {
  test("carry each role's cell, the period cells in order, the benchmarks and what the write-back checks", () => {
    const grid = sheet();
    const [table] = detectScorecard(grid);
    if (table === undefined) throw new Error("no table");
    const rows = measureRows(grid, table);
    const [homes] = rows.rows;
    expect(homes?.row).toBe(3);
    expect(homes?.cells.measure?.value).toBe("Number of new homes delivered during the year");
    expect(homes?.cells.target?.value).toBe(400);
    expect(homes?.periods.map((p) => [p.period.label, p.cell.value])).toEqual([
      ["Q1 Apr - June 2023/24", 100],
      ["Q2 Jul - Sep 2023/24", 110],
    ]);
    expect(rows.rows[2]?.benchmarks.map((c) => c.value)).toEqual(["65%"]);
    expect(table.current === null ? undefined : periodCell(rows.rows[1]!, table.current)?.value).toBe("7.2%");
    expect(rows.place).toEqual({ status: 8, dot: 9, added: true });
    expect(rows.headings).toEqual([{ row: 2, before: { status: "", dot: "" } }]);
    expect(rows.anchor).toEqual({
      column: 2,
      firstRow: 2,
      contents: [
        "Measure",
        "Number of new homes delivered during the year",
        "Repeat child protection plans",
        "Pupils achieving the expected standard",
      ],
    });
  });

  test("are enough to assess and plan a table after the grid is blanked and dropped", () => {
    const grid = sheet();
    const expected = scoreGrids([grid], { writeback: { mode: "formula", recorded: "keep", dotStyle: "arrow" } });
    const [table] = detectScorecard(grid);
    if (table === undefined) throw new Error("no table");
    const rows = measureRows(grid, table);
    wipe(grid);

    const measures = assessTable(rows);
    expect(measures).toEqual(expected.measures);
    // The in-year count adds up the earlier quarter from the row's own cells.
    expect(measures[0]?.reason).toContain("so far this year (100 + 110)");
    const plan = planStatusWrites(rows, measures, { mode: "formula", recorded: "keep", dotStyle: "arrow" });
    expect(plan.edits).toEqual(expected.plan.edits);
    expect(plan.anchors).toEqual(expected.plan.anchors);
    expect(plan.colourRanges).toEqual(expected.plan.colourRanges);
    expect(plan.symbolsNotFormulas).toBe(expected.plan.symbolsNotFormulas);
  });

  test("the pipeline's scored tables do not carry the grid", () => {
    const result = scoreGrids([sheet()]);
    expect(result.tables).toHaveLength(1);
    expect(Object.keys(result.tables[0] ?? {})).not.toContain("grid");
  });
});
