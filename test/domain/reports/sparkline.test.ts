import fc from "fast-check";
import { SPARK_BARS, sparklineSource, textSparkline } from "../../../src/domain/reports/sparkline";

const point = (column: number, value: number | null = 1) => ({ label: `P${column}`, column, value });

describe("the text sparkline", () => {
  it("scales the figures oldest to newest from ▁ (lowest) to █ (highest)", () => {
    expect(textSparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe("▁▂▃▄▅▆▇█");
    expect(textSparkline([69.51, 113, 80])).toBe("▁█▃");
    expect(textSparkline([0.9, 0.8])).toBe("█▁");
  });

  it("leaves a gap for a figure that could not be read, and drops periods before the first figure", () => {
    expect(textSparkline([null, null, 10, null, 20])).toBe("▁ █");
    expect(textSparkline([10, null, null, 20, null])).toBe("▁  █ ");
  });

  it("draws equal figures as a flat middle line and no figure as nothing", () => {
    expect(textSparkline([5, 5, 5])).toBe("▄▄▄");
    expect(textSparkline([42])).toBe("▄");
    expect(textSparkline([null, null])).toBe("");
    expect(textSparkline([])).toBe("");
  });

  it("gives one character per period from the first figure, each a bar or a gap, the extremes at ▁ and █", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null })), (values) => {
        const line = [...textSparkline(values)];
        const first = values.findIndex((v) => v !== null);
        expect(line.length).toBe(first < 0 ? 0 : values.length - first);
        line.forEach((ch, i) => expect(values[first + i] === null ? ch === " " : SPARK_BARS.includes(ch)).toBe(true));
        const figures = values.filter((v): v is number => v !== null);
        if (figures.length > 0 && Math.min(...figures) !== Math.max(...figures)) {
          expect(line).toContain("▁");
          expect(line).toContain("█");
        }
      }),
    );
  });
});

describe("where an Excel sparkline reads the trend", () => {
  it("spans the period cells when they sit side by side, oldest first", () => {
    expect(sparklineSource([point(16), point(17), point(18), point(19), point(20)], "Plan", 12)).toEqual({
      source: { sheet: "Plan", row: 12, firstColumn: 16, lastColumn: 20 },
      rightToLeft: false,
    });
  });

  it("draws right to left when the sheet puts the newest period first", () => {
    expect(sparklineSource([point(9), point(8), point(7)], "Plan", 4)).toEqual({
      source: { sheet: "Plan", row: 4, firstColumn: 7, lastColumn: 9 },
      rightToLeft: true,
    });
  });

  it("gives none when the periods are apart (a year-end column between quarters) or there are fewer than two", () => {
    expect(sparklineSource([point(16), point(17), point(19)], "Plan", 4)).toBeNull();
    expect(sparklineSource([point(16)], "Plan", 4)).toBeNull();
    expect(sparklineSource([point(16, null), point(17, 3), point(18, null)], "Plan", 4)).toBeNull();
    expect(sparklineSource([], "Plan", 4)).toBeNull();
  });
});
