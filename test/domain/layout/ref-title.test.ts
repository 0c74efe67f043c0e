import { measureRows } from "../../../src/domain/layout/rows";
import { detectScorecard } from "../../../src/domain/layout";
import { assessTable } from "../../../src/domain/assessment/assess";
import { looksLikeRef } from "../../../src/domain/layout/ref-title";
import { gridFromRows } from "../../../src/domain/sheet/grid";

describe("refs and titles in separate columns", () => {
  it("takes an Indicator column of refs as the ref and Description as the title", () => {
    const grid = gridFromRows("S", [
      ["Indicator", "Description", "Target", "Q1 2024/25", "Q2 2024/25"],
      ["CS01", "Calls answered within 30 seconds", "80%", "79%", "81%"],
      ["HR11", "Working days lost to sickness absence", "2", "2.1", "1.9"],
    ]);
    const [table] = detectScorecard(grid);
    expect(table?.roles).toMatchObject({ ref: 1, measure: 2 });
    expect(assessTable(measureRows(grid, table!)).map((m) => [m.ref, m.measure])).toEqual([
      ["CS01", "Calls answered within 30 seconds"],
      ["HR11", "Working days lost to sickness absence"],
    ]);
  });

  it("judges rows whose title cell is blank, and still skips section titles in the ref column", () => {
    const grid = gridFromRows("S", [
      ["PI ref", "Measure", "Target", "Q1 2024/25", "Q2 2024/25"],
      ["Customer services"],
      ["CS01", "Calls answered", "80%", "79%", "81%"],
      ["CS02", "", "90%", "91%", "92%"],
      ["", "", "95%", "96%", "97%"],
    ]);
    const [table] = detectScorecard(grid);
    const measures = assessTable(measureRows(grid, table!));
    expect(measures.map((m) => [m.ref, m.measure, m.group])).toEqual([
      ["CS01", "Calls answered", "Customer services"],
      ["CS02", "(untitled, row 4)", "Customer services"],
      [null, "(untitled, row 5)", "Customer services"],
    ]);
  });

  it.each(["CS01", "HR11", "1.A5", "B.13 (SC)", "NI 117", "PI-04a"])("%s looks like a ref", (t) =>
    expect(looksLikeRef(t)).toBe(true),
  );
  it.each(["Customer services", "95%", "2024/25", "Calls answered"])("%s does not", (t) =>
    expect(looksLikeRef(t)).toBe(false),
  );
});
