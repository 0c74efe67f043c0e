import { gridFromRows } from "../../../src/domain/sheet/grid";
import { detectScorecard } from "../../../src/domain/layout";
import { assessTable } from "../../../src/domain/assessment/assess";
import { measureRows } from "../../../src/domain/layout/rows";
import { planStatusWrites } from "../../../src/domain/plan/writeback";
import type { CellEdit } from "../../../src/domain/plan/workbook-plan";
import { textWidth } from "../../../src/domain/plan/text-fit";

const header = [
  "Ref No.",
  "Measure",
  "Good performance",
  "Frequency of reporting",
  "Target",
  "Q1 Apr - June 2023/24",
  "Q2 Jul - Sep 2023/24",
];

function table(rows: (string | number | null)[][]) {
  const grid = gridFromRows("Scorecard", [header, ...rows]);
  const [found] = detectScorecard(grid);
  if (found === undefined) throw new Error("no table detected");
  return { grid, table: found, measures: assessTable(measureRows(grid, found)) };
}

/** Formula-mode write-back for a sheet given row by row (judged with the same tolerance as the formulas carry). */
function formulaPlan(
  rows: (string | number | null)[][],
  options: { dotStyle?: "arrow" | "word" | "value"; tolerance?: string } = {},
) {
  const grid = gridFromRows("Scorecard", rows);
  const [found] = detectScorecard(grid);
  if (found === undefined) throw new Error("no table detected");
  const measures = assessTable(
    measureRows(grid, found),
    options.tolerance === undefined ? {} : { tolerance: options.tolerance },
  );
  return planStatusWrites(measureRows(grid, found), measures, {
    mode: "formula",
    recorded: "keep",
    dotStyle: options.dotStyle ?? "arrow",
    ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }),
  });
}

const at = (cells: CellEdit[], row: number, column: number) => cells.find((c) => c.row === row && c.column === column);

describe("planStatusWrites", () => {
  it("writes nothing when the columns after the table are taken all the way to Excel's last column", () => {
    const rows: (string | number | null)[][] = [
      header,
      ["1.A5", "Repeat child protection plans", "low", "Monthly", "<8%", "10.3%", "11.2%"],
    ];
    const grid = gridFromRows("Scorecard", rows);
    // A note in every column from H to XFD of the header row.
    grid.values[0] = [...(grid.values[0] ?? []), ...Array.from({ length: 16_384 - 7 }, () => "note")];
    grid.values[1] = [...(grid.values[1] ?? []), ...Array.from({ length: 16_384 - 7 }, () => null)];
    grid.text = grid.values.map((r) => r.map((v) => (v === null ? "" : String(v))));
    grid.formats = grid.values.map((r) => r.map(() => "General"));
    const [found] = detectScorecard(grid);
    if (found === undefined) throw new Error("no table");
    const plan = planStatusWrites(measureRows(grid, found), assessTable(measureRows(grid, found)));
    expect(plan.edits[0]?.cells).toEqual([]);
    expect(plan.addedColumns).toEqual([]);
  });

  it("adds Overall status and DOT columns after the last period when the table has none", () => {
    const {
      grid,
      table: t,
      measures,
    } = table([
      ["1.A5", "Repeat child protection plans", "low", "Monthly", "<8%", "10.3%", "11.2%"],
      ["4.20", "LAC placed within a Family Based setting", "high", "Monthly", "85.0%", "77.5%", "76.1%"],
    ]);
    const plan = planStatusWrites(measureRows(grid, t), measures, {
      mode: "value",
      recorded: "keep",
      dotStyle: "arrow",
    });
    const cells = plan.edits[0]?.cells ?? [];
    expect(at(cells, 1, 8)?.value).toEqual({ kind: "text", text: "Overall status" });
    expect(at(cells, 1, 9)?.value).toEqual({ kind: "text", text: "DOT" });
    expect(at(cells, 2, 8)).toMatchObject({ value: { kind: "text", text: "✘" }, fill: "red" });
    expect(at(cells, 2, 9)).toMatchObject({ value: { kind: "text", text: "↓" }, fill: "red" });
    expect(plan.addedColumns.map((c) => c.column)).toEqual([8, 9]);
    // The added headings look like the table's last heading (G), centred, in columns wide enough for them.
    expect(at(cells, 1, 8)).toMatchObject({ styleFrom: 7, bold: true, align: "center" });
    expect(at(cells, 1, 9)).toMatchObject({ styleFrom: 7, align: "center" });
    expect(at(cells, 2, 8)?.align).toBe("center");
    const width = plan.addedColumns.find((c) => c.header === "Overall status")?.width ?? 0;
    expect(width).toBeGreaterThanOrEqual(textWidth("Overall status", true) + 1);
  });

  it("colours an officer's own symbol, kept, by the same rule as the computed ones around it", () => {
    const grid = gridFromRows("Scorecard", [
      [...header, "Overall status", "DOT"],
      ["1.A5", "Repeat child protection plans", "low", "Monthly", "<8%", "10.3%", "11.2%", "", ""],
      ["1.A6", "Assessments in timescale", "high", "Monthly", "85%", "80%", "90%", "✓", ""],
      ["4.20", "LAC placed within a Family Based setting", "high", "Monthly", "85.0%", "77.5%", "76.1%", "", ""],
    ]);
    const [t] = detectScorecard(grid);
    if (t === undefined) throw new Error("no table");
    const plan = planStatusWrites(measureRows(grid, t), assessTable(measureRows(grid, t)), {
      mode: "value",
      recorded: "keep",
      dotStyle: "arrow",
    });
    // The officer's ✓ in row 3 is kept, not written...
    expect(at(plan.edits[0]?.cells ?? [], 3, 8)).toBeUndefined();
    // ...and the status column's rule runs over it, from the first measure to the last.
    const status = plan.colourRanges.filter((r) => r.column === 8 && r.what === "status");
    expect(status).toEqual([expect.objectContaining({ firstRow: 2, lastRow: 4 })]);
    expect(status[0]?.rules).toContainEqual({ text: "✓", fill: "green" });
    // A symbol in the officer's own column keeps the column's alignment.
    expect(at(plan.edits[0]?.cells ?? [], 2, 8)?.align).toBeUndefined();
  });

  it("never writes over a user's cell: the new columns move past a notes column", () => {
    const grid = gridFromRows("Scorecard", [
      [...header, "Data notes"],
      [
        "1.A5",
        "Repeat child protection plans",
        "low",
        "Monthly",
        "<8%",
        "10.3%",
        "11.2%",
        "Being explored via dip sampling",
      ],
    ]);
    const [t] = detectScorecard(grid);
    if (t === undefined) throw new Error("no table");
    const plan = planStatusWrites(measureRows(grid, t), assessTable(measureRows(grid, t)), {
      mode: "value",
      recorded: "keep",
      dotStyle: "arrow",
    });
    const columns = new Set((plan.edits[0]?.cells ?? []).map((c) => c.column));
    expect(columns.has(8)).toBe(false);
    expect([...columns].every((c) => c > 8)).toBe(true);
  });

  it("keeps a recorded status unless asked to replace it", () => {
    const grid = gridFromRows("Scorecard", [
      [
        "Ref No.",
        "Measure",
        "Good performance",
        "Target",
        "Overall status",
        "DOT",
        "Q4 Jan - Mar 2019",
        "Q1 Apr - June 2019",
      ],
      ["2.B8", "People supported in residential care", "Low", 900, "●", "", 933, 931],
    ]);
    const [t] = detectScorecard(grid);
    if (t === undefined) throw new Error("no table");
    const measures = assessTable(measureRows(grid, t));
    const keep =
      planStatusWrites(measureRows(grid, t), measures, { mode: "value", recorded: "keep", dotStyle: "arrow" }).edits[0]
        ?.cells ?? [];
    expect(at(keep, 2, 5)).toBeUndefined();
    expect(at(keep, 2, 6)?.value).toEqual({ kind: "text", text: "↑" });
    const replace =
      planStatusWrites(measureRows(grid, t), measures, { mode: "value", recorded: "replace", dotStyle: "word" })
        .edits[0]?.cells ?? [];
    expect(at(replace, 2, 5)?.value).toEqual({ kind: "text", text: "●" });
    expect(at(replace, 2, 6)?.value).toEqual({ kind: "text", text: "Improved" });
  });

  it("writes live KPI formulas that reference the row's own cells in formula mode", () => {
    const grid = gridFromRows("Scorecard", [
      [
        "Ref No.",
        "Measure",
        "Good performance",
        "Target",
        "Overall status",
        "DOT",
        "Q4 Jan - Mar 2019",
        "Q1 Apr - June 2019",
      ],
      ["1.A2", "Children subject to a CP plan", "low", 90, "", "", 88.9, 94.8],
    ]);
    const [t] = detectScorecard(grid);
    if (t === undefined) throw new Error("no table");
    const cells =
      planStatusWrites(measureRows(grid, t), assessTable(measureRows(grid, t)), {
        mode: "formula",
        recorded: "keep",
        dotStyle: "arrow",
      }).edits[0]?.cells ?? [];
    expect(at(cells, 2, 5)?.value).toEqual({ kind: "formula", formula: "=KPI.STATUS(H2,D2,C2)" });
    expect(at(cells, 2, 6)?.value).toEqual({ kind: "formula", formula: "=KPI.DOT(H2,G2,C2)" });
  });

  it("passes the officer's tolerance and DOT style to the formulas", () => {
    const plan = formulaPlan(
      [
        [
          "Ref No.",
          "Measure",
          "Good performance",
          "Target",
          "Overall status",
          "DOT",
          "Q4 Jan - Mar 2019",
          "Q1 Apr - June 2019",
        ],
        ["1.A2", "Children subject to a CP plan", "low", 90, "", "", 88.9, 94.8],
      ],
      { dotStyle: "word", tolerance: "2pp" },
    );
    const cells = plan.edits[0]?.cells ?? [];
    expect(at(cells, 2, 5)?.value).toEqual({ kind: "formula", formula: '=KPI.STATUS(H2,D2,C2,"2pp")' });
    expect(at(cells, 2, 6)?.value).toEqual({ kind: "formula", formula: '=KPI.DOT(H2,G2,C2,"word")' });
  });

  it("writes the symbol, not a formula, where a formula would not give the engine's judgement", () => {
    const plan = formulaPlan([
      [
        "Ref No.",
        "Measure",
        "Good performance",
        "Target",
        "Overall status",
        "DOT",
        "Q4 Jan - Mar 2019",
        "Q1 Apr - June 2019",
      ],
      // Profiled to the quarter, 81 against 280 is judged against 70: a formula would compare it with 280.
      ["2.B7", "Admissions to residential care", "low", "280 (Cumulative target)", "", "", 60, 81],
      // A figure in words: the engine says it could not be read (✱, never "not available"); the formula would show #VALUE!.
      ["5.D3", "Reduction in agency cost", "low", "10% reduction", "", "", "Increase of 20%", "Increase of 43%"],
      ["1.A2", "Children subject to a CP plan", "low", 90, "", "", 88.9, 94.8],
    ]);
    const cells = plan.edits[0]?.cells ?? [];
    expect(at(cells, 2, 5)?.value).toEqual({ kind: "text", text: "✘" });
    expect(at(cells, 3, 5)?.value).toEqual({ kind: "text", text: "✱" });
    expect(at(cells, 3, 6)?.value).toEqual({ kind: "text", text: "–" });
    expect(at(cells, 4, 5)?.value.kind).toBe("formula");
    expect(plan.symbolsNotFormulas).toBe(3);
  });

  it("writes no formula that would disagree once a missing figure is typed in: profiled and in-year targets get symbols", () => {
    const plan = formulaPlan([
      [
        "Ref No.",
        "Measure",
        "Good performance",
        "Target",
        "Overall status",
        "DOT",
        "Q4 Jan - Mar 2019",
        "Q1 Apr - June 2019",
      ],
      ["2.B7", "Admissions to residential care", "low", "280 (Cumulative target)", "", "", 60, ""],
      ["4.B1", "Number of new homes delivered during the year", "high", 400, "", "", 90, ""],
      // Two measures with Q1 figures make Q1 the current period.
      ["1.A2", "Children subject to a CP plan", "low", 90, "", "", 88.9, 94.8],
      ["1.A5", "Repeat child protection plans", "low", "<8%", "", "", "10.3%", "11.2%"],
    ]);
    const cells = plan.edits[0]?.cells ?? [];
    expect(at(cells, 2, 5)?.value).toEqual({ kind: "text", text: "■" });
    expect(at(cells, 3, 5)?.value).toEqual({ kind: "text", text: "■" });
  });

  it("names the engine's polarity in the formula when the sheet's own cell would be read otherwise", () => {
    // No Good performance given: the engine reads "<8%" as lower is better; KPI.DOT on the blank cell would assume higher.
    const plan = formulaPlan([
      [
        "Ref No.",
        "Measure",
        "Good performance",
        "Target",
        "Overall status",
        "DOT",
        "Q1 Apr - June 2023/24",
        "Q2 Jul - Sep 2023/24",
      ],
      ["3.12", "Repeat child protection plans", "", "<8%", "", "", "10.3%", "11.2%"],
    ]);
    const cells = plan.edits[0]?.cells ?? [];
    expect(at(cells, 2, 5)?.value).toEqual({ kind: "formula", formula: "=KPI.STATUS(H2,D2,C2)" });
    expect(at(cells, 2, 6)?.value).toEqual({ kind: "formula", formula: '=KPI.DOT(H2,G2,"low")' });
  });
});
