import { fromParts, toParts, type StoredPoint } from "../../../src/adapters/office/restore-store";

const point = (text: string, rows = 1): StoredPoint => ({
  version: 1,
  savedAt: "2026-12-02T14:00:00.000Z",
  sheet: "Scorecard",
  cells: rows,
  ranges: [
    {
      sheet: "Scorecard",
      address: `H2:H${rows + 1}`,
      formulas: Array.from({ length: rows }, () => [text]),
      numberFormat: Array.from({ length: rows }, () => ["@"]),
      written: Array.from({ length: rows }, () => ["✓"]),
    },
  ],
  rules: [{ sheet: "Scorecard", address: `H2:H${rows + 1}`, what: "status" }],
});

describe("the restore point as custom XML parts", () => {
  it("keeps text that XML would otherwise read as markup", () => {
    const p = point("<b>&amp; ]]> \"quoted\" 'single'</b>");
    const parts = toParts(p);
    expect(parts).toHaveLength(1);
    expect(parts[0]).not.toContain("<b>");
    expect(fromParts(parts)).toEqual(p);
  });

  it("splits a big point over parts under the request limit and joins them in any order", () => {
    const p = point("&".repeat(100), 20_000);
    const parts = toParts(p);
    expect(parts.length).toBeGreaterThan(1);
    for (const x of parts) expect(x.length).toBeLessThan(5 * 1024 * 1024);
    expect(fromParts([...parts].reverse())).toEqual(p);
    expect(fromParts(parts.slice(1))).toBeNull();
  });

  it("accepts nothing that fails validation: unknown keys, a formula for an address, a missing part", () => {
    const [xml] = toParts(point("x"));
    expect(fromParts([(xml ?? "").replace('"version":1', '"version":1,"extra":true')])).toBeNull();
    expect(fromParts([(xml ?? "").replace('"address":"H2:H2"', '"address":"=A1"')])).toBeNull();
    expect(fromParts(["<restorePoint>not json</restorePoint>"])).toBeNull();
    expect(fromParts([])).toBeNull();
  });
});
