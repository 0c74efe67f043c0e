import { periodNoun, percentText, statusSentence, summarise, wholePercentText } from "../../../src/domain/reports";
import { measure, priorityOne } from "./factory";

describe("the report's sentences, per group", () => {
  const [p1] = summarise(priorityOne(), { basis: "computed" }).byGroup;
  if (p1 === undefined) throw new Error("no group");

  // The 2016/17 Q2 report's lines for Priority 1, with its grammar and its two precisions mended.
  it("writes the report's lines for Priority 1, one precision in a sentence and the verb agreeing with the count", () => {
    expect(statusSentence("on-target", p1, "quarter", true)).toBe(
      "2 measures (13.3% of those measured this quarter) are progressing above or in line with target set, compared to 1 measure (7.7%) last quarter",
    );
    expect(statusSentence("near-target", p1, "quarter", true)).toBe(
      "9 measures (60% of those measured this quarter) have made satisfactory progress but are not fully reaching target set, compared to 6 measures (46.2%) last quarter (3 priority measures)",
    );
    expect(statusSentence("off-target", p1, "quarter", true)).toBe(
      "4 measures (26.7% of those measured this quarter) have not progressed in accordance with target set, compared to 6 measures (46.2%) last quarter (3 priority measures)",
    );
    expect(statusSentence("not-applicable", p1, "quarter", true)).toBe(
      "4 measures do not have defined targets (1 priority measure)",
    );
    expect(statusSentence("not-available", p1, "quarter", true)).toBe(
      "8 measures do not yet have data available due to the infrequency/timing of the data (compared to 10 last quarter) (2 priority measures)",
    );
  });

  it("says measure or measures, is or are, has or have, by the count", () => {
    const g = summarise(
      [
        measure({ status: "on-target", comparisonStatus: "off-target" }),
        measure({ status: "off-target", comparisonStatus: "off-target" }),
      ],
      { basis: "computed" },
    ).byGroup[0];
    if (g === undefined) throw new Error("no group");
    expect(statusSentence("on-target", g, "month", true)).toBe(
      "1 measure (50% of those measured this month) is progressing above or in line with target set, compared to none last month",
    );
    expect(statusSentence("off-target", g, "month", true)).toBe(
      "1 measure (50% of those measured this month) has not progressed in accordance with target set, compared to 2 measures (100%) last month",
    );
  });

  it("says 'No measures' for a count of none, and a single measure 'has made satisfactory progress'", () => {
    const g = summarise([measure({ status: "near-target", comparisonStatus: "on-target" })], { basis: "computed" })
      .byGroup[0];
    if (g === undefined) throw new Error("no group");
    expect(statusSentence("on-target", g, "quarter", true)).toBe(
      "No measures (0% of those measured this quarter) are progressing above or in line with target set, compared to 1 measure (100%) last quarter",
    );
    expect(statusSentence("near-target", g, "quarter", true)).toBe(
      "1 measure (100% of those measured this quarter) has made satisfactory progress but is not fully reaching target set, compared to none last quarter",
    );
  });

  it("says a count of none plainly where the phrase is already negative (never 'No measures do not…')", () => {
    const g = summarise([measure({ status: "on-target", comparisonStatus: "off-target" })], { basis: "computed" })
      .byGroup[0];
    if (g === undefined) throw new Error("no group");
    expect(statusSentence("off-target", g, "quarter", true)).toBe(
      "No measures have fallen short of the target set, compared to 1 measure (100%) last quarter",
    );
    expect(statusSentence("not-available", g, "quarter", false)).toBe(
      "No measures are waiting for data due to the infrequency/timing of the data",
    );
    expect(statusSentence("not-applicable", g, "quarter", false)).toBe("No measures are without a defined target");
  });

  it("leaves out the comparison when there is none, and names the period when it is not the previous one", () => {
    expect(statusSentence("on-target", p1, "period", false)).toBe(
      "2 measures (13.3% of those measured this period) are progressing above or in line with target set",
    );
    expect(statusSentence("on-target", p1, "quarter", "in Q2 Jul - Sep 2015")).toMatch(
      /, compared to 1 measure \(7.7%\) in Q2 Jul - Sep 2015$/,
    );
  });
});

describe("period words and percentages", () => {
  it.each([
    ["Q2 Jul - Sep 2023/24", null, "quarter"],
    ["Q1 Apr - June 2019", null, "quarter"],
    ["Jan-23", null, "month"],
    ["Apr-19", null, "month"],
    ["Term 1", null, "term"],
    ["Year end 2022/23", null, "year"],
    ["YTD", null, "period"],
    [null, null, "period"],
    ["Mar-23 (Q4)", "quarter", "quarter"],
    ["Latest", "month", "month"],
  ] as const)("%s (kind %s) is this %s", (label, kind, noun) => {
    expect(periodNoun(label, kind)).toBe(noun);
  });

  it("writes shares to one place, a trailing .0 dropped, and whole percents for the tables that want them", () => {
    expect(percentText(2 / 15)).toBe("13.3%");
    expect(percentText(0.6)).toBe("60%");
    expect(percentText(1 / 12)).toBe("8.3%");
    expect(percentText(null)).toBe("–");
    expect(wholePercentText(1 / 12)).toBe("8%");
    expect(wholePercentText(6 / 13)).toBe("46%");
  });
});
