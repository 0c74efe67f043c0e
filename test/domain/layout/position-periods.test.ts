import { detectScorecard, parsePeriod } from "../../../src/domain/layout";
import { gridFromRows, type CellValue, type Grid } from "../../../src/domain/sheet/grid";

const labelsOf = (grid: Grid) => {
  const [table] = detectScorecard(grid);
  if (table === undefined) throw new Error("no table");
  return {
    periods: table.periods.map((p) => p.label),
    current: table.current?.label ?? null,
    comparison: table.comparison?.label ?? null,
  };
};

const rows = (header: CellValue[], body: CellValue[][]): CellValue[][] => [header, ...body];

describe("periods named by position", () => {
  it.each([
    ["Previous", "Current"],
    ["Last quarter", "This quarter"],
    ["Last period", "This period"],
    ["Last year", "This year"],
    ["Previous year", "Latest"],
    ["Previous", "Actual"],
    ["Last year", "Outturn"],
  ])("%s then %s: the second is current, compared with the first", (before, now) => {
    const grid = gridFromRows(
      "S",
      rows(
        ["Ref", "Measure", "Target", before, now],
        [
          ["A1", "Calls answered", "90%", "88%", "91%"],
          ["A2", "Claims paid", "95%", "96%", "97%"],
        ],
      ),
    );
    expect(labelsOf(grid)).toEqual({ periods: [before, now], current: now, comparison: before });
  });

  it("orders them as a person would even when Current is the left column", () => {
    const grid = gridFromRows(
      "S",
      rows(["Ref", "Measure", "Target", "Current", "Previous"], [["A1", "Calls answered", "90%", "91%", "88%"]]),
    );
    expect(labelsOf(grid)).toEqual({ periods: ["Previous", "Current"], current: "Current", comparison: "Previous" });
  });

  it("reads Value, Result and Performance alone as the reported figure", () => {
    for (const label of ["Value", "Result", "Performance"]) expect(parsePeriod(label)).not.toBeNull();
    for (const label of ["Year", "Data", "Score", "Team", "Previous note"]) expect(parsePeriod(label)).toBeNull();
  });

  it("orders quarters with no year by number and months by the financial year", () => {
    const q = gridFromRows(
      "S",
      rows(
        ["Ref", "Measure", "Target", "Q2", "Q1", "Q3", "Q4"],
        [["A1", "Calls answered", "90%", "91%", "88%", "", ""]],
      ),
    );
    expect(labelsOf(q)).toEqual({ periods: ["Q1", "Q2", "Q3", "Q4"], current: "Q2", comparison: "Q1" });
    const m = gridFromRows(
      "S",
      rows(
        ["Ref", "Measure", "Target", "January", "April", "September"],
        [["A1", "Calls answered", "90%", "91%", "88%", "89%"]],
      ),
    );
    expect(labelsOf(m).periods).toEqual(["April", "September", "January"]);
  });

  it.each([
    ["2024/25 Q3", "2024/25 Q2"],
    ["Quarter 3 2024-25", "Quarter 2 2024-25"],
    ["Sep 2024", "Aug 2024"],
  ])("reads %s after %s", (later, earlier) => {
    const grid = gridFromRows(
      "S",
      rows(["Ref", "Measure", "Target", later, earlier], [["A1", "Calls answered", "90%", "91%", "88%"]]),
    );
    expect(labelsOf(grid)).toEqual({ periods: [earlier, later], current: later, comparison: earlier });
  });

  it("finds a header whose periods are real Excel dates, whatever they show", () => {
    const grid = gridFromRows("S", rows(["Ref", "Measure", 45505, 45536], [["A1", "Calls answered", "88%", "91%"]]));
    // 45505 is 1 Aug 2024 and 45536 is 1 Sep 2024, shown as the sheet's dd/mm/yyyy dates.
    grid.text[0] = ["Ref", "Measure", "01/08/2024", "01/09/2024"];
    grid.formats[0] = ["General", "General", "dd/mm/yyyy", "dd/mm/yyyy"];
    expect(labelsOf(grid)).toEqual({
      periods: ["01/08/2024", "01/09/2024"],
      current: "01/09/2024",
      comparison: "01/08/2024",
    });
    const [table] = detectScorecard(grid, { current: "Aug 2024" });
    expect(table?.current?.column).toBe(3);
  });

  it("--current and --compare accept the position names", () => {
    const grid = gridFromRows(
      "S",
      rows(["Ref", "Measure", "Target", "Previous", "Current"], [["A1", "Calls answered", "90%", "88%", "91%"]]),
    );
    const [table] = detectScorecard(grid, { current: "previous", compare: { kind: "label", label: "current" } });
    expect(table?.current?.label).toBe("Previous");
    expect(table?.comparison?.label).toBe("Current");
  });
});
