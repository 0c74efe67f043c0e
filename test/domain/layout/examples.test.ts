/**
 * Detection on the three example workbooks, checked against the seed reports' own text
 * (test/fixtures/seeds): every measure row and no other, with its ref, title, polarity,
 * target and figures, the period labels, and the current/comparison choice.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { readWorkbook } from "../../../src/adapters/xlsx/read-workbook";
import { detectScorecard } from "../../../src/domain/layout";
import { cellAt, cellText, type Grid } from "../../../src/domain/sheet/grid";
import type { Period, ScorecardTable } from "../../../src/domain/layout/scorecard";

const root = path.join(__dirname, "..", "..", "..");
const seed = (name: string) => readFileSync(path.join(root, "test", "fixtures", "seeds", name), "utf8");

async function detectExample(name: string): Promise<{ grid: Grid; tables: ScorecardTable[] }> {
  const { grids } = await readWorkbook(path.join(root, "examples", name));
  expect(grids).toHaveLength(1);
  const grid = grids[0]!;
  return { grid, tables: detectScorecard(grid) };
}

const text = (grid: Grid, row: number, column: number | undefined) =>
  column === undefined ? "" : cellText(cellAt(grid, row, column));
const labelOf = (_t: ScorecardTable, period: Period | null) => period?.label ?? null;
const columnOf = (t: ScorecardTable, label: string) => t.periods.find((p) => p.label === label)?.column;
const squash = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();

describe("directorate performance 2023/24 Q2", () => {
  const DIRECTORATES = [
    "Children and Young People's Services",
    "Adult Social Care, Housing and Public Health",
    "Regeneration and Environment Services",
    "Assistant Chief Executive's Directorate",
  ];
  // The seed's measure rows: tab-separated, with the lead directorate in the third field.
  const seedRows = seed("directorate-performance-2023-q2.txt")
    .split("\n")
    .map((line) => line.split("\t"))
    .filter((f) => f.length >= 14 && DIRECTORATES.includes(f[2] ?? ""));

  test("finds the four directorate tables, each with its section title as group", async () => {
    const { tables } = await detectExample("directorate-performance-2023-q2.xlsx");
    expect(tables.map((t) => t.group)).toEqual([
      "Children and Young People's Services",
      "Adult Social Care, Housing and Public Health",
      "Regeneration and Environment",
      "Assistant Chief Executive Directorate",
    ]);
    expect(tables.map((t) => t.measures.length)).toEqual([11, 9, 7, 4]);
    expect(tables.every((t) => t.headerRows.length === 2)).toBe(true);
    // The CYPS header repeated at the page break is skipped, not taken as a new table.
    expect(tables[0]!.reasons.join(" ")).toMatch(/repeated header/);
  });

  test("every measure row of the seed, and no other, with its ref, title, polarity, target and figures", async () => {
    const { grid, tables } = await detectExample("directorate-performance-2023-q2.xlsx");
    const found = tables.flatMap((t) => t.measures.map((m) => ({ t, row: m.row })));
    expect(seedRows).toHaveLength(31);
    expect(found).toHaveLength(seedRows.length);
    found.forEach(({ t, row }, i) => {
      const f = seedRows[i]!;
      const q1 = columnOf(t, "Q1 Apr - June 2023/24");
      const q2 = columnOf(t, "Q2 Jul - Sep 2023/24");
      expect(text(grid, row, t.roles.ref)).toBe(f[0]);
      expect(text(grid, row, t.roles.measure)).toBe(f[1]!.trim());
      expect(text(grid, row, t.roles.polarity)).toBe(f[4]);
      expect(text(grid, row, t.roles.target)).toBe(f[6]);
      expect(text(grid, row, q1)).toBe(f[10] ?? "");
      expect(text(grid, row, q2)).toBe(f[11] ?? "");
    });
  });

  test("period labels as the seed's header gives them, oldest first, and YTD last", async () => {
    const { tables } = await detectExample("directorate-performance-2023-q2.xlsx");
    const header = seed("directorate-performance-2023-q2.txt")
      .split("\n")
      .find((l) => l.startsWith("ref.\t"))!;
    const labels = header.split("\t").filter((f) => /^(Year end|Q[1-4] )/.test(f));
    expect(labels).toHaveLength(7);
    for (const t of tables) {
      expect(t.periods.map((p) => p.label)).toEqual([...labels, "YTD"]);
      expect(t.roles).toMatchObject({ ref: 1, measure: 2, "lead-officer": 4, polarity: 5, frequency: 6, target: 7 });
      expect(t.roles.status).toBeUndefined();
      expect(t.roles.dot).toBeUndefined();
    }
  });

  test("current is Q2 2023/24, compared with Q1; last year's Q2 is not on the sheet", async () => {
    const { grid } = await detectExample("directorate-performance-2023-q2.xlsx");
    for (const t of detectScorecard(grid)) {
      expect(labelOf(t, t.current)).toBe("Q2 Jul - Sep 2023/24");
      expect(labelOf(t, t.comparison)).toBe("Q1 Apr - June 2023/24");
    }
    for (const t of detectScorecard(grid, { compare: { kind: "last-year" } })) {
      expect(labelOf(t, t.current)).toBe("Q2 Jul - Sep 2023/24");
      expect(t.comparison).toBeNull();
      expect(t.reasons.join(" ")).toMatch(/no comparison period/);
    }
    const overridden = detectScorecard(grid, {
      current: "q1 apr - june 2023/24",
      compare: { kind: "label", label: "Year end 2022/23" },
    })[0]!;
    expect(labelOf(overridden, overridden.current)).toBe("Q1 Apr - June 2023/24");
    expect(labelOf(overridden, overridden.comparison)).toBe("Year end 2022/23");
    const previous = detectScorecard(grid, { current: "Q1 Apr - June 2023/24" })[0]!;
    expect(labelOf(previous, previous.comparison)).toBe("Q4 Jan - Mar 2022/23");
  });
});

describe("Council Plan 2019/20 Q1 scorecard", () => {
  const REF = /^\d\.[A-D]\d+(\([a-z]\))?$/;
  const seedText = seed("council-plan-2019-q1-exceptions.txt");
  // Table rows of the seed: the field holding the ref, then Action, Measure, Lead officer, Good performance, Frequency, Target, status.
  const seedRows = seedText
    .split("\n")
    .map((line) => line.split("\t"))
    .filter((f) => f.length > 12 && f.some((x) => REF.test(x.trim())))
    .map((f) => {
      const i = f.findIndex((x) => REF.test(x.trim()));
      return {
        ref: f[i]!.trim(),
        title: f[i + 2]!.trim(),
        polarity: f[i + 4]!.trim(),
        target: f[i + 6]!.trim(),
        status: f[i + 7]!.trim(),
      };
    });

  test("five priority tables, one per section, each titled by its Corporate Priority row", async () => {
    const { tables } = await detectExample("council-plan-2019-q1.xlsx");
    expect(tables.map((t) => t.group)).toEqual([
      "Corporate Priority 1 – Every child making the best start in life",
      "Corporate Priority 2 – Every adult secure, responsible and empowered",
      "Corporate Priority 3 – A strong community in a clean safe environment",
      "Corporate Priority 4 – Extending opportunity, prosperity and planning for the future",
      "Corporate Priority 5 – A modern, efficient Council",
    ]);
    // Priority 5 has no DOT column, as in the report.
    expect(tables.map((t) => t.roles.dot === undefined)).toEqual([false, false, false, false, true]);
    expect(
      tables.every((t) => t.roles.status !== undefined && t.roles.notes !== undefined && t.confidence >= 0.9),
    ).toBe(true);
  });

  test("the ten measures of the seed's tables, and no key or title row", async () => {
    const { grid, tables } = await detectExample("council-plan-2019-q1.xlsx");
    const rows = tables.flatMap((t) => t.measures.map((m) => ({ t, row: m.row })));
    expect(seedRows.map((r) => r.ref)).toEqual([
      "1.A2",
      "1.A5",
      "1.A8",
      "2.B7",
      "2.B8",
      "3.A4(b)",
      "3.B3",
      "3.B4",
      "4.B1(a)",
      "5.D6",
    ]);
    expect(rows.map(({ t, row }) => text(grid, row, t.roles.ref))).toEqual(seedRows.map((r) => r.ref));
    rows.forEach(({ t, row }, i) => {
      const s = seedRows[i]!;
      expect(text(grid, row, t.roles.polarity)).toBe(s.polarity);
      expect(text(grid, row, t.roles.target)).toBe(s.target);
      // OCR symbols: × / X off target, • amber.
      expect(text(grid, row, t.roles.status)).toBe(s.status === "•" ? "●" : "✘");
      const title = text(grid, row, t.roles.measure);
      if (s.ref === "1.A5")
        expect(squash(seedText)).toContain(squash(title)); // the full title is in the exceptions text
      else if (s.ref === "3.B3") {
        expect(title.startsWith("Total number of customer contacts by service area and overall total")).toBe(true);
        expect(title).toContain(s.title.replace(/^total\. /, ""));
      } else expect(title).toBe(s.title);
    });
  });

  test("the Q1 2019 figures the exceptions text states", async () => {
    const { grid, tables } = await detectExample("council-plan-2019-q1.xlsx");
    const current = new Map<string, string>();
    for (const t of tables)
      for (const m of t.measures) current.set(text(grid, m.row, t.roles.ref), text(grid, m.row, t.current?.column));
    expect(current.get("1.A2")).toBe("94.8"); // "94.8 against a target of 90"
    expect(current.get("1.A5")).toBe("10.1%");
    expect(current.get("1.A8")).toBe("81.7%");
    expect(current.get("2.B7")).toBe("81");
    expect(current.get("2.B8")).toBe("931");
    expect(current.get("3.A4(b)")).toBe("a) 73% (Vehicles) b) 77% (Drivers)");
    expect(current.get("3.B3")).toMatch(/72$/);
    expect(current.get("3.B4")).toMatch(/^113 /);
    expect(current.get("4.B1(a)")).toBe("8");
    expect(current.get("5.D6")).toBe("44.4%");
  });

  test("periods: the seed's priority 1 labels; current Q1 2019 against Q4, or Q1 2018 last year", async () => {
    const { grid, tables } = await detectExample("council-plan-2019-q1.xlsx");
    const header = seedText.split("\n").find((l) => l.startsWith("Outcom\t(Strategic Director)"))!;
    const labels = header.split("\t").filter((f) => /^(Year end|Q[1-4] |[A-Z][a-z]{2}-\d{2}$)/.test(f));
    const p1 = tables[0]!;
    expect([...p1.periods].sort((a, b) => a.column - b.column).map((p) => p.label)).toEqual(labels);
    // Sorted by time: the year end and Q4 share March 2019; the quarter is the reporting period.
    expect(p1.periods.map((p) => p.label).slice(-5)).toEqual([
      "Q4 Jan- Mar 2019",
      "Apr-19",
      "May-19",
      "Jun-19",
      "Q1 Apr - June 2019",
    ]);
    expect(tables.map((t) => labelOf(t, t.current))).toEqual([
      "Q1 Apr - June 2019",
      "Q1 Apr - Jun 2019",
      "Q1 Apr - June 2019",
      "Q1 Apr - Jun 2019",
      "Q1 Apr - June 2019",
    ]);
    expect(tables.map((t) => labelOf(t, t.comparison))).toEqual([
      "Q4 Jan- Mar 2019",
      "Q4 Jan - Mar 2019",
      "Q4 Jan - March 2019",
      "Q4 Jan- March 19",
      "Q4 Jan - Mar 2019",
    ]);
    const lastYear = detectScorecard(grid, { compare: { kind: "last-year" } });
    expect(lastYear.map((t) => labelOf(t, t.comparison))).toEqual([
      "Q1 Apr - June 2018",
      "Q1 Apr - Jun 2018",
      "Q1 Apr - June 2018",
      "Q1 Apr - Jun 2018",
      "Q1 Apr - June 2018",
    ]);
  });
});

describe("Corporate Plan 2016/17 Q2 scorecard", () => {
  const seedText = squash(seed("corporate-plan-2016-q2-report.txt"));

  test("one table with a section per priority, and the measures the report gives figures for", async () => {
    const { grid, tables } = await detectExample("corporate-plan-2016-q2.xlsx");
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    const refs = t.measures.map((m) => text(grid, m.row, t.roles.ref));
    expect(refs).toEqual([
      "1.A3",
      "1.A4",
      "1.A5",
      "1.C4 a)",
      "1.C4 b)",
      "2.B2",
      "2.B5",
      "2.B10",
      "3.B5",
      "4.B1",
      "4.B2",
      "5.A1",
      "5.A3",
      "5.D1",
      "5.D2",
      "5.D3",
    ]);
    expect(new Set(t.measures.map((m) => m.group))).toEqual(
      new Set([
        "Priority 1 - Every child making the best start in life",
        "Priority 2 - Every adult secure, responsible and empowered",
        "Priority 3 - A strong community in a clean, safe environment",
        "Priority 4 - Extending opportunity, prosperity and planning for the future",
        "Priority 5 - Running a modern, efficient Council",
      ]),
    );
    for (const g of new Set(t.measures.map((m) => m.group))) expect(seedText).toContain(squash(g!));
  });

  test("every ref, title, target and figure is in the report's text", async () => {
    const { grid, tables } = await detectExample("corporate-plan-2016-q2.xlsx");
    const t = tables[0]!;
    const missing: string[] = [];
    for (const { row } of t.measures) {
      const ref = text(grid, row, t.roles.ref).toLowerCase();
      // `Ref No. 1.C4 a)` is written `Ref No 1.C4 (b)` too.
      const refPattern = new RegExp(`ref no\\.? ${ref.replace(/[().]/g, "\\$&").replace(" ", " ?\\(?")}`);
      if (!refPattern.test(seedText)) missing.push(`ref ${ref}`);
      const title = squash(text(grid, row, t.roles.measure).replace(/\s*\(priority measure\)$/i, ""));
      if (!seedText.includes(title)) missing.push(`title ${title}`);
      for (const column of [t.roles.target, ...t.periods.map((p) => p.column)]) {
        const figure = text(grid, row, column);
        if (figure === "" || figure === "Not available") continue;
        const number = /\d[\d.,]*%?/.exec(figure)![0];
        // The report writes `0.18 %` as well as `0.18%`.
        const numberPattern = new RegExp(number.replace(/[.]/g, "\\.").replace("%", " ?%"));
        if (!numberPattern.test(seedText)) missing.push(`${ref} figure ${figure}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test("current Q2 2016/17, previous Q1, and Q2 2015/16 as the same period last year", async () => {
    const { grid, tables } = await detectExample("corporate-plan-2016-q2.xlsx");
    const t = tables[0]!;
    expect(t.periods.map((p) => p.label)).toEqual([
      "Q2 Jul - Sep 2015/16",
      "Q1 Apr - June 2016/17",
      "Q2 Jul - Sep 2016/17",
    ]);
    expect(labelOf(t, t.current)).toBe("Q2 Jul - Sep 2016/17");
    expect(labelOf(t, t.comparison)).toBe("Q1 Apr - June 2016/17");
    const lastYear = detectScorecard(grid, { compare: { kind: "last-year" } })[0]!;
    expect(labelOf(lastYear, lastYear.comparison)).toBe("Q2 Jul - Sep 2015/16");
  });
});
