/** Small synthetic sheets for the clutter real scorecards carry. */
import { detectScorecard } from "../../../src/domain/layout";
import { gridFromRows, type CellValue, type Grid } from "../../../src/domain/sheet/grid";
import type { Period, ScorecardTable } from "../../../src/domain/layout/scorecard";

const labelOf = (_t: ScorecardTable, period: Period | null) => period?.label ?? null;
const rowsOf = (t: ScorecardTable) => t.measures.map((m) => m.row);

describe("clutter around and inside tables", () => {
  test("two tables on one sheet, each under its section title, with a page row and spacers", () => {
    const grid = gridFromRows("Data", [
      ["Performance report"], // 1
      ["1 of 6"], // 2
      [], // 3
      ["Housing"], // 4
      ["Ref No.", "Measure", "Good performance", "Target", "Q1 Apr - June 2023/24", "Q2 Jul - Sep 2023/24"], // 5
      ["H1", "Homes built", "High", "100", "20", "25"], // 6
      ["H2", "Empty homes", "Low", "<500", "520", "510"], // 7
      [], // 8
      ["2 of 6"], // 9
      ["Waste"], // 10
      [], // 11
      ["Ref No.", "Measure", "Good performance", "Target", "Q1 Apr - June 2023/24", "Q2 Jul - Sep 2023/24"], // 12
      ["W1", "Missed bins per 100,000", "Low", "80", "78.16", "67.06"], // 13
    ]);
    const tables = detectScorecard(grid);
    expect(tables.map((t) => t.group)).toEqual(["Housing", "Waste"]);
    expect(tables.map(rowsOf)).toEqual([[6, 7], [13]]);
    expect(tables.map((t) => t.headerRows)).toEqual([[5], [12]]);
    expect(labelOf(tables[0]!, tables[0]!.current)).toBe("Q2 Jul - Sep 2023/24");
  });

  test("a key block above the header is skipped, and symbols in a body are not a key", () => {
    const grid = gridFromRows("Data", [
      ["Corporate Priority 1 – Every child making the best start in life"], // 1
      ["Key", "Overall status (relevant to target)"], // 2
      [null, "✓", "Measure progressing above or in line with target set", "✱", "Measure under development"], // 3
      [
        null,
        "●",
        "Measure progress has been satisfactory but is not fully reaching target set",
        "□",
        "Measure not applicable for target",
      ], // 4
      [
        null,
        "✘",
        "Measure has not progressed in accordance with target set",
        "■",
        "Measure information not yet available",
      ], // 5
      ["Ref No.", "Measure", "Target", "Overall status", "DOT", "Q4 Jan- Mar 2019", "Q1 Apr - June 2019"], // 6
      ["1.A2", "Children subject to a CP plan", "90", "✘", "↓", "88.9", "94.8"], // 7
      ["1.A8", "LAC in a family setting", "85.0%", "✘", "↓", "Not available", "81.7%"], // 8
    ]);
    const [t] = detectScorecard(grid);
    expect(t!.group).toBe("Corporate Priority 1 – Every child making the best start in life");
    expect(rowsOf(t!)).toEqual([7, 8]);
    expect(t!.roles).toMatchObject({ ref: 1, measure: 2, target: 3, status: 4, dot: 5 });
  });

  test("a two-row header from merged group cells, and a header repeated after a page break", () => {
    const rows: CellValue[][] = [
      ["Ref No.", "Measure", "Target", "Annual", null, "Quarterly", null], // 1
      [null, null, null, "Year end 2021/22", "Year end 2022/23", "Q1 Apr - June 2023/24", "Q2 Jul - Sep 2023/24"], // 2
      ["3.12", "Repeat child protection plans", "<8%", "15.6%", "8.7%", "10.3%", "11.2%"], // 3
      [], // 4
      ["Ref No.", "Measure", "Target", "Annual", null, "Quarterly", null], // 5
      [null, null, null, "Year end 2021/22", "Year end 2022/23", "Q1 Apr - June 2023/24", "Q2 Jul - Sep 2023/24"], // 6
      ["4.19", "Disrupted placements", "<8%", "9.3%", "9.7%", "8.7%", "7.7%"], // 7
    ];
    const grid: Grid = {
      ...gridFromRows("Data", rows),
      merges: [
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 4, bottom: 1, right: 5 },
        { top: 1, left: 6, bottom: 1, right: 7 },
        { top: 5, left: 4, bottom: 5, right: 5 },
        { top: 5, left: 6, bottom: 5, right: 7 },
      ],
    };
    const tables = detectScorecard(grid);
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    expect(t.headerRows).toEqual([1, 2]);
    expect(rowsOf(t)).toEqual([3, 7]);
    expect(t.columns.find((c) => c.column === 5)?.header).toBe("Annual / Year end 2022/23");
    expect(t.columns.find((c) => c.column === 7)?.header).toBe("Quarterly / Q2 Jul - Sep 2023/24");
    expect(t.reasons.join(" ")).toMatch(/repeated header at row 5/);
  });

  test("a group row above the labels: benchmarks under LATEST BENCHMARKING, bands under TARGET & TOLERANCES", () => {
    const grid = gridFromRows("Data", [
      [null, null, null, "2022 / 23", null, null, "TARGET & TOLERANCES", null, null, "LATEST BENCHMARKING", null], // 1
      [
        "*REF NO.",
        "INDICATOR",
        "Good perf is",
        "Jan-23",
        "Mar-23 (Q4)",
        "2022/23 Outturn",
        "Red",
        "Amber",
        "Green (target)",
        "Stat neigh av.",
        "Nat av.",
      ], // 2
      ["B.13 (SC)", "Re-referrals", "Low", "22%", "21%", "21%", "25%+", "22%+", "<22%", "20.1%", "21.5%"], // 3
    ]);
    const [t] = detectScorecard(grid);
    expect(t!.headerRows).toEqual([1, 2]);
    expect(t!.roles).toMatchObject({ ref: 1, measure: 2, polarity: 3, red: 7, amber: 8, green: 9 });
    expect(t!.benchmarks.map((b) => b.column)).toEqual([10, 11]);
    expect(t!.periods.map((p) => [p.label, p.kind])).toEqual([
      ["Jan-23", "month"],
      ["Mar-23 (Q4)", "month"],
      ["2022/23 Outturn", "year"],
    ]);
    // The outturn and March end together; the month holds data too, so the latest is either: not the year end before them.
    expect(["Mar-23 (Q4)", "2022/23 Outturn"]).toContain(labelOf(t!, t!.current));
  });

  test("no ref column: measure rows are rows with a title and any value or target", () => {
    const grid = gridFromRows("Data", [
      ["Measure", "Target", "Q1", "Q2"], // 1
      ["Smoking at time of delivery", "15%", "11.00%", "Not available at time of publication"], // 2
      ["A note about data quality"], // 3: a title, not a measure
      ["Carers assessments", null, "109", "130"], // 4
      ["Awaiting data", null, null, null], // 5: nothing but a title
    ]);
    const [t] = detectScorecard(grid);
    expect(rowsOf(t!)).toEqual([2, 4]);
    expect(t!.measures.map((m) => m.group)).toEqual([null, "A note about data quality"]);
    // Q2 holds data for one measure of two: enough to be current, as the latest.
    expect(labelOf(t!, t!.current)).toBe("Q2");
  });

  test("the caller overrides roles, the current period and the comparison", () => {
    const grid = gridFromRows("Data", [
      ["Item", "Measure", "Aim", "Target", "Apr-23", "May-23", "Jun-23"],
      ["X1", "Calls answered", "High", "90%", "91%", "89%", "92%"],
    ]);
    const plain = detectScorecard(grid)[0]!;
    expect(plain.roles.ref).toBeUndefined();
    expect(plain.roles.polarity).toBe(3);
    const t = detectScorecard(grid, {
      roles: { 1: "ref" },
      current: "May-23",
      compare: { kind: "label", label: "Apr-23" },
    })[0]!;
    expect(t.roles.ref).toBe(1);
    expect(labelOf(t, t.current)).toBe("May-23");
    expect(labelOf(t, t.comparison)).toBe("Apr-23");
    const byColumn = detectScorecard(grid, { current: 7 })[0]!;
    expect(labelOf(byColumn, byColumn.current)).toBe("Jun-23");
    expect(labelOf(byColumn, byColumn.comparison)).toBe("May-23");
  });

  test("a sheet with no scorecard gives no tables", () => {
    expect(
      detectScorecard(gridFromRows("Notes", [["Minutes of the meeting"], ["Item", "Owner"], ["Budget", "Finance"]])),
    ).toEqual([]);
    expect(detectScorecard(gridFromRows("Empty", []))).toEqual([]);
  });

  test("confidence grows with what the table names, and the reasons say what was found", () => {
    const full = detectScorecard(
      gridFromRows("Data", [
        ["Ref No.", "Measure", "Good performance", "Target", "Overall status", "Q1", "Q2"],
        ["1", "A measure", "High", "90", "✓", "91", "92"],
        ["2", "Another", "Low", "10", "✘", "12", "13"],
      ]),
    )[0]!;
    const thin = detectScorecard(
      gridFromRows("Data", [
        ["Measure", "Q1", "Q2"],
        ["A measure", "91", "92"],
      ]),
    )[0]!;
    expect(full.confidence).toBeGreaterThan(thin.confidence);
    expect(full.reasons[0]).toBe("found Ref, Measure, Good performance, Target, Status and 2 period columns");
    expect(thin.reasons.join(" ")).toMatch(/no target column/);
  });
});

describe("date cells and size", () => {
  test("Excel date cells used as month headers become month periods", () => {
    const grid = gridFromRows("Data", [
      ["Ref No.", "Measure", "Target", 45017, 45047, 45078], // 1 Apr, 1 May, 1 Jun 2023
      ["X1", "Calls answered", "90%", "91%", "89%", null],
    ]);
    grid.formats[0] = ["General", "General", "General", "mmm-yy", "mmm-yy", "mmm-yy"];
    grid.text[0] = ["Ref No.", "Measure", "Target", "Apr-23", "May-23", "Jun-23"];
    const [t] = detectScorecard(grid);
    expect(t!.periods.map((p) => [p.label, p.kind, p.index])).toEqual([
      ["Apr-23", "month", 4],
      ["May-23", "month", 5],
      ["Jun-23", "month", 6],
    ]);
    // June is empty, so May is the latest with data.
    expect(labelOf(t!, t!.current)).toBe("May-23");
    expect(labelOf(t!, t!.comparison)).toBe("Apr-23");
  });

  test("a measure titled 'Measure one…' with an x in a notes column is a measure, not a row of the key", () => {
    const rows: CellValue[][] = [
      ["Ref No.", "Measure", "Good performance", "Target", "Q1 Apr - Jun 2023/24", "Q2 Jul - Sep 2023/24", null, null],
      ["A1", "Measure one", "High", "90%", "85%", "91%", null, "x"],
      ["A2", "Measure on time", "Low", "<8%", "9%", "10%", "X", null],
      ["✓", "Measure progressing above or in line with target set", null, null, null, null, null, null],
    ];
    const [t] = detectScorecard(gridFromRows("S", rows));
    expect(t!.measures.map((m) => m.row)).toEqual([2, 3]);
  });

  // How fast is for `npm run bench`; this checks that a sheet of this size is read whole and right.
  test("50,000 measure rows are all found, and the current period chosen", () => {
    const rows: CellValue[][] = [
      ["Ref No.", "Measure", "Good performance", "Target", "Q1 Apr - June 2023/24", "Q2 Jul - Sep 2023/24", "Notes"],
    ];
    for (let i = 0; i < 50_000; i++)
      rows.push([
        `R.${i}`,
        `Measure ${i}`,
        i % 2 ? "High" : "Low",
        "85%",
        "81%",
        i % 3 ? "82%" : "Not available",
        "ok",
      ]);
    const grid = gridFromRows("Big", rows);
    const [t] = detectScorecard(grid);
    expect(t!.measures).toHaveLength(50_000);
    expect(labelOf(t!, t!.current)).toBe("Q2 Jul - Sep 2023/24");
  });
});
