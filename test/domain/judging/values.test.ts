import { readTarget, readValue } from "../../../src/domain/judging";

describe("readValue: numbers as councils write them", () => {
  const numbers: [string, number, string, string[] | null][] = [
    ["8.7%", 0.087, "percent", null],
    ["1,288", 1288, "number", null],
    ["£6.8m", 6_800_000, "currency", null],
    ["£4,859", 4859, "currency", null],
    ["5,780,866", 5780866, "number", null],
    ["10.33 days (excluding schools)", 10.33, "days", ["excluding schools"]],
    ["46.70", 46.7, "number", null],
    ["-0.15 (unvalidated)", -0.15, "number", ["unvalidated"]],
    ["54.7% (unvalidated)", 0.547, "percent", ["unvalidated"]],
    ["43.2% (211/488)", 0.432, "percent", ["211/488"]],
    ["12.80%", 0.128, "percent", null],
    ["113 Overall YTD - 113", 113, "number", ["Overall YTD - 113"]],
  ];
  it.each(numbers)("%s → %d (%s)", (text, value, unit, qualifiers) => {
    const r = readValue(text);
    expect(r.kind).toBe("number");
    if (r.kind !== "number") return;
    expect(r.value).toBeCloseTo(value, 10);
    expect(r.unit).toBe(unit);
    if (qualifiers !== null) expect(r.qualifiers).toEqual(qualifiers);
  });

  it("keeps the fraction of 43.2% (211/488)", () => {
    expect(readValue("43.2% (211/488)")).toMatchObject({ fraction: { numerator: 211, denominator: 488 } });
  });

  it("reads a number cell formatted 0.0% as the same percent as the text 8.7%", () => {
    const cell = readValue({ value: 0.087, text: "8.7%", format: "0.0%" });
    expect(cell).toMatchObject({ kind: "number", value: 0.087, unit: "percent", decimals: 1 });
    expect(readValue("8.7%")).toMatchObject({ kind: "number", value: 0.087, unit: "percent", decimals: 1 });
  });

  it("keeps the precision the sheet shows", () => {
    expect(readValue("46.70")).toMatchObject({ decimals: 2 });
    expect(readValue({ value: 0.0971, format: "0.0%" })).toMatchObject({ decimals: 1 });
  });
});

describe("readValue: parts, missing and unreadable", () => {
  it("reads a) 74% b) 88% as two parts", () => {
    const r = readValue("a) 74% b) 88%");
    expect(r.kind).toBe("parts");
    if (r.kind !== "parts") return;
    expect(r.parts.map((p) => [p.label, p.reading.value])).toEqual([
      ["a)", 0.74],
      ["b)", 0.88],
    ]);
    expect(readValue("a) 100% b) 100% c) 100%")).toMatchObject({ kind: "parts", parts: [{}, {}, {}] });
  });

  const missing = [
    "",
    "-",
    "n/a",
    "?",
    "Not available",
    "Not yet published",
    "Not available at time of publication",
    "No longer available",
    "Academic year measure - 2022/23 not available yet",
    "Not in place",
    "Available in May",
  ];
  it.each(missing)("%p is missing, with the reason kept", (text) => {
    const r = readValue(text);
    expect(r.kind).toBe("missing");
    if (r.kind === "missing") expect(r.reason.length).toBeGreaterThan(0);
  });

  it("treats an error cell such as #N/A as missing", () => {
    expect(readValue({ value: { error: "#N/A" } })).toMatchObject({
      kind: "missing",
      reason: "the cell shows the error #N/A",
    });
    expect(readValue(null)).toMatchObject({ kind: "missing", reason: "blank" });
  });

  it.each(["Increase of 43%", "Q1 43.01 Overall YTD - 43.01", "Grounds Maintenance i) Complaints 5", "about ninety"])(
    "never guesses a number out of prose: %p is unreadable",
    (text) => {
      const r = readValue(text);
      expect(r.kind).toBe("unreadable");
      if (r.kind === "unreadable") expect(r.reason).not.toBe("");
    },
  );

  // Cells of the seed reports where a number leads a sentence, a reference or a year: none of them is a value.
  it.each([
    ["1.A2", /reference/],
    ["3.A4(b)", /reference/],
    ["2016/17 Annual Governance Statement", /more than one figure/],
    ["1 of 6", /sentence/],
    ["1) 100% of eligible licence holders that", /sentence or a list/],
    ["12 months has increased from 29.9% in", /more than one figure/],
    ["100%. This is a significant improvement over the quarter 1 figure of 88%.", /sentence/],
    ["£716k income being collected with a further £227k expected from bankruptcy or", /more than one figure/],
    ["1 Every child making the best start in life", /sentence/],
    ["341 against an annual target of 2,500.", /sentence/],
  ])("a number inside prose is not a value: %p", (text, why) => {
    const r = readValue(text);
    expect(r.kind).toBe("unreadable");
    if (r.kind === "unreadable") expect(r.reason).toMatch(why);
  });

  it.each([
    ["82 Academic Year outturn 2022/23", 82, ["Academic Year outturn 2022/23"]],
    ["17 (12 Academic Year ytd 2023/24 (Sep 23)", 17, ["12 Academic Year ytd 2023/24", "Sep 23"]],
    ["79% (vehicles) (Cumulative: 64%)", 0.79, ["vehicles", "Cumulative: 64%"]],
    ["£109.22 per property last year.", 109.22, ["per property last year"]],
  ])("a figure with a short note or a bracketed aside is still a value: %p", (text, value, qualifiers) => {
    expect(readValue(text)).toMatchObject({ kind: "number", value, qualifiers });
  });

  it("does not read a TRUE/FALSE cell as a figure", () => {
    expect(readValue(true).kind).toBe("unreadable");
  });
});

describe("dates where figures were expected", () => {
  it("reads a date cell as no figure, never as its day count", () => {
    const r = readValue({ value: 45199, text: "30/09/2023", format: "dd/mm/yyyy" });
    expect(r).toEqual({ kind: "unreadable", text: "30/09/2023", reason: "a date, not a figure" });
    expect(readValue({ value: 45199, text: "Sep-23", format: "mmm-yy" }).kind).toBe("unreadable");
    // The same number in a number format is a figure.
    expect(readValue({ value: 45199, text: "45,199", format: "#,##0" })).toMatchObject({
      kind: "number",
      value: 45199,
    });
  });

  it("reads a date in the target column as a target that cannot be read, with the reason", () => {
    expect(readTarget({ value: 45199, text: "30/09/2023", format: "dd/mm/yyyy" })).toEqual({
      kind: "unreadable",
      text: "30/09/2023",
      reason: "a date, not a figure",
    });
  });
});
