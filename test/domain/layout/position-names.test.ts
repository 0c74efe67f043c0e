import { detectScorecard, periodId } from "../../../src/domain/layout";
import { periodNamedIn } from "../../../src/domain/layout/position-names";
import { gridFromRows, type CellValue } from "../../../src/domain/sheet/grid";

/** A Previous/Current scorecard under `title` rows, on a sheet called `sheet`. */
function table(title: CellValue[][], headings: [string, string] = ["Previous", "Current"], sheet = "KPIs") {
  const grid = gridFromRows(sheet, [
    ...title,
    [],
    ["KPI ref", "Description", "Target", ...headings],
    ["CS01", "Calls answered in 15 seconds", "80%", "79.6%", "78.5%"],
    ["CS02", "Complaints answered on time", "95%", "96%", "97%"],
  ]);
  const [found] = detectScorecard(grid);
  if (found === undefined) throw new Error("no table");
  return found;
}

describe("periods named by position take the period the sheet's title names", () => {
  it("Current under a title naming Quarter 1 2014/15 is Q1 2014/15, and Previous is the quarter before", () => {
    const t = table([["Hart District Council: key performance indicators, Quarter 1 2014/15"]]);
    expect(t.current?.label).toBe("Current");
    expect(periodId(t.current!)).toBe("Q1 2014/15");
    expect(periodId(t.comparison!)).toBe("Q4 2013/14");
    // Placed in time as the named quarters are, so an override can run until a later one.
    expect(t.comparison!.order).toBeLessThan(t.current!.order);
    expect(t.reasons).toContain(
      'Current taken as Q1 2014/15, as "Hart District Council: key performance indicators, Quarter 1 2014/15" names it',
    );
  });

  it.each([
    ["Performance report, 2024/25 Q3", "Q3 2024/25", "Q2 2024/25"],
    ["Quarter 1 2024-25 performance", "Q1 2024/25", "Q4 2023/24"],
    ["Monthly dashboard: January 2025", "Jan 2025", "Dec 2024"],
    ["Monthly dashboard: April 2024", "Apr 2024", "Mar 2024"],
    ["Half-year report H1 2023/24", "H1 2023/24", "H2 2022/23"],
  ])("%s: Current is %s, Previous %s", (title, current, previous) => {
    const t = table([[title]]);
    expect([periodId(t.current!), periodId(t.comparison!)]).toEqual([current, previous]);
  });

  it("the row nearest the header wins over the sheet's name; with no title row the sheet's name is read", () => {
    expect(periodId(table([["Quarter 2 2014/15"]], undefined, "KPIs Q1 2014-15").current!)).toBe("Q2 2014/15");
    expect(periodId(table([], undefined, "KPIs Q1 2014-15").current!)).toBe("Q1 2014/15");
  });

  it("a period the officer names wins over the title's, and is said to be asked", () => {
    const grid = gridFromRows("KPIs", [
      ["Key performance indicators, Quarter 1 2014/15"],
      ["KPI ref", "Description", "Target", "Previous", "Current"],
      ["CS01", "Calls answered in 15 seconds", "80%", "79.6%", "78.5%"],
    ]);
    const [t] = detectScorecard(grid, { periodName: "Quarter 2 2014-15" });
    expect([periodId(t!.current!), periodId(t!.comparison!)]).toEqual(["Q2 2014/15", "Q1 2014/15"]);
    expect(t!.reasons).toContain("Current taken as Q2 2014/15, as asked");
  });

  it("Last year beside This quarter is the same quarter a year before", () => {
    const t = table([["Quarter 3 2023/24"]], ["Last year", "This quarter"]);
    expect(periodId(t.current!)).toBe("Q3 2023/24");
    expect(periodId(t.comparison!)).toBe("Q3 2022/23");
  });

  it("a title naming only a year names no quarter: Current keeps its heading, and the reasons say why it matters", () => {
    const t = table([["Corporate Plan 2023/24"]]);
    expect(periodId(t.current!)).toBe("Current");
    expect(t.current!.name).toBeUndefined();
    expect(
      t.reasons.some((r) => r.startsWith('"Current" names no period and nothing above the table says which')),
    ).toBe(true);
  });

  it("This year is named by a title naming the year", () => {
    const t = table([["Annual report 2023/24"]], ["Last year", "This year"]);
    expect([periodId(t.current!), periodId(t.comparison!)]).toEqual(["2023/24", "2022/23"]);
  });

  it("dated headings are left as they are, whatever the title says", () => {
    const t = table([["Quarter 1 2014/15"]], ["Q4 Jan - Mar 2023/24", "Q1 Apr - June 2024/25"]);
    expect(t.current?.name).toBeUndefined();
    expect(periodId(t.current!)).toBe("Q1 Apr - June 2024/25");
  });

  it("finds the finest period a run of words names", () => {
    expect(periodNamedIn("Council plan 2022-2025: Quarter 2 2023/24", ["quarter", "month"])?.label).toBe(
      "Quarter 2 2023/24",
    );
    expect(periodNamedIn("Key performance indicators", ["quarter"])).toBeNull();
    expect(periodNamedIn("Quarter 3 2024/25, data to December 2024", ["quarter", "month"])?.label).toBe(
      "Quarter 3 2024/25",
    );
  });
});
