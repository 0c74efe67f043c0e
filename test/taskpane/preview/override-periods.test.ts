import { gridFromRows } from "../../../src/domain/sheet/grid";
import { detectScorecard } from "../../../src/domain/layout";
import { untilChoices } from "../../../src/taskpane/preview/override-periods";

const table = (periods: string[], figures: (string | null)[]) => {
  const [t] = detectScorecard(
    gridFromRows("Scorecard", [
      ["Ref", "Measure", "Good performance", "Target", ...periods],
      ["A1", "Staff sickness days", "Low", "<8", ...figures],
      ["A2", "Planning decided in time", "High", "85%", ...figures],
    ]),
  );
  if (t === undefined) throw new Error("no table");
  return t;
};

describe("the periods an override can run until", () => {
  it("offers the table's later quarters, then the next quarters in its words, never a YTD column", () => {
    const t = table(
      ["Q1 Apr - June 2023/24", "Q2 Jul - Sep 2023/24", "Q3 Oct - Dec 2023/24", "YTD"],
      ["7", "8", null, "8"],
    );
    expect(t.current?.label).toBe("Q2 Jul - Sep 2023/24");
    expect(untilChoices(t)).toEqual([
      "Q3 Oct - Dec 2023/24",
      "Q4 Jan - Mar 2023/24",
      "Q1 Apr - June 2024/25",
      "Q2 Jul - Sep 2024/25",
      "Q3 Oct - Dec 2024/25",
    ]);
  });

  it("offers only the table's own later periods where it cannot name the next ones", () => {
    const t = table(["Apr-23", "May-23", "Jun-23"], ["7", "8", null]);
    expect(untilChoices(t)).toEqual(["Jun-23"]);
  });

  it("offers the quarters after the one a Current column stands for, as the sheet's title names it", () => {
    const [t] = detectScorecard(
      gridFromRows("KPIs", [
        ["Key performance indicators, Quarter 1 2014/15"],
        ["Ref", "Measure", "Target", "Previous", "Current"],
        ["A1", "Calls answered within 30 seconds", "85%", "84%", "86%"],
      ]),
    );
    expect(untilChoices(t!)).toEqual([
      "Q2 Jul - Sep 2014/15",
      "Q3 Oct - Dec 2014/15",
      "Q4 Jan - Mar 2014/15",
      "Q1 Apr - June 2015/16",
    ]);
  });
});
