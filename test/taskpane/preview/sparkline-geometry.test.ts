import { sparklineGeometry } from "../../../src/taskpane/preview/sparkline-geometry";
import { trendWords } from "../../../src/taskpane/preview/Sparkline";

describe("the Preview's inline trend chart", () => {
  it("runs oldest (left) to newest (right), highest at the top, and marks the newest figure", () => {
    const g = sparklineGeometry([10, 30, 20], 44, 24, 2);
    expect(g.lines).toEqual(["2,22 22,2 42,12"]);
    expect(g.dots).toEqual([]);
    expect(g.last).toEqual({ x: 42, y: 12 });
  });

  it("breaks the line at a figure that could not be read; a figure alone is a dot", () => {
    const g = sparklineGeometry([1, 2, null, 5, null], 44, 24, 2);
    expect(g.lines).toEqual(["2,22 12,17"]);
    expect(g.dots).toEqual([{ x: 32, y: 2 }]);
    expect(g.last).toEqual({ x: 32, y: 2 });
  });

  it("draws equal figures level across the middle, and nothing without a figure", () => {
    expect(sparklineGeometry([4, 4], 44, 24).lines).toEqual(["2,12 42,12"]);
    expect(sparklineGeometry([null, null], 44, 24)).toEqual({ lines: [], dots: [], last: null });
  });

  it("names the periods it covers, and those without a figure", () => {
    const p = (label: string, value: number | null) => ({ label, column: 1, value });
    expect(trendWords([p("Q1 2018", 1), p("Q2 2018", null), p("Q3 2018", 3)])).toBe(
      "Trend over 3 periods, Q1 2018 to Q3 2018 (1 without a figure)",
    );
    expect(trendWords([])).toBe("No trend");
  });
});
