import { measureRows } from "../../../src/domain/layout/rows";
import { figureFromWords, readValue, assessStatus, readTarget } from "../../../src/domain/judging";
import { assessTable } from "../../../src/domain/assessment/assess";
import { detectScorecard } from "../../../src/domain/layout";
import { gridFromRows } from "../../../src/domain/sheet/grid";
import { summarise } from "../../../src/domain/reports";
import { runHealthChecks } from "../../../src/domain/reports/checks";

const read = (text: string, kind = "quarter", index: number | null = 2) =>
  figureFromWords(readValue(text), { kind, index });

describe("figures with words around them", () => {
  it("reads the figure for the column's own period out of labelled figures", () => {
    expect(read("Q2 - 38.78 Overall YTD - 42.42")).toMatchObject({
      reading: { kind: "number", value: 38.78 },
      note: 'read as the Q2 figure of "Q2 - 38.78 Overall YTD - 42.42"',
    });
    expect(read("Q2 - 38.78 Overall YTD - 42.42", "ytd", null).reading).toMatchObject({ kind: "number", value: 42.42 });
  });

  it("refuses when the column's period is none of the labels", () => {
    expect(read("Q2 - 38.78 Overall YTD - 42.42", "quarter", 3).reading.kind).toBe("unreadable");
    expect(read("Q2 - 38.78 Overall YTD - 42.42", "other", null).reading.kind).toBe("unreadable");
  });

  it("reads the first figure as the outturn when the rest is a note giving another", () => {
    const r = read("51.57% Current estimate for March 2018 - 45.25%");
    expect(r.reading).toMatchObject({ kind: "number", unit: "percent", text: "51.57%" });
    expect((r.reading as { value: number }).value).toBeCloseTo(0.5157);
    expect(r.note).toMatch(/first figure/);
  });

  it("keeps refusing where a person would be in doubt", () => {
    expect(read("Increase of 43%").reading.kind).toBe("unreadable");
    expect(read("5 to 7").reading.kind).toBe("unreadable");
  });

  it("an unreadable figure is 'figure could not be read', never 'not yet available', counted apart with a health check", () => {
    expect(assessStatus(readValue("Increase of 43%"), readTarget("10%"), "high")).toMatchObject({
      status: "in-development",
      reason: expect.stringMatching(/^figure could not be read: "Increase of 43%"/),
    });
    const grid = gridFromRows("S", [
      ["Ref", "Measure", "Target", "Q1 2024/25", "Q2 2024/25"],
      ["A1", "Agency cost", "10%", "12%", "Increase of 43%"],
      ["A2", "Calls answered", "90%", "88%", "Q2 - 91% YTD - 89%"],
    ]);
    const [table] = detectScorecard(grid);
    const measures = assessTable(measureRows(grid, table!));
    expect(measures[0]?.reason).not.toMatch(/not (yet )?available/);
    expect(measures[1]).toMatchObject({
      status: "on-target",
      reason: expect.stringMatching(/figure read as the Q2 figure of "Q2 - 91% YTD - 89%"/),
    });
    expect(summarise(measures).unreadableFigures).toBe(1);
    expect(
      runHealthChecks(measures)
        .filter((c) => c.kind === "unreadable-value")
        .map((c) => c.ref),
    ).toEqual(["A1"]);
  });
});
