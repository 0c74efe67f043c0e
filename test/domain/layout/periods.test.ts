import {
  orderPeriods,
  parsePeriod,
  periodFromDate,
  previousPeriod,
  sameLastYear,
} from "../../../src/domain/layout/periods";

const kindYearIndex = (label: string, group?: string) => {
  const p = parsePeriod(label, group);
  return p === null ? null : [p.kind, p.year, p.index];
};

describe("period labels", () => {
  test.each([
    ["Year end 2015/16", ["year", 2015, null]],
    ["Q1 Apr - June 2018", ["quarter", 2018, 1]],
    ["Q2 Jul - Sep 2023/24", ["quarter", 2023, 2]],
    ["Q4 Jan- Mar 2019", ["quarter", 2018, 4]],
    ["Q4 Jan- March 19", ["quarter", 2018, 4]],
    ["Apr-19", ["month", 2019, 4]],
    ["Jan-23", ["month", 2022, 1]],
    ["Mar-23 (Q4)", ["month", 2022, 3]],
    ["2022/23 Outturn", ["year", 2022, null]],
    ["YTD", ["ytd", null, null]],
    ["Q3", ["quarter", null, 3]],
  ])("%p reads as %p", (label, expected) => {
    expect(kindYearIndex(label)).toEqual(expected);
  });

  test("a year left out of the label comes from the group row above", () => {
    expect(kindYearIndex("Term 1", "2022 / 23")).toEqual(["term", 2022, 1]);
    expect(kindYearIndex("YTD", "2022 / 23")).toEqual(["ytd", 2022, null]);
    expect(kindYearIndex("Q3", "2023/24")).toEqual(["quarter", 2023, 3]);
  });

  test.each([
    "Annual",
    "Quarterly",
    "Monthly",
    "82 Academic Year outturn 2022/23",
    "54.7% (unvalidated)",
    "Measure",
    "Target 2023/24",
    "",
  ])("%p is not a period", (label) => {
    expect(parsePeriod(label)).toBeNull();
  });

  test("a date cell used as a month header is that month", () => {
    const p = periodFromDate(45017, "Apr-23"); // 1 April 2023
    expect(p).toMatchObject({ kind: "month", year: 2023, index: 4, label: "Apr-23" });
  });
});

describe("ordering and comparisons", () => {
  const labels = [
    "Year end 2017/18",
    "Year end 2018/19",
    "Q1 Apr - June 2018",
    "Q2 Jul - Sep 2018",
    "Q3 Oct - Dec 2018",
    "Q4 Jan- Mar 2019",
    "Q1 Apr - June 2019",
    "Apr-19",
    "May-19",
    "Jun-19",
    "YTD",
  ];
  const periods = orderPeriods(labels.map((label, i) => ({ ...parsePeriod(label)!, column: i + 1 })));
  const find = (label: string) => periods.find((p) => p.label === label)!;

  test("oldest first; at the same month end the quarter comes after the month and the year", () => {
    expect(periods.map((p) => p.label)).toEqual([
      "Year end 2017/18",
      "Q1 Apr - June 2018",
      "Q2 Jul - Sep 2018",
      "Q3 Oct - Dec 2018",
      "Year end 2018/19",
      "Q4 Jan- Mar 2019",
      "Apr-19",
      "May-19",
      "Jun-19",
      "Q1 Apr - June 2019",
      "YTD",
    ]);
  });

  test("previous is the latest earlier period of the same kind", () => {
    expect(previousPeriod(find("Q1 Apr - June 2019"), periods)?.label).toBe("Q4 Jan- Mar 2019");
    expect(previousPeriod(find("Jun-19"), periods)?.label).toBe("May-19");
    expect(previousPeriod(find("Year end 2018/19"), periods)?.label).toBe("Year end 2017/18");
    expect(previousPeriod(find("Year end 2017/18"), periods)).toBeNull();
  });

  test("same period last year: Q1 2019 → Q1 2018, and none for a month not on the sheet", () => {
    expect(sameLastYear(find("Q1 Apr - June 2019"), periods)?.label).toBe("Q1 Apr - June 2018");
    expect(sameLastYear(find("Year end 2018/19"), periods)?.label).toBe("Year end 2017/18");
    expect(sameLastYear(find("Jun-19"), periods)).toBeNull();
    expect(sameLastYear(find("YTD"), periods)).toBeNull();
  });

  test("Q2 2023/24 finds Q2 2022/23 however each is spelt", () => {
    const mixed = orderPeriods(
      ["Q2 Jul - Sep 2022/23", "Q1 Apr - June 2023/24", "Q2 Jul-Sept 2023/24"].map((label, i) => ({
        ...parsePeriod(label)!,
        column: i + 1,
      })),
    );
    expect(sameLastYear(mixed[2]!, mixed)?.label).toBe("Q2 Jul - Sep 2022/23");
  });
});
