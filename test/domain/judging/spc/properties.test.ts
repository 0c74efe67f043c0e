/**
 * Properties the classes must keep whatever the figures: they describe the shape of the history, not its
 * scale, so shifting or scaling everything (target too) changes nothing; reversing the polarity swaps
 * improving and concerning; and fewer points than the minimum never gives a special-cause class.
 */
import fc from "fast-check";
import { assessSpc, MINIMUM_POINTS, swapped, type SpcPoint } from "../../../../src/domain/judging/spc";

const pts = (values: number[]): SpcPoint[] =>
  values.map((value, i) => ({ label: `P${i + 1}`, value, source: "sheet" }));
// Whole numbers keep the arithmetic exact enough that a shift or a scale cannot move a point across a
// limit by rounding alone (a point exactly on a limit is the only place where that could happen).
const series = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 200 }), { minLength: min, maxLength: max });
const polarity = fc.constantFrom("high" as const, "low" as const, "none" as const);

describe("SPC classes", () => {
  it("are unchanged when every figure and the target shift by a constant", () => {
    fc.assert(
      fc.property(
        series(12, 30),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 0, max: 200 }),
        polarity,
        (values, shift, target, p) => {
          const a = assessSpc({ points: pts(values), polarity: p, target });
          const b = assessSpc({ points: pts(values.map((v) => v + shift)), polarity: p, target: target + shift });
          expect([b.variation, b.assurance, b.rules]).toEqual([a.variation, a.assurance, a.rules]);
        },
      ),
    );
  });

  it("are unchanged when every figure and the target are scaled by a positive factor", () => {
    fc.assert(
      fc.property(
        series(12, 30),
        fc.constantFrom(2, 4, 0.5, 0.25, 8),
        fc.integer({ min: 0, max: 200 }),
        polarity,
        (values, factor, target, p) => {
          const a = assessSpc({ points: pts(values), polarity: p, target });
          const b = assessSpc({ points: pts(values.map((v) => v * factor)), polarity: p, target: target * factor });
          expect([b.variation, b.assurance, b.rules]).toEqual([a.variation, a.assurance, a.rules]);
        },
      ),
    );
  });

  it("swap improving and concerning, and met and missed, when the polarity is reversed", () => {
    fc.assert(
      fc.property(series(12, 30), fc.integer({ min: 0, max: 200 }), (values, target) => {
        const high = assessSpc({ points: pts(values), polarity: "high", target });
        const low = assessSpc({ points: pts(values), polarity: "low", target });
        expect(low.variation).toBe(swapped(high.variation));
        const swap = { "consistently-met": "consistently-missed", "consistently-missed": "consistently-met" } as Record<
          string,
          string
        >;
        expect(low.assurance).toBe(swap[high.assurance] ?? high.assurance);
      }),
    );
  });

  it("are never special cause with fewer points than the minimum", () => {
    fc.assert(
      fc.property(series(0, MINIMUM_POINTS - 1), polarity, fc.option(fc.integer()), (values, p, target) => {
        const r = assessSpc({ points: pts(values), polarity: p, target });
        expect(r.variation).toBe("not-enough-data");
        expect(r.assurance).toBe("not-enough-data");
        expect(r.variationReason).toContain(`${values.length} point`);
      }),
    );
  });
});
