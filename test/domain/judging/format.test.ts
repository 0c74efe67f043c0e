import fc from "fast-check";
import { formatNumber, formatGap, roundTo } from "../../../src/domain/judging";

describe("numbers in reasons, as the sheet shows them", () => {
  it.each([
    [0.101, "percent", 1, "10.1%"],
    [0.0971, "percent", 1, "9.7%"],
    [0.07, "percent", 0, "7%"],
    [6_800_000, "currency", 0, "£6.8m"],
    [4859, "currency", 0, "£4,859"],
    [10.33, "days", 2, "10.33 days"],
    [-0.15, "number", 2, "-0.15"],
    [1288, "number", 0, "1,288"],
    [5_780_866, "number", 0, "5,780,866"],
    [46.7, "number", 2, "46.70"],
    [94.8, "number", 1, "94.8"],
    [0.9999999, "number", 2, "1.00"],
    [-0.001, "number", 1, "0.0"],
    [-12.5, "number", 0, "-13"],
    [1.005, "number", 2, "1.01"],
  ] as const)("%d as %s at %d decimals → %s", (value, unit, decimals, shown) => {
    expect(formatNumber(value, unit, decimals)).toBe(shown);
  });

  it("gives percent gaps in points", () => {
    expect(formatGap(0.031, "percent", 1)).toBe("3.1 points");
    expect(formatGap(-0.01, "percent", 0)).toBe("1 point");
    expect(formatGap(-31, "number", 0)).toBe("31");
  });

  it("agrees with toFixed wherever toFixed is not fooled by binary noise", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        // n / 10^d + a quarter step: never a tie, so every correct rounding agrees.
        const value = n / 10 ** d + 0.25 / 10 ** d;
        const expected = Number(value.toFixed(d)).toLocaleString("en-GB", {
          minimumFractionDigits: d,
          maximumFractionDigits: d,
        });
        expect(formatNumber(value, "number", d)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("rounds half away from zero", () => {
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(0.1 + 0.2, 1)).toBe(0.3);
  });
});
