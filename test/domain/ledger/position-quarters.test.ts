/**
 * The record carried through quarters on a scorecard whose period columns are named by position
 * (Previous | Current, as Hart District Council publishes): each quarter the officer moves Current into
 * Previous, types the new figures and changes the quarter in the sheet's title. The headings never change,
 * so the record keeps the quarters apart by the period the title names.
 */
import { gridFromRows, type CellValue } from "../../../src/domain/sheet/grid";
import { scoreGrids } from "../../../src/domain/pipeline";
import { applyToRows as apply } from "../../support/plan-rows";
import { EMPTY_LEDGER, ledgerToParts, readLedger, type Ledger } from "../../../src/domain/ledger";

const TITLE = (quarter: string) => `District Council: key performance indicators, ${quarter}`;
const HEADER = ["KPI ref", "Description", "Good performance", "Target", "Previous", "Current", "Status", "DOT"];
const MEASURES: [string, string, string, string][] = [
  ["CS01", "Calls answered within 30 seconds", "High", "85%"],
  ["HS08", "Households in temporary accommodation", "Low", "<100"],
  ["ETS01", "Missed bins per 100,000 collections", "Low", "<50"],
];
const STATUS = 7;

/** Title, blank row, header, then each measure's Previous and Current figures. */
function sheet(quarter: string, figures: Record<string, [string, string]>): CellValue[][] {
  return [
    [TITLE(quarter)],
    [],
    HEADER,
    ...MEASURES.map(([ref, title, good, target]) => [
      ref,
      title,
      good,
      target,
      ...(figures[ref] ?? ["", ""]),
      null,
      null,
    ]),
  ];
}

/** The officer's quarter end: Current moves to Previous, the new figures go in, the title names the new quarter. */
function nextQuarter(rows: CellValue[][], quarter: string, figures: Record<string, string>): CellValue[][] {
  return rows.map((r, i) => {
    if (i === 0) return [TITLE(quarter)];
    const ref = String(r[0]);
    if (i < 3 || figures[ref] === undefined) return [...r];
    return [...r.slice(0, 4), r[5] ?? null, figures[ref] as string, ...r.slice(6)];
  });
}

const roundTrip = (l: Ledger) => readLedger(ledgerToParts(l)).ledger;
const run = (rows: CellValue[][], ledger: Ledger, at: string, extra: Parameters<typeof scoreGrids>[1] = {}) =>
  scoreGrids([gridFromRows("KPIs", rows)], { ledger, at, face: "cli", reports: ["summary"], ...extra });
const statusOf = (rows: CellValue[][], ref: string) => rows.find((r) => r[0] === ref)?.[STATUS - 1];

describe("quarter to quarter on a Previous | Current scorecard", () => {
  it("keeps each quarter apart by the period its title names: the officer's Q1 status stays Q1's", () => {
    // Q1: the officer has already typed CS01's status in the council's words; the tool fills the rest.
    let rows = sheet("Quarter 1 2024/25", { CS01: ["84%", "86%"], HS08: ["120", "95"], ETS01: ["60", "55"] });
    (rows[3] as CellValue[])[STATUS - 1] = "Close to target";
    const q1 = run(rows, EMPTY_LEDGER, "2024-07-10T09:00:00Z");
    expect(q1.tables[0]?.table.current?.name).toBe("Q1 2024/25");
    expect(q1.publish?.snapshots.map((s) => [s.measure.ref, s.period, s.status, s.source])).toEqual([
      ["CS01", "Q1 2024/25", "near-target", "recorded"],
      ["HS08", "Q1 2024/25", "on-target", "computed"],
      ["ETS01", "Q1 2024/25", "off-target", "computed"],
    ]);
    rows = apply(rows, q1);
    let ledger = roundTrip(q1.publish!.ledger);

    // Q2: same headings over new figures. The officer's words were Q1's: frozen there, refreshed for Q2.
    rows = nextQuarter(rows, "Quarter 2 2024/25", { CS01: "90%", HS08: "130", ETS01: "40" });
    const q2 = run(rows, ledger, "2024-10-10T09:00:00Z", {
      overrides: [
        { measure: "HS08", status: "near-target", reason: "Recovery plan agreed by DMT", until: "Q4 2024/25" },
      ],
    });
    expect(q2.quarter.errors).toEqual([]);
    expect(q2.quarter.bindings.map((b) => [b.status, b.statusPeriod])).toEqual([
      ["stale", "Q1 2024/25"],
      ["tool", null],
      ["tool", null],
    ]);
    // Q2's Summary counts Q2's statuses only; its comparison column is Q1 as published.
    expect(q2.summary.status["on-target"]).toBe(2);
    expect(q2.summary.status["near-target"]).toBe(1); // HS08's override
    expect(q2.summary.comparison.status["near-target"]).toBe(1); // the officer's Q1 word
    expect(q2.quarter.bindings.every((b) => b.comparisonFrozen)).toBe(true);
    rows = apply(rows, q2);
    expect([statusOf(rows, "CS01"), statusOf(rows, "HS08"), statusOf(rows, "ETS01")]).toEqual([
      "On target",
      "Close to target", // the officer's words for near target, as the column keeps its statuses in words
      "On target",
    ]);
    ledger = roundTrip(q2.publish!.ledger);
    const q1History = ledger.history.filter((s) => s.period === "Q1 2024/25");
    expect(q1History).toHaveLength(3);

    // Q3: the override runs until Q4, so this is its last quarter; Q4: it has expired.
    rows = nextQuarter(rows, "Quarter 3 2024/25", { CS01: "91%", HS08: "140", ETS01: "45" });
    const q3 = run(rows, ledger, "2025-01-10T09:00:00Z");
    expect(q3.measures[1]?.override?.expiresNext).toBe(true);
    rows = apply(rows, q3);
    ledger = roundTrip(q3.publish!.ledger);
    rows = nextQuarter(rows, "Quarter 4 2024/25", { CS01: "92%", HS08: "150", ETS01: "45" });
    const q4 = run(rows, ledger, "2025-04-10T09:00:00Z");
    expect(q4.measures[1]?.override).toBeUndefined();
    expect(q4.measures[1]?.status).toBe("off-target");
    const history = roundTrip(q4.publish!.ledger).history;
    expect([...new Set(history.map((s) => s.period))]).toEqual([
      "Q1 2024/25",
      "Q2 2024/25",
      "Q3 2024/25",
      "Q4 2024/25",
    ]);
    expect(history.filter((s) => s.period === "Q1 2024/25")).toEqual(q1History);
  });

  it("with no period named anywhere, says why next quarter's run cannot tell the quarters apart", () => {
    const rows = sheet("", { CS01: ["84%", "86%"], HS08: ["120", "95"], ETS01: ["60", "55"] });
    const result = run(rows, EMPTY_LEDGER, "2024-07-10T09:00:00Z");
    expect(result.tables[0]?.table.current?.name).toBeUndefined();
    expect(result.tables[0]?.table.reasons.join("\n")).toContain(
      '"Current" names no period and nothing above the table says which: put the period in the sheet\'s title',
    );
  });
});
