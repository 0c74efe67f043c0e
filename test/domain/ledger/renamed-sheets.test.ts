import { EMPTY_LEDGER, followRenamedSheets, measureKey, type Ledger } from "../../../src/domain/ledger";

const OLD = "KPIs Q2 2024-25";
const NEW = "KPIs Q3 2024-25";
const refs = ["A1", "A2", "A3", "A4", "A5"];

/** A record of one write and its history on `sheet`, with an override on A3. */
function recordOn(sheet: string, which = refs): Ledger {
  const keys = which.map((r) => measureKey(sheet, r, `Measure ${r}`));
  return {
    ...EMPTY_LEDGER,
    writes: [
      {
        id: "cli-1",
        at: "2024-10-10T09:00:00Z",
        face: "cli",
        period: "Q2 2024/25",
        comparison: null,
        settings: { tolerance: "5%", basis: "recorded-else-computed", mode: "value", dotStyle: "arrow" },
        cells: keys.map((k, i) => ({ sheet, address: `P${i + 2}`, kind: "status" as const, text: "✓", measure: k })),
      },
    ],
    history: keys.map((k) => ({
      measure: k,
      period: "Q2 2024/25",
      value: "1",
      target: "1",
      status: "on-target" as const,
      dot: "stable" as const,
      reason: "",
      source: "computed" as const,
      at: "2024-10-10T09:00:00Z",
      writeId: "cli-1",
    })),
    overrides: [
      { measure: keys[2]!, status: "near-target", reason: "plan agreed", until: "Q4 2024/25", setAt: "2024-10-10" },
    ],
  };
}

const table = (sheet: string, which = refs) => ({
  sheet,
  measures: which.map((r) => measureKey(sheet, r, `Measure ${r}`)),
});

describe("a renamed tab takes over its record", () => {
  it("moves the writes' cells, the history and the overrides to the new name", () => {
    const { ledger, renamed } = followRenamedSheets(recordOn(OLD), [table(NEW)], [NEW, "Summary"]);
    expect(renamed).toEqual([{ from: OLD, to: NEW }]);
    expect(new Set(ledger.history.map((s) => s.measure.sheet))).toEqual(new Set([NEW]));
    expect(ledger.writes[0]?.cells.every((c) => c.sheet === NEW && c.measure.sheet === NEW)).toBe(true);
    expect(ledger.overrides[0]?.measure.sheet).toBe(NEW);
  });

  it("never takes over a sheet still in the workbook: a copied tab starts its own record", () => {
    const record = recordOn(OLD);
    const { ledger, renamed } = followRenamedSheets(record, [table(NEW)], [OLD, NEW]);
    expect(renamed).toEqual([]);
    expect(ledger).toBe(record);
  });

  it("moves nothing when fewer than 4 in 5 of the measures are the gone sheet's, or two gone sheets fit as well", () => {
    expect(followRenamedSheets(recordOn(OLD), [table(NEW, ["A1", "A2", "A3", "B4", "B5"])], [NEW]).renamed).toEqual([]);
    const two: Ledger = {
      ...recordOn(OLD),
      history: [...recordOn(OLD).history, ...recordOn("KPIs Q1 2024-25").history],
    };
    expect(followRenamedSheets(two, [table(NEW)], [NEW]).renamed).toEqual([]);
  });

  it("leaves a sheet the record already knows alone", () => {
    expect(followRenamedSheets(recordOn(NEW), [table(NEW)], [NEW]).renamed).toEqual([]);
  });
});
