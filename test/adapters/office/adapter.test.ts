import path from "node:path";
import { readWorkbook } from "../../../src/adapters/xlsx/read-workbook";
import { gridFromRows, type CellValue, type Grid } from "../../../src/domain/sheet/grid";
import { detectScorecard } from "../../../src/domain/layout";
import { assessTable } from "../../../src/domain/assessment/assess";
import { measureRows } from "../../../src/domain/layout/rows";
import { planStatusWrites, type WritebackOptions } from "../../../src/domain/plan/writeback";
import { planReports } from "../../../src/domain/reports";
import { withOwnerTitle, type SheetPlan } from "../../../src/domain/plan/workbook-plan";
import { SETTINGS_KEY } from "../../../src/domain/choices/settings";
import { createOfficeGateway } from "../../../src/adapters/office/office-gateway";
import { RESTORE_SHEET } from "../../../src/adapters/office/owned-sheets";
import { fromParts, RESTORE_NAMESPACE } from "../../../src/adapters/office/restore-store";
import { MockWorkbook } from "../../support/mock-workbook";

const example = path.resolve(__dirname, "../../../examples/council-plan-2019-q1.xlsx");

function gatewayFor(wb: MockWorkbook) {
  return createOfficeGateway(wb.excel().run, wb.supports);
}

/** A scorecard of n measures with no status or DOT columns, like the directorate tables. */
function scorecard(n: number): Grid {
  const rows: CellValue[][] = [
    [
      "Ref No.",
      "Measure",
      "Good performance",
      "Frequency of reporting",
      "Target",
      "Q1 Apr - June 2023/24",
      "Q2 Jul - Sep 2023/24",
    ],
  ];
  for (let i = 0; i < n; i++)
    rows.push([
      `M${i + 1}`,
      `Measure ${i + 1}`,
      i % 2 ? "low" : "high",
      "Monthly",
      i % 3 ? "85.0%" : "<8%",
      `${70 + (i % 20)}.5%`,
      `${71 + (i % 19)}.2%`,
    ]);
  return gridFromRows("Scorecard", rows);
}

/** Detect the grid's first table, judge it and plan its write-back (symbols, keeping what is recorded, unless told). */
function plan(grid: Grid, options: Partial<WritebackOptions> = {}) {
  const [table] = detectScorecard(grid);
  if (table === undefined) throw new Error("no table");
  const measures = assessTable(measureRows(grid, table));
  return {
    table,
    measures,
    plan: planStatusWrites(measureRows(grid, table), measures, {
      mode: "value",
      recorded: "keep",
      dotStyle: "arrow",
      ...options,
    }),
  };
}

describe("reading the sheet", () => {
  it("reads the used range into the same grid as the file adapter, in two syncs", async () => {
    const { grids } = await readWorkbook(example);
    const wb = MockWorkbook.fromGrids(grids);
    const read = await gatewayFor(wb).readSheet("used-range");
    expect(wb.syncs).toBe(2);
    const file = grids[0] as Grid;
    expect(read.grid.sheet).toBe(file.sheet);
    expect(read.grid.values.length).toBe(file.values.length);
    const tables = detectScorecard(read.grid);
    expect(tables.flatMap((t) => t.measures).length).toBe(10);
    expect(read.warning).toBeNull();
  });

  it("falls back to detection with a visible warning when the saved settings are corrupt or hostile", async () => {
    const hostile = [
      "{not json",
      JSON.stringify({
        version: 1,
        sheet: "x",
        roles: { "3": "rm -rf" },
        compare: "previous",
        tolerance: "5%",
        dotStyle: "arrow",
        mode: "value",
        recorded: "keep",
      }),
      JSON.stringify({ version: 1, sheet: "x".repeat(5000) }),
      JSON.stringify({
        version: 1,
        sheet: "s",
        roles: {},
        compare: "previous",
        tolerance: "5%",
        dotStyle: "arrow",
        mode: "value",
        recorded: "keep",
        extra: "unknown key",
      }),
      "x".repeat(200_000),
    ];
    for (const stored of hostile) {
      const wb = MockWorkbook.fromGrids([scorecard(3)]);
      wb.settings.set(SETTINGS_KEY, stored);
      const read = await gatewayFor(wb).readSheet("used-range");
      expect(read.settings).toBeNull();
      expect(read.warning).toMatch(/settings .*detected afresh/);
      expect(detectScorecard(read.grid)).toHaveLength(1);
    }
  });
});

describe("reading again after a write", () => {
  it("reads the scorecard sheet by name after a report sheet became the active one, in two syncs", async () => {
    const grid = scorecard(5);
    const wb = MockWorkbook.fromGrids([grid]);
    const gateway = gatewayFor(wb);
    await gateway.writeReport(
      withOwnerTitle({
        kind: "summary",
        name: "Summary",
        rows: [[{ value: { kind: "text", text: "Counts" } }]],
        columnWidths: [],
      }),
    );
    expect(wb.active).toBe("Summary");
    const syncs = wb.syncs;
    const again = await gateway.readAgain("Scorecard", null);
    expect(wb.syncs - syncs).toBe(2);
    expect(again.grid.sheet).toBe("Scorecard");
    expect(again.grid.values).toEqual(grid.values);
  });

  it("reads the same rectangle again when the first read was a selection", async () => {
    const wb = MockWorkbook.fromGrids([scorecard(5)]);
    const again = await gatewayFor(wb).readAgain("Scorecard", {
      rowIndex: 1,
      columnIndex: 1,
      rowCount: 2,
      columnCount: 3,
    });
    expect(again.grid.top).toBe(2);
    expect(again.grid.left).toBe(2);
    expect(again.grid.values).toEqual([
      ["Measure 1", "high", "Monthly"],
      ["Measure 2", "low", "Monthly"],
    ]);
  });
});

describe("applying a plan", () => {
  it("writes symbols into two new columns with text-testing conditional formats", async () => {
    const grid = scorecard(3);
    const wb = MockWorkbook.fromGrids([grid]);
    const { plan: p } = plan(grid);
    const result = await gatewayFor(wb).applyPlan(p);
    expect(wb.cell("Scorecard", 1, 8)?.value).toBe("Overall status");
    expect(wb.cell("Scorecard", 1, 9)?.value).toBe("DOT");
    expect(["✓", "●", "✘"]).toContain(wb.cell("Scorecard", 2, 8)?.value);
    expect(["↑", "→", "↓"]).toContain(wb.cell("Scorecard", 2, 9)?.value);
    expect(result.cells).toBe(8);
    const rules = wb.sheets.get("Scorecard")?.conditionalFormats ?? [];
    expect(rules.find((r) => r.text === "✘")?.colour).toBe("#FFC7CE");
    expect(rules.find((r) => r.text === "✓")?.colour).toBe("#C6EFCE");
  });

  it("makes the same number of syncs for 50 and 5,000 measures, apart from chunks", async () => {
    const counts: { syncs: number; chunks: number; payload: number }[] = [];
    for (const n of [50, 5000]) {
      const grid = scorecard(n);
      const wb = MockWorkbook.fromGrids([grid]);
      const { plan: p } = plan(grid);
      const before = wb.syncs;
      const result = await gatewayFor(wb).applyPlan(p);
      counts.push({ syncs: wb.syncs - before, chunks: result.chunks, payload: wb.largestPayload });
      expect(result.syncs).toBe(wb.syncs - before);
    }
    const [small, big] = counts as [(typeof counts)[0], (typeof counts)[0]];
    expect(big.syncs - small.syncs).toBe(2 * (big.chunks - small.chunks));
    expect(big.payload).toBeLessThan(5 * 1024 * 1024);
  });

  it("writes live formulas in formula mode", async () => {
    const grid = scorecard(2);
    const wb = MockWorkbook.fromGrids([grid]);
    await gatewayFor(wb).applyPlan(plan(grid, { mode: "formula" }).plan);
    expect(wb.cell("Scorecard", 2, 8)?.formula).toBe("=KPI.STATUS(G2,E2,C2)");
    expect(wb.cell("Scorecard", 2, 9)?.formula).toBe("=KPI.DOT(G2,F2,C2)");
  });

  it("restores exactly what was there, every cell, after the restore point has been saved in the workbook", async () => {
    const { grids } = await readWorkbook(example);
    const wb = MockWorkbook.fromGrids(grids);
    const before = wb.snapshot();
    const grid = grids[0] as Grid;
    const tables = detectScorecard(grid);
    const edits = tables.map((t) =>
      planStatusWrites(measureRows(grid, t), assessTable(measureRows(grid, t)), {
        mode: "value",
        recorded: "replace",
        dotStyle: "word",
      }),
    );
    const gateway = gatewayFor(wb);
    await gateway.applyPlan({
      edits: edits.flatMap((e) => e.edits),
      addedColumns: [],
      colourRanges: edits.flatMap((e) => e.colourRanges),
      symbolsNotFormulas: 0,
      anchors: edits.flatMap((e) => e.anchors),
      sheets: [],
    });
    expect(wb.snapshot()).not.toEqual(before);
    // Kept in the workbook's custom XML, not in a very hidden sheet: nothing the write did clears Excel's undo.
    expect(wb.sheets.has(RESTORE_SHEET)).toBe(false);
    expect(wb.customXml.map((p) => p.namespace)).toEqual([RESTORE_NAMESPACE]);
    expect(wb.undoCleared).toEqual([]);
    const point = await gateway.restorePoint();
    expect(point?.cells).toBeGreaterThan(0);
    await gateway.restorePrevious();
    const after = wb.snapshot();
    expect(after["Council Plan Q1 2019-20"]).toEqual(before["Council Plan Q1 2019-20"]);
    expect(await gateway.restorePoint()).toBeNull();
  });
});

describe("colour rules on the status and DOT columns", () => {
  const rulesOf = (wb: MockWorkbook) => wb.sheets.get("Scorecard")?.conditionalFormats ?? [];
  /** An officer's own rule on the status column, there before the add-in. */
  const officersRule = { id: "{officer}", r0: 1, c0: 7, rows: 3, cols: 1, text: "Red", colour: "#FF0000" };
  /** Rules that look like the add-in's but are not: another colour, or a wider range. */
  const lookalikes = [
    { id: "{a}", r0: 1, c0: 7, rows: 3, cols: 1, text: "✘", colour: "#FF0000" },
    { id: "{b}", r0: 0, c0: 7, rows: 10, cols: 1, text: "✓", colour: "#C6EFCE" },
  ];

  it("adds one set of text rules per column, each over the table's measure rows, and one on each added heading", async () => {
    const grid = scorecard(3);
    const wb = MockWorkbook.fromGrids([grid]);
    await gatewayFor(wb).applyPlan(plan(grid).plan);
    const rules = rulesOf(wb).filter((r) => r.r0 === 1);
    expect(
      rules
        .filter((r) => r.c0 === 7)
        .map((r) => r.text)
        .sort(),
    ).toEqual(["✓", "●", "✘", "✱", "□", "■"].sort());
    // "–" and "Not applicable" are grey, as the file adapter paints them.
    expect(
      rules
        .filter((r) => r.c0 === 8)
        .map((r) => r.text)
        .sort(),
    ).toEqual(["↑", "→", "↓", "–", "Improved", "Stable", "Worse", "Not applicable"].sort());
    expect(rules.every((r) => r.rows === 3 && r.cols === 1)).toBe(true);
    expect(
      rulesOf(wb)
        .filter((r) => r.r0 === 0)
        .map((r) => [r.c0, r.text, r.rows]),
    ).toEqual(
      expect.arrayContaining([
        [7, "Overall status", 1],
        [8, "DOT", 1],
      ]),
    );
  });

  it("adds no second set when applied again, and keeps an officer's own rule through apply and restore", async () => {
    const grid = scorecard(3);
    const wb = MockWorkbook.fromGrids([grid]);
    wb.sheets.get("Scorecard")?.conditionalFormats.push({ ...officersRule });
    const gateway = gatewayFor(wb);
    // Each write planned from the sheet as it is then, as the pane does after each Find.
    const replace = async () => {
      return plan((await gateway.readSheet("used-range")).grid, { recorded: "replace" }).plan;
    };
    await gateway.applyPlan(await replace());
    expect(rulesOf(wb)).toHaveLength(17);
    // Again, as an officer would after changing a figure: the same ranges, so no new rules.
    await gateway.applyPlan(await replace());
    expect(rulesOf(wb)).toHaveLength(17);
    expect(rulesOf(wb)).toContainEqual(officersRule);
    // The last write added no rules, so restoring it leaves the first write's colours in place.
    await gateway.restorePrevious();
    expect(rulesOf(wb)).toHaveLength(17);
  });

  it("removes exactly the rules a write added when that write is restored", async () => {
    const grid = scorecard(3);
    const wb = MockWorkbook.fromGrids([grid]);
    wb.sheets.get("Scorecard")?.conditionalFormats.push({ ...officersRule });
    const gateway = gatewayFor(wb);
    await gateway.applyPlan(plan(grid).plan);
    expect(rulesOf(wb)).toHaveLength(17);
    await gateway.restorePrevious();
    expect(rulesOf(wb)).toEqual([officersRule]);
  });

  it("knows its own rules by what they say and where, so an officer's look-alike rules are never removed", async () => {
    const grid = scorecard(3);
    const wb = MockWorkbook.fromGrids([grid]);
    wb.sheets.get("Scorecard")?.conditionalFormats.push(...lookalikes.map((r) => ({ ...r })));
    const gateway = gatewayFor(wb);
    await gateway.applyPlan(plan(grid).plan);
    expect(rulesOf(wb)).toHaveLength(16 + 2);
    await gateway.restorePrevious();
    expect(rulesOf(wb)).toEqual(lookalikes);
  });

  it("puts back the whole set when an officer deleted one of the add-in's rules, and adds none twice", async () => {
    const grid = scorecard(3);
    const wb = MockWorkbook.fromGrids([grid]);
    const gateway = gatewayFor(wb);
    await gateway.applyPlan(plan(grid).plan);
    const sheet = wb.sheets.get("Scorecard");
    if (sheet === undefined) throw new Error("no sheet");
    sheet.conditionalFormats = sheet.conditionalFormats.filter((r) => r.text !== "✘");
    await gateway.applyPlan(plan((await gateway.readSheet("used-range")).grid, { recorded: "replace" }).plan);
    expect(
      rulesOf(wb)
        .filter((r) => r.c0 === 7 && r.r0 === 1)
        .map((r) => r.text)
        .sort(),
    ).toEqual(["■", "□", "●", "✓", "✘", "✱"].sort());
  });

  it("colours value arrows by measure: a run is split where the same arrow needs another colour", async () => {
    const grid = scorecard(3);
    const wb = MockWorkbook.fromGrids([grid]);
    await gatewayFor(wb).applyPlan(plan(grid, { dotStyle: "value" }).plan);
    // Each arrow has one colour within each rule set's range.
    const dot = rulesOf(wb).filter((r) => r.c0 === 8 && r.r0 >= 1);
    expect(dot.length).toBeGreaterThan(0);
    for (const r of dot) expect(dot.filter((o) => o.r0 === r.r0 && o.text === r.text)).toHaveLength(1);
    expect(rulesOf(wb).filter((r) => r.c0 === 7 && r.r0 === 1)).toHaveLength(6);
  });
});

describe("report sheets", () => {
  function summary(grid: Grid): SheetPlan {
    const { measures } = plan(grid);
    const [sheet] = planReports(
      measures,
      { title: "t", currentLabel: null, comparisonLabel: null, basis: "computed" },
      ["summary"],
    );
    if (sheet === undefined) throw new Error("no summary");
    return withOwnerTitle(sheet);
  }

  it("refreshes its own Summary in place and leaves a user's sheet called Summary alone", async () => {
    const grid = scorecard(4);
    const wb = MockWorkbook.fromGrids([grid]);
    wb.addSheet("Summary").cells.set("0,0", { value: "My own notes", formula: null, format: "General" });
    const gateway = gatewayFor(wb);
    const first = await gateway.writeReport(summary(grid));
    expect(first.name).toBe("Summary (KPI)");
    expect(wb.cell("Summary", 1, 1)?.value).toBe("My own notes");
    const second = await gateway.writeReport(summary(grid));
    expect(second.name).toBe("Summary (KPI)");
    expect([...wb.sheets.keys()]).toEqual(["Scorecard", "Summary", "Summary (KPI)"]);
    expect(wb.active).toBe("Summary (KPI)");
  });

  it("writes text from users' cells as text: a title beginning = + - @ never becomes a formula", async () => {
    const grid = gridFromRows("Scorecard", [
      ["Ref No.", "Measure", "Good performance", "Target", "Q1 Apr - June 2023/24", "Q2 Jul - Sep 2023/24"],
      ["=1+1", '=HYPERLINK("http://example.com","x")', "high", "90%", "80%", "70%"],
      ["R2", "+44 helpline calls answered", "high", "90%", "80%", "70%"],
      ["R3", "@SUM(A1:A2)", "high", "90%", "80%", "70%"],
      ["R4", "-1 more than last year", "high", "90%", "80%", "70%"],
    ]);
    const wb = MockWorkbook.fromGrids([grid]);
    const { measures } = plan(grid);
    const gateway = gatewayFor(wb);
    for (const sheet of planReports(
      measures,
      { title: "t", currentLabel: null, comparisonLabel: null, basis: "computed" },
      ["summary", "exceptions", "checks"],
    )) {
      await gateway.writeReport(withOwnerTitle(sheet));
    }
    const texts: string[] = [];
    for (const name of ["Summary", "Exceptions", "Checks"]) {
      for (const cell of wb.sheets.get(name)?.cells.values() ?? []) {
        expect(cell.formula).toBeNull();
        if (typeof cell.value === "string") texts.push(cell.value);
      }
    }
    expect(texts).toContain('=HYPERLINK("http://example.com","x")');
    expect(texts).toContain("+44 helpline calls answered");
    expect(texts).toContain("@SUM(A1:A2)");
  });
});

describe("convert formulas to values", () => {
  it("freezes KPI formulas into their results and keeps a restore point", async () => {
    const wb = MockWorkbook.fromGrids([gridFromRows("S", [["a"]])]);
    const sheet = wb.sheets.get("S");
    sheet?.cells.set("1,0", { value: "✘", formula: "=KPI.STATUS(B2,C2,D2)", format: "General" });
    sheet?.cells.set("2,0", { value: "✓", formula: "=KPI.STATUS(B3,C3,D3)", format: "General" });
    sheet?.cells.set("3,0", { value: 3, formula: "=1+2", format: "General" });
    const gateway = gatewayFor(wb);
    expect(await gateway.convertFormulasToValues()).toEqual({ converted: 2, errors: 0, spilling: 0 });
    expect(wb.cell("S", 2, 1)).toMatchObject({ value: "✘", formula: null });
    expect(wb.cell("S", 4, 1)).toMatchObject({ formula: "=1+2" });
    await gateway.restorePrevious();
    expect(wb.cell("S", 2, 1)?.formula).toBe("=KPI.STATUS(B2,C2,D2)");
  });
});

describe("convert formulas to values: numbers, errors and nested KPI calls", () => {
  it("keeps a number's format, leaves an error formula, and freezes a KPI call inside another function", async () => {
    const wb = MockWorkbook.fromGrids([gridFromRows("S", [["a"]])]);
    const sheet = wb.sheets.get("S");
    sheet?.cells.set("1,0", { value: 0.05, formula: '=KPI.VARIANCE("84%","80%")', format: "0.0%" });
    sheet?.cells.set("2,0", { value: "#VALUE!", formula: '=KPI.RAG("soon","80%")', format: "General" });
    sheet?.cells.set("3,0", { value: "Green", formula: '=IF(A1>0,KPI.RAG("84%","80%"),"")', format: "General" });
    const outcome = await gatewayFor(wb).convertFormulasToValues();
    expect(outcome).toEqual({ converted: 2, errors: 1, spilling: 0 });
    expect(wb.cell("S", 2, 1)).toMatchObject({ value: 0.05, formula: null, format: "0.0%" });
    expect(wb.cell("S", 3, 1)).toMatchObject({ formula: '=KPI.RAG("soon","80%")' });
    expect(wb.cell("S", 4, 1)).toMatchObject({ value: "Green", formula: null, format: "@" });
  });
});

describe("writing only into the sheet that was read", () => {
  it("writes nothing, and keeps no restore point, when a cell changed after the sheet was read", async () => {
    const grid = scorecard(3);
    const wb = MockWorkbook.fromGrids([grid]);
    const { plan: p } = plan(grid);
    // An officer types a judgement into the first status cell after Find.
    wb.sheets.get("Scorecard")?.cells.set("1,7", { value: "● recovery plan", formula: null, format: "General" });
    const before = wb.snapshot();
    await expect(gatewayFor(wb).applyPlan(p)).rejects.toThrow(
      /has changed since it was read: H2 now holds "● recovery plan". Nothing was written/,
    );
    expect(wb.snapshot()).toEqual(before);
    expect(await gatewayFor(wb).restorePoint()).toBeNull();
    expect(wb.sheets.get("Scorecard")?.conditionalFormats).toEqual([]);
  });
});

describe("restoring exactly, and only what is still the add-in's", () => {
  function withStatuses(statuses: (string | number | boolean)[]): Grid {
    const rows: CellValue[][] = [
      [
        "Ref No.",
        "Measure",
        "Good performance",
        "Target",
        "Q1 Apr - June 2023/24",
        "Q2 Jul - Sep 2023/24",
        "Overall status",
        "DOT",
      ],
    ];
    statuses.forEach((s, i) => rows.push([`M${i + 1}`, `Measure ${i + 1}`, "High", "80%", "70%", "75%", s, null]));
    return gridFromRows("Scorecard", rows);
  }

  it("puts back text that Excel would otherwise read as a number, a percentage, TRUE or a formula", async () => {
    const odd = ["0123", "+5%", "TRUE", "=", "1/2", "-"];
    const grid = withStatuses(odd);
    const wb = MockWorkbook.fromGrids([grid]);
    const before = wb.snapshot();
    const gateway = gatewayFor(wb);
    await gateway.applyPlan(plan(grid, { recorded: "replace" }).plan);
    expect(wb.cell("Scorecard", 2, 7)?.value).toBe("✘");
    await gateway.restorePrevious();
    expect(wb.snapshot()["Scorecard"]).toEqual(before["Scorecard"]);
    expect(odd.map((_, i) => wb.cell("Scorecard", i + 2, 7)?.value)).toEqual(odd);
  });

  it("leaves a cell an officer changed after the write, and says how many", async () => {
    const grid = scorecard(4);
    const wb = MockWorkbook.fromGrids([grid]);
    const gateway = gatewayFor(wb);
    await gateway.applyPlan(plan(grid).plan);
    wb.sheets.get("Scorecard")?.cells.set("2,7", { value: "● agreed at Cabinet", formula: null, format: "General" });
    const outcome = await gateway.restorePrevious();
    expect(outcome?.kept).toBe(1);
    expect(wb.cell("Scorecard", 3, 8)?.value).toBe("● agreed at Cabinet");
    // Every other cell of the write is empty again, as before it.
    for (const row of [1, 2, 4, 5]) expect(wb.cell("Scorecard", row, 8)?.value ?? null).toBeNull();
  });

  it("refuses, saying which, when the sheet the write changed has gone", async () => {
    const grid = scorecard(2);
    const wb = MockWorkbook.fromGrids([grid]);
    const gateway = gatewayFor(wb);
    await gateway.applyPlan(plan(grid).plan);
    const sheet = wb.sheets.get("Scorecard");
    if (sheet === undefined) throw new Error("no sheet");
    wb.sheets.delete("Scorecard");
    wb.sheets.set("Scorecard Q2", { ...sheet, name: "Scorecard Q2" });
    await expect(gateway.restorePrevious()).rejects.toThrow(
      'The sheet "Scorecard" that the last write changed is no longer in this workbook',
    );
  });
});

describe("reading a selection", () => {
  it("reads only the used part of the selection, so whole columns are not millions of cells", async () => {
    const wb = MockWorkbook.fromGrids([scorecard(5)]);
    wb.selection = { r0: 0, c0: 0, rows: 1_048_576, cols: 4 };
    const read = await gatewayFor(wb).readSheet("selection");
    expect(read.grid.values.length).toBe(6);
    expect(read.grid.values[0]?.length).toBe(4);
  });
});

describe("more that changed since the read, and what Restore keeps", () => {
  it("writes nothing when a row was inserted above the table after the read, even where the cells written were empty", async () => {
    const grid = scorecard(3);
    const wb = MockWorkbook.fromGrids([grid]);
    const { plan: p } = plan(grid);
    // Everything moves down a row, as Excel's Insert Row does.
    const sheet = wb.sheets.get("Scorecard");
    if (sheet === undefined) throw new Error("no sheet");
    sheet.cells = new Map(
      [...sheet.cells].map(([k, c]) => {
        const [r, col] = k.split(",").map(Number) as [number, number];
        return [`${r + 1},${col}`, c];
      }),
    );
    sheet.cells.set("0,0", { value: "Quarter 2 report", formula: null, format: "General" });
    const before = wb.snapshot();
    await expect(gatewayFor(wb).applyPlan(p)).rejects.toThrow(
      /B1 held "Measure" and now holds "" \(rows inserted or moved\?\)/,
    );
    expect(wb.snapshot()).toEqual(before);
  });

  it("puts back text Excel would read as money, a negative number or a date", async () => {
    const odd = ["(123)", "$100", "£5", "€5", "Mar-24", "March 2024"];
    const rows: CellValue[][] = [
      [
        "Ref No.",
        "Measure",
        "Good performance",
        "Target",
        "Q1 Apr - June 2023/24",
        "Q2 Jul - Sep 2023/24",
        "Overall status",
        "DOT",
      ],
    ];
    odd.forEach((s, i) => rows.push([`M${i + 1}`, `Measure ${i + 1}`, "High", "80%", "70%", "75%", s, null]));
    const grid = gridFromRows("Scorecard", rows);
    const wb = MockWorkbook.fromGrids([grid]);
    const gateway = gatewayFor(wb);
    await gateway.applyPlan(plan(grid, { recorded: "replace" }).plan);
    // The restore point keeps each as Excel's text prefix would: an apostrophe before the text.
    const kept = wb.customXml[0]?.xml;
    expect(kept).toContain(`"'(123)"`);
    expect(kept).toContain(`"'March 2024"`);
    await gateway.restorePrevious();
    expect(odd.map((_, i) => wb.cell("Scorecard", i + 2, 7)?.value)).toEqual(odd);
  });

  it("restores from the very hidden sheet an earlier version kept, rules named by id and all, and empties it without unhiding or deleting it", async () => {
    const grid = scorecard(3);
    const wb = MockWorkbook.fromGrids([grid]);
    const before = wb.snapshot()["Scorecard"];
    const gateway = gatewayFor(wb);
    await gateway.applyPlan(plan(grid).plan);
    // Move the restore point into the sheet, in the earlier version's rows: a header, one row per range, one per rule set (with ids).
    const stored = fromParts(wb.customXml.map((p) => p.xml));
    if (stored === null) throw new Error("no restore point");
    wb.customXml = [];
    const old = wb.addSheet(RESTORE_SHEET);
    old.visibility = "VeryHidden";
    const rows: string[][] = [["KPI Scorecard restore point", stored.savedAt, stored.sheet, String(stored.cells), ""]];
    for (const r of stored.ranges)
      rows.push([
        r.sheet,
        r.address,
        JSON.stringify(r.formulas),
        JSON.stringify(r.numberFormat),
        JSON.stringify(r.written),
      ]);
    for (const r of stored.rules) rows.push(["[rules]", JSON.stringify({ ...r, ids: ["{1}", "{2}"] }), "", "", ""]);
    rows.forEach((row, y) =>
      row.forEach((v, x) => v !== "" && old.cells.set(`${y},${x}`, { value: v, formula: null, format: "@" })),
    );
    expect((await gateway.restorePoint())?.cells).toBe(stored.cells);
    await gateway.restorePrevious();
    expect(wb.sheets.get("Scorecard")?.conditionalFormats).toEqual([]);
    expect(wb.snapshot()["Scorecard"]).toEqual(before);
    expect(old.cells.size).toBe(0);
    expect(old.visibility).toBe("VeryHidden");
    expect(wb.undoCleared).toEqual([]);
  });

  it("refuses a damaged restore point, and accepts none that fails validation", async () => {
    const grid = scorecard(2);
    const wb = MockWorkbook.fromGrids([grid]);
    const gateway = gatewayFor(wb);
    await gateway.applyPlan(plan(grid).plan);
    const part = wb.customXml[0];
    if (part === undefined) throw new Error("no part");
    part.xml = part.xml.replace(/"address":"[A-Z]+\d+(:[A-Z]+\d+)?"/, '"address":"=HYPERLINK(1)"');
    expect(await gateway.restorePoint()).toBeNull();
    await expect(gateway.restorePrevious()).rejects.toThrow(
      "The restore point in this workbook is damaged; nothing was restored.",
    );
  });
});

describe("reading a selection beside other columns", () => {
  it("does not take the columns right of the selection for free ones: the added columns go past the sheet's data", async () => {
    const grid = scorecard(3);
    const withNotes: Grid = {
      ...grid,
      values: grid.values.map((r, i) => [...r, i === 0 ? "Data notes" : `note ${i}`]),
      text: grid.text.map((r, i) => [...r, i === 0 ? "Data notes" : `note ${i}`]),
      formats: grid.formats.map((r) => [...r, "General"]),
    };
    const wb = MockWorkbook.fromGrids([withNotes]);
    // The officer selects A1:G4, leaving out the notes in H.
    wb.selection = { r0: 0, c0: 0, rows: 4, cols: 7 };
    const gateway = gatewayFor(wb);
    const read = await gateway.readSheet("selection");
    expect(read.grid.values[0]?.length).toBe(7);
    expect(read.grid.usedRight).toBe(8);
    await gateway.applyPlan(plan(read.grid).plan);
    expect(wb.cell("Scorecard", 2, 8)?.value).toBe("note 1");
    expect(wb.cell("Scorecard", 1, 9)?.value).toBe("Overall status");
  });
});

describe("convert formulas to values: what it leaves", () => {
  it("leaves a KPI call given a range (it spills) and a formula that only mentions KPI. in its text", async () => {
    const wb = MockWorkbook.fromGrids([gridFromRows("S", [["a"]])]);
    const sheet = wb.sheets.get("S");
    sheet?.cells.set("1,0", { value: "✘", formula: "=KPI.STATUS(B2:B9,C2:C9,D2:D9)", format: "General" });
    sheet?.cells.set("2,0", { value: "see KPI. notes", formula: '="see KPI. notes"', format: "General" });
    sheet?.cells.set("3,0", { value: "✓", formula: "=KPI.STATUS(B4,C4,D4)", format: "General" });
    expect(await gatewayFor(wb).convertFormulasToValues()).toEqual({ converted: 1, errors: 0, spilling: 1 });
    expect(wb.cell("S", 2, 1)?.formula).toBe("=KPI.STATUS(B2:B9,C2:C9,D2:D9)");
    expect(wb.cell("S", 3, 1)?.formula).toBe('="see KPI. notes"');
    expect(wb.cell("S", 4, 1)).toMatchObject({ value: "✓", formula: null });
  });
});
