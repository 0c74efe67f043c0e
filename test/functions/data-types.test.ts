/**
 * Arguments as Excel passes them with `allowCustomDataForDataTypeAny` and `allowErrorForDataTypeAny`:
 * data-type values (a formatted number, an entity, an error) instead of bare values.
 */
import * as kpi from "../../src/functions/kpi";

const pct = (basicValue: number, numberFormat = "0.0%") => ({
  type: "Double",
  basicType: "Double",
  basicValue,
  numberFormat,
});
const div0 = { type: "Error", basicType: "Error", basicValue: "#DIV/0!", errorType: "Div0" };

describe("formatted numbers (Double with a number format)", () => {
  it("reads 11.2% formatted as a percentage against <8%: off target, not 'not available'", () => {
    expect(kpi.status(pct(0.112), "<8%", "low", null)).toEqual([["✘"]]);
    expect(kpi.rag([[pct(0.112)], [pct(0.077)]], [["<8%"]], [["low"]], null)).toEqual([["Red"], ["Green"]]);
  });

  it("judges direction at the precision the format shows: 9.7% against 9.7% is stable", () => {
    // 0.0974 shown as 9.7% (one decimal) is the same as 0.097 shown as 9.7%.
    expect(kpi.dot(pct(0.0974), pct(0.097), "low", "word")).toEqual([["Stable"]]);
    // The same numbers without their format differ at the precision they carry.
    expect(kpi.dot(0.0974, 0.097, "low", "word")).toEqual([["Worse"]]);
  });

  it("reads the old FormattedNumber type the same way, and a target given as a formatted number", () => {
    expect(
      kpi.status({ type: "FormattedNumber", basicValue: 0.9, numberFormat: "0%" }, pct(0.85, "0%"), "high", null),
    ).toEqual([["✓"]]);
  });

  it("says why it gives the status, in the number's own format", () => {
    expect(kpi.reason(pct(0.112), "<8%", "low", null)[0]?.[0]).toMatch(/^11\.2% against/);
  });
});

describe("other data types", () => {
  it("reads an entity by the text it shows, and says so when that is no figure", () => {
    expect(kpi.status({ type: "Entity", text: "91%", properties: {} }, "90%", "high", null)).toEqual([["✓"]]);
    const [[bad]] = kpi.status({ type: "Entity", text: "Hackney", properties: {} }, "90%", "high", null) as [[unknown]];
    expect(kpi.isKpiError(bad) && bad.message).toMatch(/value: cannot read "Hackney"/);
  });

  it("reads strings and booleans wrapped as data types, and an image as no figure", () => {
    expect(
      kpi.status({ type: "String", basicValue: "11.2%" }, "<8%", { type: "String", basicValue: "low" }, null),
    ).toEqual([["✘"]]);
    const [[img]] = kpi.rag(
      { type: "WebImage", basicValue: "#VALUE!", address: "https://example.com/x.png" },
      "90%",
      null,
      null,
    ) as [[unknown]];
    expect(kpi.isKpiError(img) && img.message).toMatch(/an image, not a figure/);
  });
});

describe("an error inside a range (allowErrorForDataTypeAny)", () => {
  it("gives ■ for the row whose figure is #DIV/0! and still judges every other row of the spill", () => {
    const values = [[pct(0.112)], [div0], [pct(0.05)]];
    expect(kpi.status(values, [["<8%"]], [["low"]], null)).toEqual([["✘"], ["■"], ["✓"]]);
    expect(kpi.dot(values, [[pct(0.1)], [pct(0.1)], [div0]], [["low"]], null)).toEqual([["↓"], ["–"], ["–"]]);
  });

  it("reads CustomFunctions.Error-like values by their code", () => {
    expect(kpi.status([[{ code: "#N/A", message: "" }], [0.05]], "<8%", "low", null)).toEqual([["■"], ["✓"]]);
  });
});
