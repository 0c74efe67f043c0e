import { fromParts, metaOf, toParts, type StoredPoint } from "../../../src/adapters/office/restore-store";
import { readRestorePoints, restorePointToParts } from "../../../src/domain/ledger";

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

describe("a restore point both faces read", () => {
  it("is read by the domain's reader (the CLI's) with its id and words, and the CLI's are read here", () => {
    const p = point("x");
    const meta = {
      id: "p20261202141000",
      label: "Q2 2023/24 write, 1 status, 0 DOTs, 02 Dec 14:10",
      change: { period: "Q2 2023/24", statuses: 1, dots: 0, reports: 0, writeId: "pane-2026-12-02T14:10:00.000Z" },
    };
    const parts = toParts(p, meta);
    const { points, warning } = readRestorePoints(parts);
    expect(warning).toBeNull();
    expect(points).toEqual([{ id: meta.id, label: meta.label, point: p }]);
    expect(metaOf(parts[0] ?? "", p)).toEqual(meta);
    const cli = restorePointToParts({ id: "cli-1", label: "Q2 2023/24 write, 31 statuses (command line)", point: p });
    expect(fromParts(cli)).toEqual(p);
    expect(metaOf(cli[0] ?? "", p)).toEqual({
      id: "cli-1",
      label: "Q2 2023/24 write, 31 statuses (command line)",
      change: null,
    });
  });
});
