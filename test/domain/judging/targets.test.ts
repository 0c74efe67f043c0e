import { readTarget, readBands, readPolarity } from "../../../src/domain/judging";

describe("readTarget", () => {
  const comparators: [string, string, number][] = [
    ["<8%", "<", 0.08],
    ["<=10%", "<=", 0.1],
    [">95%", ">", 0.95],
    ["58%+", ">=", 0.58],
    ["84%+", ">=", 0.84],
    ["<10%", "<", 0.1],
  ];
  it.each(comparators)("%s is a comparator target (%s %d)", (text, comparator, value) => {
    const t = readTarget(text);
    expect(t).toMatchObject({ kind: "comparator", comparator });
    if (t.kind === "comparator") expect(t.threshold.value).toBeCloseTo(value, 10);
  });

  const plain: [string, number][] = [
    ["85.0%", 0.85],
    ["90", 90],
    ["860", 860],
    ["47.1", 47.1],
    ["-0.06", -0.06],
    ["10.3", 10.3],
    ["95% National target", 0.95],
    ["80 - based on benchmarking.", 80],
    ["541 (+10% on previous yr)", 541],
    ["100% (633 families)", 1],
    ["280 (Cumulative target)", 280],
    ["2,500 Academic Yr", 2500],
    ["95% (based on Old Council Plan and current performance).", 0.95],
    ["100% within 24 hours of inspection. (Vehicles and drivers)", 1],
  ];
  it.each(plain)("%s is a plain target of %d", (text, value) => {
    const t = readTarget(text);
    expect(t.kind).toBe("plain");
    if (t.kind === "plain") expect(t.threshold.value).toBeCloseTo(value, 10);
  });

  it("keeps the cumulative and academic-year flags", () => {
    expect(readTarget("280 (Cumulative target)")).toMatchObject({ flags: { cumulative: true, academicYear: false } });
    expect(readTarget("2,500 Academic Yr")).toMatchObject({ flags: { cumulative: false, academicYear: true } });
  });

  it("reads relative targets", () => {
    expect(readTarget("10% reduction")).toMatchObject({ kind: "relative", change: -0.1 });
    expect(readTarget("10% more homes than 2016/17")).toMatchObject({ kind: "relative", change: 0.1 });
  });

  it.each([
    "No target",
    "No target - not applicable",
    "n/a",
    "Target not applicable at this time",
    "Baseline Year",
    "Baseline year",
  ])("%p means no target applies", (text) => expect(readTarget(text).kind).toBe("not-applicable"));

  it.each([
    ["To achieve national completion rate", "national", "inline"],
    ["Inline with regional average", "regional", "inline"],
    ["Inline with or above the national average (Academic Year)", "national", "at-least"],
  ])("%p is a benchmark target", (text, benchmark, relation) => {
    expect(readTarget(text)).toMatchObject({ kind: "benchmark", benchmark, relation });
  });

  it.each([
    "Current build targets reflected within new Council Plan",
    "10% of licensed vehicles and drivers to be checked annually",
    // Sentences from the seed reports' commentary: a figure or the word "national" inside prose is not a target.
    "over 30% compared to Quarter 1. The",
    "341 against an annual target of 2,500.",
    "1.A5",
    "averages are 3.2% above the national average.",
    "significantly higher than the national average, indicating that children's needs are not",
  ])("%p is unreadable, with a reason", (text) => expect(readTarget(text)).toMatchObject({ kind: "unreadable", text }));

  it("reads a number cell in its own format", () => {
    expect(readTarget({ value: 0.95, text: "95%", format: "0%" })).toMatchObject({
      kind: "plain",
      threshold: { value: 0.95, unit: "percent" },
    });
  });
});

describe("readBands", () => {
  it("reads <84% / 84%+ / 92%+ without warnings for higher is better", () => {
    const b = readBands("<84%", "84%+", "92%+", "high");
    expect(b.red).toMatchObject({ kind: "comparator", comparator: "<" });
    expect(b.green).toMatchObject({ kind: "comparator", comparator: ">=" });
    expect(b.warnings).toEqual([]);
  });

  it("allows a missing Amber band: 256.0+ / (empty) / <256.0 (22/23)", () => {
    const b = readBands("256.0+", "", "<256.0 (22/23)", "low");
    expect(b.amber).toBeNull();
    expect(b.warnings).toEqual([]);
  });

  it("reads a range band 50-70% and a bare Green value read with the polarity", () => {
    const b = readBands("<50%", "50-70%", "70%", "high");
    expect(b.amber).toMatchObject({ kind: "range", low: { value: 0.5 }, high: { value: 0.7 } });
    expect(b.green).toMatchObject({ kind: "plain", threshold: { value: 0.7 } });
  });

  it("warns, without failing, when Green contradicts the polarity or the bands overlap", () => {
    expect(readBands("16%+", "8%+", "<8%", "high").warnings.join(" ")).toMatch(/contradicts the polarity/);
    expect(readBands("<90%", "", "80%+", "high").warnings).toEqual([
      'Red "<90%" and Green "80%+" overlap (80% is in both)',
    ]);
  });

  it("warns about a gap between bands, naming the values that fall in none", () => {
    expect(readBands("<50%", "55-70%", "70%+", "high").warnings).toEqual([
      'there is a gap between the bands: values between 50% and 55% are in none of Red "<50%", Amber "55-70%", Green "70%+"',
    ]);
    expect(readBands("<84%", "", "92%+", "high").warnings.join(" ")).toMatch(/between 84% and 92%/);
  });

  it.each([
    ["<84%", "84%+", "92%+", "high"],
    ["256.0+", "", "<256.0 (22/23)", "low"],
    ["16%+", "8%+", "<8%", "low"],
    ["<50%", "50-70%", "70%", "high"],
    ["2.0%+", "0.5%+", "<0.5%", "low"],
  ] as const)("the issue's bands %s / %s / %s (%s) read cleanly, with no warning", (red, amber, green, polarity) => {
    const b = readBands(red, amber, green, polarity);
    expect(b.warnings).toEqual([]);
    expect([b.red, b.amber, b.green].filter((x) => x !== null).length).toBe(amber === "" ? 2 : 3);
  });

  it("keeps an unreadable band as a warning and reads the others", () => {
    const b = readBands("<84%", "see notes", "92%+", "high");
    expect(b.amber).toBeNull();
    expect(b.warnings.join(" ")).toMatch(/Amber band "see notes" could not be read/);
  });
});

describe("readPolarity", () => {
  it.each([
    ["high", "high"],
    ["High", "high"],
    ["low", "low"],
    ["Low ", "low"],
    ["Not applicable", "none"],
    ["info", "none"],
    ["High - very or fairly satisfied", "high"],
    ["Higher is better", "high"],
    ["Lower is better", "low"],
    ["HIGH", "high"],
    ["Good performance: High", "high"],
    ["n/a", "none"],
    ["-", "none"],
    ["For information only", "none"],
  ])("%p → %s", (text, polarity) => expect(readPolarity(text)).toEqual({ polarity, recognised: true }));

  it("does not recognise words it does not know", () => {
    expect(readPolarity("portormanoo").recognised).toBe(false);
    expect(readPolarity("nana")).toEqual({ polarity: "none", recognised: false });
    expect(readPolarity(42)).toEqual({ polarity: "none", recognised: false });
  });
});
