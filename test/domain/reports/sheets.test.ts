import {
  findAreasForImprovement,
  findRedFlags,
  planChecksSheet,
  planExceptionsSheet,
  planReports,
  planSummarySheet,
  runHealthChecks,
  summarise,
  type ReportMeta,
} from "../../../src/domain/reports";
import type { PlanCell, SheetPlan } from "../../../src/domain/plan/workbook-plan";
import { councilPlanQ1, CURRENT, measure, PREVIOUS, priorityOne } from "./factory";

const meta: ReportMeta = {
  title: "council-plan-2019-q1.xlsx",
  currentLabel: CURRENT,
  comparisonLabel: PREVIOUS,
  basis: "recorded-else-computed",
};

const textOf = (c: PlanCell | undefined): string | null => (c?.value.kind === "text" ? c.value.text : null);
const texts = (sheet: SheetPlan): string[] =>
  sheet.rows.flatMap((r) => r.map(textOf)).filter((x): x is string => x !== null);
/** The row whose first cell reads `first`, after the row whose first cell reads `after` (to pick the right table). */
function rowStarting(sheet: SheetPlan, first: string, after?: string): PlanCell[] {
  const start = after === undefined ? 0 : sheet.rows.findIndex((r) => textOf(r[0]) === after);
  const row = sheet.rows.slice(Math.max(start, 0)).find((r) => textOf(r[0]) === first);
  if (row === undefined) throw new Error(`no row starting ${first}`);
  return row;
}
const numberAt = (row: PlanCell[], i: number) => {
  const v = row[i]?.value;
  return v?.kind === "number" ? v : null;
};

describe("the Summary sheet", () => {
  const sheet = planSummarySheet(summarise(priorityOne(), { basis: "computed" }), {
    ...meta,
    currentLabel: "Q2 Jul - Sep 2016",
    comparisonLabel: "Q1 Apr - Jun 2016",
    basis: "computed",
  });
  const all = texts(sheet);

  it("has a title, the source and which statuses were counted", () => {
    expect(sheet).toMatchObject({ kind: "summary", name: "Summary" });
    expect(textOf(sheet.rows[0]?.[0])).toBe("KPI Scorecard: Summary");
    expect(all).toContain("council-plan-2019-q1.xlsx");
    expect(all).toContain("Period: Q2 Jul - Sep 2016, compared with Q1 Apr - Jun 2016");
    expect(all).toContain("Statuses: computed by KPI Scorecard");
    const defaultBasis = planSummarySheet(summarise(priorityOne()), meta);
    expect(texts(defaultBasis)).toContain("Statuses: recorded where present, else computed");
  });

  it("has the council key: six symbols and four arrows in the key's words", () => {
    const key = (symbol: string) => textOf(rowStarting(sheet, symbol, "Key")[1]);
    expect(key("✓")).toBe("Measure progressing above or in line with target set");
    expect(key("●")).toBe("Measure progress has been satisfactory but is not fully reaching target set");
    expect(key("✘")).toBe("Measure has not progressed in accordance with target set");
    expect(key("✱")).toBe("Measure under development (e.g. awaiting data collection or target-setting)");
    expect(key("□")).toBe(
      "Measure not applicable for target (e.g. baseline year, or not appropriate to set a specific target)",
    );
    expect(key("■")).toBe(
      "Measure information not yet available (e.g. due to infrequency or timing of information/data)",
    );
    expect(key("↑")).toBe("Numbers have improved");
    expect(key("→")).toBe("Numbers are stable");
    expect(key("↓")).toBe("Numbers have got worse");
    expect(key("–")).toBe("Direction of travel not applicable");
    expect(rowStarting(sheet, "✓", "Key")[0]?.fill).toBe("green");
    expect(rowStarting(sheet, "●", "Key")[0]?.fill).toBe("amber");
    expect(rowStarting(sheet, "✘", "Key")[0]?.fill).toBe("red");
    expect(rowStarting(sheet, "■", "Key")[0]?.fill).toBe("grey");
  });

  it("has the status table: count, % of all, % of measured, and last period's count and shares, as 0.0% numbers", () => {
    const on = rowStarting(sheet, "✓", "Status");
    expect(textOf(on[1])).toBe("Measure progressing above or in line with target set");
    expect(numberAt(on, 2)?.number).toBe(2);
    expect(numberAt(on, 3)?.number).toBeCloseTo(2 / 27);
    expect(numberAt(on, 3)?.format).toBe("0.0%");
    expect(numberAt(on, 4)?.number).toBeCloseTo(2 / 15);
    expect(numberAt(on, 5)?.number).toBe(1);
    expect(numberAt(on, 7)?.number).toBeCloseTo(1 / 13);
    const notAvailable = rowStarting(sheet, "■", "Status");
    expect(numberAt(notAvailable, 2)?.number).toBe(8);
    expect(textOf(notAvailable[4])).toBe("–"); // not part of "those measured"
    expect(numberAt(notAvailable, 5)?.number).toBe(10);
    const total = rowStarting(sheet, "Total", "Status");
    expect(numberAt(total, 2)?.number).toBe(27);
    expect(textOf(total[1])).toBe("15 measured this period");
  });

  it("has the direction of travel table", () => {
    const improved = rowStarting(sheet, "↑", "Direction of travel");
    expect(textOf(improved[1])).toBe("Numbers have improved");
    expect(numberAt(improved, 2)?.number).toBe(6);
    expect(numberAt(improved, 3)?.number).toBeCloseTo(6 / 27);
    expect(numberAt(improved, 4)?.number).toBeCloseTo(0.4);
    expect(improved[0]?.fill).toBe("green");
    expect(numberAt(rowStarting(sheet, "–", "Direction of travel"), 2)?.number).toBe(12);
  });

  it("breaks down by group, by frequency, and for priority measures", () => {
    const group = rowStarting(sheet, "Priority 1 - Every child making the best start in life", "By group");
    // The name spans A:B; then measures, measured, the share on target, and the counts by status.
    expect(group[0]?.span).toBe(2);
    expect([2, 3, 5, 6, 7].map((i) => numberAt(group, i)?.number)).toEqual([27, 15, 2, 9, 4]);
    expect(numberAt(group, 4)).toEqual({ kind: "number", number: 2 / 15, format: "0.0%" });
    const quarterly = rowStarting(sheet, "Quarterly", "By frequency of reporting");
    expect(numberAt(quarterly, 2)?.number).toBe(27);
    expect(all).toContain("Priority measures (9)");
    const priorityOff = rowStarting(sheet, "✘", "Priority measures (9)");
    expect(numberAt(priorityOff, 2)?.number).toBe(3);
    expect(numberAt(priorityOff, 4)?.number).toBeCloseTo(0.5);
  });

  it("writes the report's sentences for all measures and each group, this quarter against last quarter", () => {
    expect(all).toContain(
      "• 2 measures (13.3% of those measured this quarter) are progressing above or in line with target set, compared to 1 measure (7.7%) last quarter",
    );
    expect(all.filter((x) => x.startsWith("• 2 measures (13.3%"))).toHaveLength(2); // all measures, then the one group
    expect(all).not.toContain(expect.stringMatching(/^• 0 measures .*under development/));
  });

  it("says this period, and leaves out comparisons, when the periods are unknown", () => {
    const plain = texts(
      planSummarySheet(summarise(priorityOne()), { ...meta, currentLabel: null, comparisonLabel: null }),
    );
    expect(plain).toContain(
      "• 2 measures (13.3% of those measured this period) are progressing above or in line with target set",
    );
    expect(plain.some((x) => x.includes("compared to"))).toBe(false);
  });

  it("names the comparison period when it is the same period last year", () => {
    const lastYear = texts(
      planSummarySheet(summarise(priorityOne()), {
        ...meta,
        comparisonLabel: "Q1 Apr - June 2018",
        comparisonKind: "last-year",
      }),
    );
    expect(lastYear.some((x) => x.endsWith("compared to 1 measure (7.7%) in Q1 Apr - June 2018"))).toBe(true);
  });

  it("says when no measure is a priority measure", () => {
    expect(texts(planSummarySheet(summarise([measure()]), meta))).toContain(
      'No measure is marked "(Priority measure)".',
    );
  });
});

describe("the Exceptions sheet", () => {
  const ms = councilPlanQ1();
  const sheet = planExceptionsSheet(findRedFlags(ms), findAreasForImprovement(ms), meta);

  it("lists the areas for improvement with the Cabinet line, and the red flags", () => {
    expect(texts(sheet)).toContain("Areas for improvement: off target and worsening (4)");
    const a2 = rowStarting(sheet, "1.A2");
    expect(a2.map(textOf).slice(0, 9)).toEqual([
      "1.A2",
      "The number of children subject to a child protection plan (rate per 10K population under 18)",
      "Ailsa Barr - CYPS",
      "lower is better",
      "90",
      null,
      null,
      expect.stringMatching(/^The numbers of children/),
      "(1.A2) The number of children subject to a child protection plan (rate per 10K population under 18) - 94.8 against a target of 90 (lower is better)",
    ]);
    // Figures are numbers in the format the sheet showed them in, so they sum and sort.
    expect(numberAt(a2, 5)).toEqual({ kind: "number", number: 94.8, format: "0.0" });
    expect(numberAt(a2, 6)).toEqual({ kind: "number", number: 88.9, format: "0.0" });
    expect(numberAt(a2, 13)?.number).toBe(8); // the sheet row, after Trend and Sheet
    expect(texts(sheet)).toContain("Red flags: off target last period and still off target (2)");
    // The red flags have the same columns as the areas above, so each heading is over its own kind of value.
    const b4 = rowStarting(sheet, "3.B4", "Red flags: off target last period and still off target (2)");
    expect(b4.map(textOf).slice(0, 5)).toEqual([
      "3.B4",
      "Number of missed bins per 100,000 collections",
      "Tom Smith - Regeneration and Environment",
      "lower is better",
      "50",
    ]);
    expect([numberAt(b4, 5), numberAt(b4, 6)]).toEqual([
      { kind: "number", number: 113, format: "0" },
      { kind: "number", number: 69.51, format: "0.00" },
    ]);
  });

  it("heads the value columns with the periods", () => {
    expect(texts(sheet)).toEqual(expect.arrayContaining([`Current (${CURRENT})`, `Previous (${PREVIOUS})`]));
  });

  it("says so when there is nothing to report", () => {
    expect(texts(planExceptionsSheet([], [], meta)).filter((x) => x === "None this period.")).toHaveLength(2);
  });
});

describe("the Checks sheet", () => {
  it("has one row per check, with the sheet, row and ref to go to", () => {
    const checks = runHealthChecks([
      measure({ ref: "1.A2", row: 9, frequency: "Monthly", current: "" }),
      measure({ ref: "1.A2", row: 10 }),
    ]);
    const sheet = planChecksSheet(checks, meta);
    expect(texts(sheet)).toContain("Health checks before publishing (2)");
    const first = rowStarting(sheet, "Monthly figure missing");
    expect(first.map(textOf)).toEqual([
      "Monthly figure missing",
      "Council Plan Q1 2019-20",
      null,
      "1.A2",
      "monthly measure with no figure for Q1 Apr - June 2019",
    ]);
    expect(numberAt(first, 2)?.number).toBe(9);
    expect(textOf(rowStarting(sheet, "Duplicate ref")[4])).toBe("ref 1.A2 is also used on row 9 of this table");
    expect(texts(planChecksSheet([], meta))).toContain("Nothing to fix.");
  });
});

describe("planReports", () => {
  it("plans the sheets asked for, in order, the same every time", () => {
    const ms = councilPlanQ1();
    const sheets = planReports(ms, { ...meta, generatedAt: "2019-07-31 10:00" }, ["checks", "summary"]);
    expect(sheets.map((s) => s.name)).toEqual(["Summary", "Checks"]);
    expect(planReports(ms, { ...meta, generatedAt: "2019-07-31 10:00" }, ["checks", "summary"])).toEqual(sheets);
    expect(texts(sheets[0] as SheetPlan)).toContain("Generated 2019-07-31 10:00");
    expect(planReports(ms, meta, [])).toEqual([]);
    expect(texts(planReports(ms, meta, ["summary"])[0] as SheetPlan).some((x) => x.startsWith("Generated"))).toBe(
      false,
    );
  });

  it("counts and lists by the basis it is given", () => {
    const [exceptions] = planReports(councilPlanQ1(), { ...meta, basis: "computed" }, ["exceptions"]);
    expect(texts(exceptions as SheetPlan)).toContain("Red flags: off target last period and still off target (3)");
  });

  it("passes the layout to the checks, so refs reused by another table are told apart", () => {
    const ms = [measure({ sheet: "Data", ref: "1", row: 5 }), measure({ sheet: "Data", ref: "1", row: 20 })];
    const layout = {
      tables: [
        { sheet: "Data", measures: [{ row: 5 }] },
        { sheet: "Data", measures: [{ row: 20 }] },
      ],
    };
    const [checks] = planReports(ms, meta, ["checks"], layout);
    expect(texts(checks as SheetPlan)).toContain("ref 1 is also used on row 5, in another table on this sheet");
  });
});

describe("text from users' cells", () => {
  const hostile = ['=HYPERLINK("http://example.com","x")', "+44 1709 382121", "-1 (see note)", "@SUM(A1:A3)"];
  const ms = hostile.map((s, i) =>
    measure({
      ref: s,
      measure: s,
      group: s,
      leadOfficer: s,
      notes: s,
      frequency: "Monthly",
      target: s,
      current: s,
      comparison: s,
      status: "near-target",
      comparisonStatus: "off-target",
      dot: "worse",
      recordedStatus: "off-target",
      recordedStatusText: s,
      row: 10 + i,
    }),
  );
  const sheets = planReports(
    ms,
    { ...meta, title: "=cmd|' /C calc'!A0", currentLabel: "=NOW()", comparisonLabel: "@prev" },
    ["summary", "exceptions", "checks"],
  );

  it("is never a formula in any generated sheet", () => {
    const cells = sheets.flatMap((s) => s.rows.flat());
    expect(cells.length).toBeGreaterThan(100);
    expect(cells.filter((c) => c.value.kind === "formula")).toEqual([]);
  });

  it("is kept as plain text, exactly as typed", () => {
    const all = sheets.flatMap(texts);
    for (const s of hostile) expect(all).toContain(s);
    expect(all).toContain("=cmd|' /C calc'!A0");
    // A ref that long is no code: it closes the line, still as text.
    expect(all).toContain(
      '=HYPERLINK("http://example.com","x") - =HYPERLINK("http://example.com","x") against a target of =HYPERLINK("http://example.com","x") (higher is better) (=HYPERLINK("http://example.com","x"))',
    );
  });
});
