/** Restore points in their own parts: several, newest first, the newest 10 kept, a damaged one set aside alone. */
import {
  keepNewest,
  readRestorePoints,
  restorePointIdOf,
  restorePointLabel,
  restorePointToParts,
  type RestorePointEntry,
} from "../../../src/domain/ledger";

const point = (id: string, savedAt: string, cells = 2): RestorePointEntry => ({
  id,
  label: `${id} write`,
  point: {
    version: 1,
    savedAt,
    sheet: "Scorecard",
    cells,
    ranges: [
      {
        sheet: "Scorecard",
        address: "G2:G3",
        formulas: [["✓"], ["Amber <note>"]],
        numberFormat: [["General"], ["@"]],
        written: [["✘"], ["●"]],
      },
    ],
    rules: [{ sheet: "Scorecard", address: "G2:G3", what: "status", rules: [["✓", "#C6EFCE"]] }],
  },
});

describe("restore points", () => {
  it("reads several points back, newest first, each with its id and what it changed", () => {
    const a = point("cli-1", "2024-01-12T09:00:00.000Z");
    const b = point("pane-2", "2024-04-15T09:00:00.000Z");
    const xmls = [...restorePointToParts(a), ...restorePointToParts(b)];
    expect(xmls.map(restorePointIdOf)).toEqual(["cli-1", "pane-2"]);
    expect(readRestorePoints(xmls)).toEqual({ points: [b, a], warning: null });
  });

  it("reads a point an earlier version kept (no id on its parts) as one point", () => {
    const legacy = restorePointToParts(point("x", "2023-10-10T09:00:00.000Z"))[0]!.replace(
      / point="x" label="x write"/,
      "",
    );
    const read = readRestorePoints([legacy]);
    expect(read.points.map((p) => [p.id, p.label])).toEqual([["earlier", "2 cells on Scorecard, 10 Oct 09:00"]]);
  });

  it("sets a damaged point aside and keeps the others", () => {
    const good = point("cli-1", "2024-01-12T09:00:00.000Z");
    const bad = restorePointToParts(point("cli-2", "2024-04-15T09:00:00.000Z"))[0]!.replace(
      '"version":1',
      '"version":9',
    );
    const read = readRestorePoints([...restorePointToParts(good), bad]);
    expect(read.points).toEqual([good]);
    expect(read.warning).toBe(
      "A restore point in this workbook could not be read and was set aside; the others are kept.",
    );
  });

  it("keeps the newest 10", () => {
    const old = Array.from({ length: 10 }, (_, i) =>
      point(`w${i}`, `2024-01-${String(10 + i)}T09:00:00.000Z`),
    ).reverse();
    const kept = keepNewest(old, point("new", "2024-02-01T09:00:00.000Z"));
    expect(kept.map((p) => p.id)).toEqual(["new", "w9", "w8", "w7", "w6", "w5", "w4", "w3", "w2", "w1"]);
  });

  it("says what a write changed", () => {
    expect(
      restorePointLabel({
        period: "Q2 Jul - Sep 2023/24",
        statuses: 31,
        dots: 1,
        reportSheets: 2,
        at: "2026-12-02T14:10:00Z",
      }),
    ).toBe("Q2 Jul - Sep 2023/24 write, 31 statuses, 1 DOT, 2 report sheets, 02 Dec 14:10");
  });
});
