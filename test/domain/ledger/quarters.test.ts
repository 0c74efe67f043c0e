/**
 * The record carried through quarters on a small scorecard held as rows: each run's plan is applied to the
 * rows as a workbook would be, a period column is added before the status column, and the next run reads
 * the published record back from its text.
 */
import { gridFromRows, type CellValue } from "../../../src/domain/sheet/grid";
import { scoreGrids } from "../../../src/domain/pipeline";
import { applyToRows as apply } from "../../support/plan-rows";
import { EMPTY_LEDGER, historyFromSheet, ledgerToParts, readLedger, type Ledger } from "../../../src/domain/ledger";

const Q1 = "Q1 Apr - June 2023/24";
const Q2 = "Q2 Jul - Sep 2023/24";
const Q3 = "Q3 Oct - Dec 2023/24";
const Q4 = "Q4 Jan - Mar 2023/24";

/** Ref, measure, polarity, target, then figures per period; status and DOT last. */
function sheet(periods: string[], figures: Record<string, (string | null)[]>): CellValue[][] {
  const measures: [string, string, string, string][] = [
    ["A1", "Households in temporary accommodation", "Low", "<100"],
    ["A2", "Planning applications decided in time", "High", "85%"],
    ["A3", "Staff sickness days per FTE", "Low", "<8"],
    ["A4", "Residents satisfied with services", "High", "70%"],
  ];
  return [
    ["Ref", "Measure", "Good performance", "Target", ...periods, "Status", "DOT"],
    ...measures.map(([ref, title, pol, target]) => [ref, title, pol, target, ...(figures[ref] ?? []), null, null]),
  ];
}

/** A period column added before Status, keeping every other cell (statuses included) as the sheet had them. */
function addPeriod(rows: CellValue[][], label: string, figures: Record<string, string>): CellValue[][] {
  return rows.map((r, i) => {
    const at = r.length - 2;
    const value = i === 0 ? label : (figures[String(r[0])] ?? null);
    return [...r.slice(0, at), value, ...r.slice(at)];
  });
}

/** The record as a face stores and reads it: through the part's text. */
const roundTrip = (l: Ledger) => readLedger(ledgerToParts(l)).ledger;

const run = (rows: CellValue[][], ledger: Ledger, at: string, extra: Parameters<typeof scoreGrids>[1] = {}) =>
  scoreGrids([gridFromRows("Scorecard", rows)], { ledger, at, face: "cli", reports: ["summary"], ...extra });

const statusCell = (rows: CellValue[][], ref: string) => {
  const r = rows.find((x) => x[0] === ref) as CellValue[];
  return r[r.length - 2];
};

describe("quarter to quarter on the record", () => {
  const q2Rows = sheet([Q1, Q2], {
    A1: ["120", "95"], // on target (<100)
    A2: ["80%", "86%"], // on target
    A3: ["9", "10"], // off target (<8), worse
    A4: ["60%", "65%"], // off target
  });

  it("refreshes the tool's own, keeps what an officer typed since, and freezes the past", () => {
    const first = run(q2Rows, EMPTY_LEDGER, "2023-10-10T09:00:00Z");
    expect(first.publish).not.toBeNull();
    expect(first.publish?.snapshots.map((s) => [s.measure.ref, s.period, s.status, s.source])).toEqual([
      ["A1", Q2, "on-target", "computed"],
      ["A2", Q2, "on-target", "computed"],
      ["A3", Q2, "off-target", "computed"],
      ["A4", Q2, "off-target", "computed"],
    ]);
    expect(first.plan.sheets.map((s) => s.name)).toEqual(["Summary", "KPI History"]);
    let rows = apply(q2Rows, first);
    expect(statusCell(rows, "A1")).toBe("✓");
    let ledger = roundTrip(first.publish!.ledger);

    // Re-run in the same quarter: the tool's symbols are its own, not 4 recorded judgements.
    const again = run(rows, ledger, "2023-10-11T09:00:00Z");
    expect(again.quarter.bindings.map((b) => b.status)).toEqual(["tool", "tool", "tool", "tool"]);
    expect(again.measures.every((m) => m.recordedStatus === null)).toBe(true);
    ledger = roundTrip(again.publish!.ledger);
    rows = apply(rows, again);

    // Between quarters an officer types ● for A4 (a recovery plan); Q3 figures are added.
    (rows[4] as CellValue[])[rows[0]!.length - 2] = "●";
    rows = addPeriod(rows, Q3, { A1: "130", A2: "88%", A3: "7", A4: "75%" });
    const q3 = run(rows, ledger, "2024-01-12T09:00:00Z");
    const byRef = new Map(q3.measures.map((m, i) => [m.ref, { m, b: q3.quarter.bindings[i]! }]));
    expect(byRef.get("A1")?.b.status).toBe("tool");
    expect(byRef.get("A4")?.b.status).toBe("officer");
    expect(byRef.get("A4")?.m.recordedStatus).toBe("near-target");
    // The tool's symbols refresh (A1 is now off target, A3 on), the officer's ● is kept.
    rows = apply(rows, q3);
    expect([statusCell(rows, "A1"), statusCell(rows, "A3"), statusCell(rows, "A4")]).toEqual(["✘", "✓", "●"]);
    // Q3's Summary counts Q3's statuses; its comparison column is Q2 as published.
    expect(q3.summary.status["off-target"]).toBe(1);
    expect(q3.summary.status["near-target"]).toBe(1);
    expect(q3.summary.comparison.status["off-target"]).toBe(2);
    expect(q3.quarter.bindings.every((b) => b.comparisonFrozen)).toBe(true);
    ledger = roundTrip(q3.publish!.ledger);
    const q2History = ledger.history.filter((s) => s.period === Q2);

    // Q4: the target of A2 is raised and figures added. The officer's Q3 ● is Q3's now: refreshed for Q4.
    (rows[2] as CellValue[])[3] = "95%";
    rows = addPeriod(rows, Q4, { A1: "90", A2: "89%", A3: "7", A4: "72%" });
    const q4 = run(rows, ledger, "2024-04-15T09:00:00Z");
    const a4 = q4.quarter.bindings[3]!;
    expect(a4.status).toBe("stale");
    expect(a4.statusPeriod).toBe(Q3);
    // Last quarter comes from the history: A2 stays on target for Q3 although its new target would fail it.
    expect(q4.measures[1]?.comparisonStatus).toBe("on-target");
    expect(q4.measures[1]?.status).toBe("off-target");
    expect(q4.measures[3]?.comparisonStatus).toBe("near-target");
    ledger = roundTrip(q4.publish!.ledger);
    expect(ledger.history.filter((s) => s.period === Q2)).toEqual(q2History);
    expect(ledger.history.filter((s) => s.period === Q3).map((s) => s.status)).toEqual([
      "off-target",
      "on-target",
      "on-target",
      "near-target",
    ]);
    rows = apply(rows, q4);
    expect(statusCell(rows, "A4")).toBe("✓");
  });

  it("knows an officer's word typed over the tool's symbol of the same status as the officer's, after a re-run", () => {
    const first = run(q2Rows, EMPTY_LEDGER, "2023-10-10T09:00:00Z");
    let rows = apply(q2Rows, first);
    const again = run(rows, roundTrip(first.publish!.ledger), "2023-10-11T09:00:00Z");
    expect(again.publish!.snapshots).toEqual([]); // nothing changed: no new history rows
    rows = apply(rows, again);
    // A3 is off target (✘); the officer writes it in words, the same judgement, after the publish.
    (rows[3] as CellValue[])[rows[0]!.length - 2] = "Red";
    rows = addPeriod(rows, Q3, { A1: "90", A2: "88%", A3: "11", A4: "75%" });
    const q3 = run(rows, roundTrip(again.publish!.ledger), "2024-01-12T09:00:00Z");
    expect(q3.quarter.bindings[2]?.status).toBe("officer");
    expect(statusCell(apply(rows, q3), "A3")).toBe("Red");
  });

  it("applies an override until its period, warns the period before, then lets the computed status return", () => {
    const first = run(q2Rows, EMPTY_LEDGER, "2023-10-10T09:00:00Z", {
      overrides: [{ measure: "A3", status: "near-target", reason: "recovery plan agreed by DMT", until: Q4 }],
    });
    expect(first.quarter.errors).toEqual([]);
    expect(first.measures[2]?.override).toMatchObject({ status: "near-target", expiresNext: false });
    expect(first.summary.status["near-target"]).toBe(1);
    expect(first.publish?.snapshots[2]?.source).toBe("override");
    let rows = apply(q2Rows, first);
    expect(statusCell(rows, "A3")).toBe("●");
    let ledger = roundTrip(first.publish!.ledger);

    rows = addPeriod(rows, Q3, { A1: "90", A2: "88%", A3: "11", A4: "75%" });
    const q3 = run(rows, ledger, "2024-01-12T09:00:00Z");
    expect(q3.measures[2]?.override?.expiresNext).toBe(true);
    expect(q3.checks.filter((c) => c.kind === "override-expires").map((c) => c.message)).toEqual([
      `Override on A3 (recovery plan agreed by DMT) expires at ${Q4}: the computed status returns then`,
    ]);
    ledger = roundTrip(q3.publish!.ledger);
    rows = apply(rows, q3);

    rows = addPeriod(rows, Q4, { A1: "90", A2: "88%", A3: "12", A4: "75%" });
    const q4 = run(rows, ledger, "2024-04-15T09:00:00Z");
    expect(q4.measures[2]?.override).toBeUndefined();
    expect(q4.quarter.bindings[2]?.status).toBe("tool");
    rows = apply(rows, q4);
    expect(statusCell(rows, "A3")).toBe("✘");
    expect(q4.publish!.ledger.overrides).toHaveLength(1); // kept as history, no longer applied
  });

  it("refuses an override that names no measure, has no reason or expires before the current period", () => {
    const r = run(q2Rows, EMPTY_LEDGER, "2023-10-10T09:00:00Z", {
      overrides: [
        { measure: "Z9", status: "on-target", reason: "x", until: Q4 },
        { measure: "A1", status: "on-target", reason: " ", until: Q4 },
        { measure: "A1", status: "on-target", reason: "x", until: Q1 },
        { measure: "A1", status: "on-target", reason: "x", until: "next spring sometime" },
      ],
    });
    expect(r.quarter.errors).toEqual([
      'no measure has the ref or title "Z9"',
      "the override on A1 needs a reason",
      `the override on A1 would expire at ${Q1}, not after ${Q2}`,
      '"next spring sometime" is not a period the override can run until',
    ]);
    expect(r.publish?.ledger.overrides).toEqual([]);
  });

  it("without a record, does not count the latest period's statuses for an earlier current period", () => {
    const typed = q2Rows.map((r, i) => (i === 0 ? r : [...r.slice(0, -2), "✘", "↓"]));
    const r = scoreGrids([gridFromRows("Scorecard", typed)], { detect: { current: Q1 } });
    expect(r.measures.every((m) => m.recordedStatus === null)).toBe(true);
    expect(r.measures[0]?.periodNote).toContain(`is for ${Q2}, not ${Q1}`);
    expect(r.summary.status["off-target"]).toBe(r.measures.filter((m) => m.status === "off-target").length);
    // The officer's Q2 cells are left alone.
    expect(r.plan.edits.flatMap((e) => e.cells)).toEqual([]);
    // For the latest period they count, as before.
    const latest = scoreGrids([gridFromRows("Scorecard", typed)]);
    expect(latest.summary.status["off-target"]).toBe(4);
  });

  it("reads history back from the History sheet when the part is gone", () => {
    const first = run(q2Rows, EMPTY_LEDGER, "2023-10-10T09:00:00Z");
    const history = first.plan.sheets.find((s) => s.kind === "history")!;
    const rows = history.rows.map((r) => r.map((c) => (c.value.kind === "text" ? c.value.text : null)));
    const width = Math.max(...rows.map((r) => r.length));
    const grid = gridFromRows(
      "KPI History",
      rows.map((r) => [...r, ...Array(width - r.length).fill(null)]),
    );
    expect(historyFromSheet(grid).map(({ writeId: _w, ...s }) => s)).toEqual(
      first.publish!.snapshots.map(({ writeId: _w, ...s }) => s),
    );
    const next = scoreGrids([gridFromRows("Scorecard", apply(q2Rows, first)), grid], {
      ledger: EMPTY_LEDGER,
      at: "2023-10-11T09:00:00Z",
    });
    expect(next.quarter.historyFromSheet).toBe(true);
  });
});

describe("the record's text", () => {
  it("is empty with no part, and sets a damaged or hostile part aside with a warning", () => {
    expect(readLedger([])).toEqual({ ledger: EMPTY_LEDGER, warning: null });
    const broken = readLedger(['<ledger xmlns="urn:kpi-scorecard:ledger:1" part="1" of="1">{not json</ledger>']);
    expect(broken.ledger).toEqual(EMPTY_LEDGER);
    expect(broken.warning).toMatch(/^The quarter-to-quarter record in this workbook is damaged and was set aside: /);
    const missingPart = readLedger(['<ledger xmlns="urn:kpi-scorecard:ledger:1" part="2" of="2">{}</ledger>']);
    expect(missingPart.warning).toContain("missing");
  });

  it("keeps the valid entries of a part with one hostile entry", () => {
    const first = run(q2Rows(), EMPTY_LEDGER, "2023-10-10T09:00:00Z").publish!.ledger;
    const hostile = { ...first, history: [...first.history, { measure: "x".repeat(10_000) }] };
    const read = readLedger(ledgerToParts(hostile as unknown as Ledger));
    expect(read.ledger.history).toEqual(first.history);
    expect(read.ledger.writes).toEqual(first.writes);
    expect(read.warning).toContain("1 entry could not be read");
  });

  it("splits a big record over parts and joins it back", () => {
    const big: Ledger = {
      ...EMPTY_LEDGER,
      history: Array.from({ length: 6000 }, (_, i) => ({
        measure: { sheet: "S", ref: `R${i}`, measure: 'A <measure> & its "name"' },
        period: Q2,
        value: "1",
        target: "2",
        status: "on-target" as const,
        dot: "stable" as const,
        reason: "r".repeat(150),
        source: "computed" as const,
        at: "2023-10-10T09:00:00Z",
        writeId: "w",
      })),
    };
    const parts = ledgerToParts(big);
    expect(parts.length).toBeGreaterThan(1);
    expect(readLedger([...parts].reverse())).toEqual({ ledger: big, warning: null });
  });
});

function q2Rows(): CellValue[][] {
  return sheet([Q1, Q2], { A1: ["120", "95"], A2: ["80%", "86%"], A3: ["9", "10"], A4: ["60%", "65%"] });
}
