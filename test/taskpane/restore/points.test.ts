import { changeWords, pointWords } from "../../../src/taskpane/restore/points";

const point = { id: "p1", savedAt: "2026-12-02T14:10:00.000Z", sheet: "Scorecard", cells: 62 };

describe("a restore point in words", () => {
  it("says the period, the statuses, DOTs and report sheets a write changed, then when", () => {
    const p = { ...point, change: { period: "Q2 2023/24", statuses: 31, dots: 31, reports: 2 } };
    expect(changeWords(p)).toBe("Q2 2023/24 write: 31 statuses, 31 DOTs, 2 report sheets");
    expect(pointWords(p)).toMatch(/^Q2 2023\/24 write: 31 statuses, 31 DOTs, 2 report sheets · 2 Dec 2026, \d\d:\d\d$/);
    expect(changeWords({ ...p, change: { period: null, statuses: 1, dots: 0, reports: 0 } })).toBe(
      "Write: 1 status, 0 DOTs",
    );
  });

  it("gives the cells and sheet of a point an earlier version kept, which did not say what it changed", () => {
    expect(changeWords({ ...point, change: null })).toBe('62 cells on sheet "Scorecard"');
  });
});
