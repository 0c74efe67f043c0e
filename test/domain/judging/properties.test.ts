import fc from "fast-check";
import {
  assessDirection,
  assessStatus,
  readBands,
  readTarget,
  readValue,
  STATUSES,
  DIRECTIONS,
  StatusOptionsSchema,
} from "../../../src/domain/judging";
import { readStatusOptions } from "../../../src/domain/judging/options";
import { parseDirectionSymbol, parseStatusSymbol, parseTolerance, readPolarity } from "../../../src/domain/judging";
import type { Polarity, Status } from "../../../src/domain/judging/types";

const polarity = fc.constantFrom<Polarity>("high", "low", "none");
const messyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(
    "<8%",
    "58%+",
    "a) 74% b) 88%",
    "£6.8m",
    "-",
    "n/a",
    "#N/A",
    "10% reduction",
    "280 (Cumulative target)",
    "1,2,3",
    "%%",
    "<",
    "+",
    "a)",
    "a) b)",
    "1e309",
    "-0",
    "£m",
  ),
  fc
    .tuple(
      fc.constantFrom("", "<", ">=", "£", "-"),
      fc.double({ noNaN: false }),
      fc.constantFrom("", "%", "+", " days", "m", " (unvalidated)"),
    )
    .map(([a, n, b]) => `${a}${n}${b}`),
);
const cell = fc.oneof(
  messyText,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.record({ error: fc.constantFrom("#N/A", "#DIV/0!", "#VALUE!") }),
);

/** Worse to better, for the three judged statuses. */
const RANK: Partial<Record<Status, number>> = { "off-target": 0, "near-target": 1, "on-target": 2 };

describe("judging never throws, on any string or number", () => {
  it("value, target, band reading and both judgements", () => {
    fc.assert(
      fc.property(cell, cell, cell, polarity, (a, b, c, p) => {
        const value = readValue(a);
        const target = readTarget(b);
        const status = assessStatus(value, target, p);
        expect(STATUSES).toContain(status.status);
        expect(typeof status.reason).toBe("string");
        const bands = readBands(a, b, c, p);
        expect(STATUSES).toContain(assessStatus(readValue(c), bands, p).status);
        expect(DIRECTIONS).toContain(assessDirection(value, readValue(c), p).direction);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("improving a value never makes its status worse", () => {
  it("for plain and comparator targets, at any tolerance", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.constantFrom<Polarity>("high", "low"),
        fc.constantFrom("", "<", ">="),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (v, step, t, p, comparator, tolerance) => {
          const target = readTarget(comparator === "" ? t : `${comparator}${t}`);
          const better = p === "high" ? v + step : v - step;
          const sense = comparator === "<" ? "low" : comparator === ">=" ? "high" : p;
          const improved = sense === "high" ? v + step : v - step;
          const before = assessStatus(readValue(v), target, p, { tolerance });
          const after = assessStatus(readValue(comparator === "" ? better : improved), target, p, { tolerance });
          const rb = RANK[before.status];
          const ra = RANK[after.status];
          if (rb !== undefined && ra !== undefined) expect(ra).toBeGreaterThanOrEqual(rb);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("swapping the polarity swaps improved and worse", () => {
  it("for any two numbers", () => {
    const swap = {
      improved: "worse",
      worse: "improved",
      stable: "stable",
      "not-applicable": "not-applicable",
    } as const;
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        (a, b) => {
          const high = assessDirection(readValue(a), readValue(b), "high");
          const low = assessDirection(readValue(a), readValue(b), "low");
          expect(low.direction).toBe(swap[high.direction]);
          expect(low.movement).toBe(high.movement);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("the boundary check accepts exactly what the schema accepts", () => {
  it("for any options-shaped object", () => {
    const anything = fc.oneof(
      fc.double(),
      fc.integer({ min: -5, max: 400 }),
      fc.string(),
      fc.constant(undefined),
      fc.constant(null),
      fc.boolean(),
    );
    const reading = fc.oneof(fc.constant(readValue("5%")), fc.record({ kind: fc.string() }), anything);
    const options = fc.record(
      {
        tolerance: fc.oneof(fc.double({ min: -1, max: 200 }), anything),
        comparison: reading,
        benchmark: reading,
        periodsElapsed: anything,
        periodsInYear: anything,
        partsRule: fc.oneof(fc.constantFrom("worst", "all", "average", "best"), anything),
        profile: fc.array(fc.double()),
        other: anything,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(options, (o) => {
        expect(readStatusOptions(o).ok).toBe(StatusOptionsSchema.safeParse(o).success);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("improving a value never makes its status worse, with tolerance bands", () => {
  it("for Red / Amber / Green bands that agree with the polarity", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: -200, max: 1700 }),
        fc.integer({ min: 0, max: 300 }),
        fc.constantFrom<Polarity>("high", "low"),
        fc.boolean(),
        (edge, width, v, step, p, withAmber) => {
          // Higher is better: <a / a+ / b+ (a < b); lower is better: b+ / a+ / <a, Amber between.
          const [a, b] = [edge, edge + width];
          const bands =
            p === "high"
              ? readBands(`<${a}`, withAmber ? `${a}+` : "", `${b}+`, p)
              : readBands(`${b}+`, withAmber ? `${a}+` : "", `<${a}`, p);
          expect(bands.warnings.filter((w) => /overlap|contradicts/.test(w))).toEqual([]);
          const better = p === "high" ? v + step : v - step;
          const before = RANK[assessStatus(readValue(v), bands, p).status];
          const after = RANK[assessStatus(readValue(better), bands, p).status];
          expect(before).toBeDefined();
          expect(after).toBeDefined();
          expect(after as number).toBeGreaterThanOrEqual(before as number);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("judging never throws, whatever the options", () => {
  it("turns any options value into a status with a reason", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), cell, cell, polarity, (statusOptions, directionOptions, a, b, p) => {
        const status = assessStatus(readValue(a), readTarget(b), p, statusOptions as never);
        expect(STATUSES).toContain(status.status);
        const direction = assessDirection(readValue(a), readValue(b), p, directionOptions as never);
        expect(DIRECTIONS).toContain(direction.direction);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("reading never throws, whatever arrives from a host", () => {
  it("for any JavaScript value as a cell, a band, a polarity, a symbol or a tolerance", () => {
    const anyCell = fc.oneof(
      fc.anything(),
      fc.record({ value: fc.anything(), text: fc.anything(), format: fc.anything() }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(anyCell, anyCell, anyCell, (a, b, c) => {
        expect(["number", "parts", "missing", "unreadable"]).toContain(readValue(a as never).kind);
        expect(readTarget(b as never).kind).toEqual(expect.any(String));
        expect(readBands(a as never, b as never, c as never, "high").kind).toBe("bands");
        expect(["high", "low", "none"]).toContain(readPolarity(a).polarity);
        parseStatusSymbol(a);
        parseDirectionSymbol(b);
        expect(typeof parseTolerance(c).ok).toBe("boolean");
      }),
      { numRuns: 3000 },
    );
  });
});

// A guard against catastrophic backtracking (a regex that goes quadratic or worse on a hostile cell takes
// seconds here), not a speed goal: the bound is loose, and throughput is measured by `npm run bench`.
describe("no text makes a reader slow", () => {
  it.each([
    ["spaces then a dash", "1 " + " ".repeat(100_000) + "-"],
    ["digits", "1".repeat(100_000)],
    ["part labels", "a) ".repeat(30_000)],
    ["brackets", "1" + " (".repeat(50_000)],
    ["commas", "1,".repeat(50_000) + "a"],
  ])("reads a 100,000-character cell of %s in well under a second", (_, text) => {
    const t0 = performance.now();
    readValue(text);
    readTarget(text);
    readBands(text, text, text, "high");
    readPolarity(text);
    parseStatusSymbol(text);
    parseDirectionSymbol(text);
    parseTolerance(text);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
