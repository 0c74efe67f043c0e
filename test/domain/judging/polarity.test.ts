import { inferPolarity, lowerIsBetterPhrase, readTarget } from "../../../src/domain/judging";
import { polarityOfCell } from "../../../src/domain/judging/cell-judgement";
import { judgeCells } from "../../../src/domain/judging/cell-judgement";

describe("one polarity rule when the sheet gives none", () => {
  it("reads '8% or less' and '<=8%' the same way, in assessment, the functions and status judging", () => {
    const a = inferPolarity("", readTarget("8% or less"), "Staff leaving");
    const b = inferPolarity("", readTarget("<=8%"), "Staff leaving");
    expect(a.polarity).toBe("low");
    expect(b.polarity).toBe(a.polarity);
    expect(polarityOfCell(null, readTarget("8% or less") as never)).toBe(
      polarityOfCell(null, readTarget("<=8%") as never),
    );
    const s1 = judgeCells("9%", "8% or less", null, 0);
    const s2 = judgeCells("9%", "<=8%", null, 0);
    expect(s1).toMatchObject({ status: "off-target" });
    expect(s2).toMatchObject({ status: "off-target" });
  });

  it("a polarity column wins over the target and the wording", () => {
    expect(inferPolarity("High", readTarget("<8%"), "Time taken to process claims")).toMatchObject({
      polarity: "high",
      basis: "given",
    });
  });

  it("a comparator wins over the wording", () => {
    expect(inferPolarity(null, readTarget(">=95%"), "Number of complaints")).toMatchObject({
      polarity: "high",
      basis: "comparator",
    });
  });

  it("plainly lower-is-better wording says so, and the note names the words", () => {
    const r = inferPolarity(null, readTarget("23"), "Time taken to process Housing Benefit new claims");
    expect(r).toEqual({ polarity: "low", basis: "wording", note: "lower is better (inferred from 'time taken')" });
  });

  it("with nothing to go on, assumes higher is better and says so", () => {
    expect(inferPolarity(null, readTarget("90%"), "Quality of call handling")).toEqual({
      polarity: "high",
      basis: "assumed",
      note: "no good direction given: assumed higher is better",
    });
  });
});

describe("the lower-is-better lexicon", () => {
  it.each([
    ["Working Days (per FTE) Lost Due to Sickness Absence", "sickness absence"],
    ["Average number of working days lost per employee", "days lost"],
    ["Average time (in days) taken to decide whether to accept", "time taken"],
    ["Number of people waiting for an assessment", "waiting"],
    ["Delayed transfers of care", "delayed"],
    ["Number of missed collections per 100,000", "missed collections"],
    ["Number of complaints received", "complaints"],
    ["% of planning appeals upheld", "upheld appeals"],
    ["% of 16-17 year olds who are NEET", "NEET"],
    ["Proven re-offending rate", "re-offending"],
    ["Vacancy rate", "vacancies"],
    ["Current tenant rent arrears", "arrears"],
    ["Households in temporary accommodation", "temporary accommodation"],
    ["Number of fly-tipping incidents", "fly-tipping incidents"],
  ])("%s → %s", (title, phrase) => {
    expect(lowerIsBetterPhrase(title)).toBe(phrase);
  });

  it.each([
    "% of complaints responded to within 10 working days",
    "% reduction in fly-tipping incidents",
    "% of calls answered within 30 seconds",
    "% Priority 1 incidents fixed within 4 working hours",
    "Number of affordable homes delivered",
    "Percentage of Audits carried out within time allocation",
  ])("does not read '%s' as lower-is-better", (title) => {
    expect(lowerIsBetterPhrase(title)).toBeNull();
  });
});
