import * as kpi from "../../src/functions/kpi";

const err = (x: unknown) => (kpi.isKpiError(x) ? x : null);

describe("KPI.RAG and KPI.STATUS on the seed examples", () => {
  it("judges 94.8 against 90, lower is better, Red", () => {
    expect(kpi.rag(94.8, 90, "low", null)).toEqual([["Red"]]);
  });
  it("judges 931 against 900, lower is better, Amber", () => {
    expect(kpi.rag(931, 900, "low", null)).toEqual([["Amber"]]);
  });
  it("judges 81.7% against 85.0% Amber with the default tolerance and Red with tolerance 0", () => {
    expect(kpi.rag("81.7%", "85.0%", "high", null)).toEqual([["Amber"]]);
    expect(kpi.rag("81.7%", "85.0%", "high", 0)).toEqual([["Red"]]);
  });
  it("gives the council key's symbols", () => {
    expect(kpi.status([["11.2%"], ["7.7%"], ["Not yet published"]], "<8%", "low", null)).toEqual([["✘"], ["✓"], ["■"]]);
    expect(kpi.status(54, "No target", "high", null)).toEqual([["□"]]);
  });
  it("reads a percent-formatted cell (Excel passes 0.087) against a percent target", () => {
    expect(kpi.rag(0.112, "<8%", "low", null)).toEqual([["Red"]]);
  });
});

describe("ranges and nulls", () => {
  it("spills a range of the same shape, broadcasting single cells", () => {
    const out = kpi.rag([[94.8], [85], [931]], [[90], [90], [900]], [["low"]], null);
    expect(out).toEqual([["Red"], ["Green"], ["Amber"]]);
  });
  it("accepts polarity as a range matching the values, in the words real sheets use", () => {
    expect(kpi.rag([["80%"], ["80%"]], "75%", [["High"], ["Low "]], null)).toEqual([["Green"], ["Red"]]);
  });
  it("treats a null optional argument as omitted: a comparator target sets the direction", () => {
    expect(kpi.rag("5%", "<8%", null, null)).toEqual([["Green"]]);
    expect(kpi.rag("95%", "90%", null, null)).toEqual([["Green"]]);
  });
  it("refuses ranges of different sizes, with a message", () => {
    const [[cell]] = kpi.rag([[1], [2]], [[1], [2], [3]], null, null) as [[unknown]];
    expect(err(cell)?.message).toMatch(/ranges differ in size \(value 2×1, target 3×1/);
  });
});

describe("errors say which argument and why, and never a wrong colour", () => {
  it.each([
    [() => kpi.rag("about ninety", 90, "low", null), /^value: cannot read "about ninety"/],
    [
      () => kpi.rag(94.8, "Current build targets reflected within new Council Plan", "low", null),
      /^target: cannot read/,
    ],
    [() => kpi.rag(94.8, 90, "sideways", null), /^polarity: cannot read "sideways"/],
    [() => kpi.rag(94.8, 90, "low", "lots"), /^tolerance: cannot read "lots"/],
    [() => kpi.dot(1, 2, "low", "emoji"), /^style: use "arrow", "word" or "value"/],
  ] as [() => kpi.Out[][], RegExp][])("%#", (call, message) => {
    const [[cell]] = call() as [[unknown]];
    expect(err(cell)?.kpiError).toBe("value");
    expect(err(cell)?.message).toMatch(message);
  });
});

describe("the other functions", () => {
  it("KPI.RAGBANDS judges by tolerance bands", () => {
    expect(kpi.ragBands([["95%"], ["88%"], ["80%"]], "<84%", "84%+", "92%+", "high")).toEqual([
      ["Green"],
      ["Amber"],
      ["Red"],
    ]);
    expect(kpi.ragBands("20%", "16%+", "8%+", "<8%", "low")).toEqual([["Red"]]);
  });
  it("KPI.DOT in its three styles", () => {
    expect(kpi.dot("11.2%", "10.3%", "low", null)).toEqual([["↓"]]);
    expect(kpi.dot("11.2%", "10.3%", "low", "word")).toEqual([["Worse"]]);
    expect(kpi.dot("11.2%", "10.3%", "low", "value")).toEqual([["↑"]]);
    expect(kpi.dot("9.7%", "9.7%", "low", null)).toEqual([["→"]]);
    expect(kpi.dot("Not available", "9.7%", "low", "word")).toEqual([["Not applicable"]]);
  });
  it("KPI.VALUE reads messy text, or #N/A with the reason", () => {
    expect(kpi.value("54.7% (unvalidated)")[0]?.[0]).toBeCloseTo(0.547);
    expect(kpi.value("£6.8m")).toEqual([[6_800_000]]);
    const [[na]] = kpi.value("Not available at time of publication") as [[unknown]];
    expect(err(na)).toMatchObject({ kpiError: "na" });
  });
  it("KPI.VARIANCE is positive when better than target, whatever the polarity", () => {
    expect(kpi.varianceOf(80, 100, "high")[0]?.[0]).toBeCloseTo(-0.2);
    expect(kpi.varianceOf(80, 100, "low")[0]?.[0]).toBeCloseTo(0.2);
  });
  it("KPI.PROFILE gives the year-to-date share of a cumulative target", () => {
    expect(kpi.profile(280, 1, 4, null)).toEqual([[70]]);
    expect(kpi.profile(280, 1, 4, [[85, 65, 65, 65]])).toEqual([[85]]);
    const [[bad]] = kpi.profile(280, 1, 4, [[85, 65]]) as [[unknown]];
    expect(err(bad)?.message).toMatch(/give 4 numbers/);
  });
  it("KPI.REASON gives the one-line reason", () => {
    expect(kpi.reason("10.1%", "7%", "low", null)).toEqual([
      ["10.1% against a target of 7% (lower is better): 3.1 points over, off target"],
    ]);
  });
});
