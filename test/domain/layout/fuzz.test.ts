/**
 * Layout detection, judging and write-back planning on random grids: seed-report cell texts, header
 * words and figures thrown into random places. Nothing throws, every measure ends with one of the six
 * statuses and a reason, and the plan writes only inside Excel's sheet, never over a cell the grid filled
 * except the table's own status and DOT cells.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { gridFromRows, cellAt, cellText, type CellValue } from "../../../src/domain/sheet/grid";
import { scoreGrids } from "../../../src/domain/pipeline";
import { detectScorecard } from "../../../src/domain/layout";
import { DIRECTIONS, STATUSES } from "../../../src/domain/judging/types";
import { LAST_COLUMN } from "../../../src/domain/plan/writeback";

const corpus = readFileSync(path.resolve(__dirname, "../../fixtures/seed-cells.txt"), "utf8")
  .split("\n")
  .filter((l) => l !== "");

const HEADERS = [
  "Ref No.",
  "Directorate ref.",
  "*REF NO.",
  "Measure",
  "INDICATOR",
  "Lead officer",
  "Good performance",
  "Good perf is",
  "Frequency of reporting",
  "TIMELINE",
  "Target",
  "Directorate target (if applicable)",
  "Green (target)",
  "Red",
  "Amber",
  "Overall status",
  "RAG",
  "RAG (Yr End)",
  "DOT",
  "DOT (Yr on Yr)",
  "Data notes",
  "Stat neigh av.",
  "Nat av.",
  "Year end 2022/23",
  "Q1 Apr - June 2023/24",
  "Q2 Jul - Sep 2023/24",
  "Apr-19",
  "Jan-23",
  "Mar-23 (Q4)",
  "2022/23 Outturn",
  "Term 1",
  "YTD",
  "Annual",
  "Quarterly",
  "Monthly",
  "Key",
  "1 of 6",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom(...corpus) },
  { weight: 2, arbitrary: fc.constantFrom(...HEADERS) },
  { weight: 1, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("✓", "●", "✘", "↑", "↓", "High", "Low", "<8%", "85.0%", "58%+", "n/a", "Not available"),
  },
  { weight: 1, arbitrary: fc.record({ error: fc.constantFrom("#N/A", "#DIV/0!", "#REF!") }) },
);

/** A grid of random rows, sometimes led by a real header so that tables are found. */
const grid = fc
  .tuple(
    fc.array(fc.array(cell, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 25 }),
    fc.option(fc.shuffledSubarray(HEADERS, { minLength: 3, maxLength: 12 }), { nil: undefined }),
    fc.nat(5),
  )
  .map(([rows, header, at]) => {
    const all: CellValue[][] = [...rows];
    if (header !== undefined) all.splice(Math.min(at, all.length), 0, header);
    return gridFromRows("Fuzz", all);
  });

describe("layout detection on random grids", () => {
  let withMeasures = 0;
  it("never throws; every measure gets one of the six statuses and a reason; writes stay in the table's status and DOT cells", () => {
    fc.assert(
      fc.property(
        grid,
        fc.constantFrom("value", "formula") as fc.Arbitrary<"value" | "formula">,
        fc.constantFrom("keep", "replace") as fc.Arbitrary<"keep" | "replace">,
        (g, mode, recorded) => {
          const result = scoreGrids([g], {
            writeback: { mode, recorded, dotStyle: "arrow" },
            reports: ["summary", "exceptions", "checks"],
          });
          for (const m of result.measures) {
            expect(STATUSES).toContain(m.status);
            expect(STATUSES).toContain(m.comparisonStatus);
            expect(DIRECTIONS).toContain(m.dot);
            expect(m.reason.trim()).not.toBe("");
          }
          const allowed = new Set<string>();
          for (const { table } of result.tables) {
            for (const c of table.columns)
              if (c.role === "status" || c.role === "dot")
                for (const m of table.measures) allowed.add(`${m.row},${c.column}`);
          }
          for (const e of result.plan.edits) {
            for (const c of e.cells) {
              expect(c.column).toBeLessThanOrEqual(LAST_COLUMN);
              expect(c.row).toBeGreaterThanOrEqual(1);
              // A cell the user filled is written only if it is a status or DOT cell of a table (an officer's own, kept unless replaced).
              if (cellText(cellAt(g, c.row, c.column)) !== "") expect(allowed.has(`${c.row},${c.column}`)).toBe(true);
              if (c.value.kind === "text" && recorded === "keep" && cellText(cellAt(g, c.row, c.column)) !== "") {
                throw new Error(`kept mode wrote over ${c.row},${c.column}`);
              }
            }
          }
          expect(result.summary.total).toBe(result.measures.length);
          if (result.measures.length > 0) withMeasures++;
        },
      ),
      { numRuns: 400 },
    );
    // The property is only worth its runs if many grids hold tables with measures.
    expect(withMeasures).toBeGreaterThan(40);
  });
});

describe("the seed corpus as headers", () => {
  it("every distinct seed cell text, used as a header among real ones, is read without throwing", () => {
    const real = ["Ref No.", "Measure", "Target", "Q1 Apr - June 2023/24"];
    for (const text of corpus) {
      const g = gridFromRows("Corpus", [
        [...real, text],
        ["1.A1", "A measure", "90%", "85%", text],
      ]);
      for (const t of detectScorecard(g)) {
        expect(t.columns.length).toBeGreaterThan(0);
        expect(t.confidence).toBeGreaterThanOrEqual(0);
        expect(t.confidence).toBeLessThanOrEqual(1);
      }
    }
  });
});
