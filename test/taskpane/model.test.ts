/** The pane's pure model over the real example scorecards: options, filters, where Apply writes, its words. */
import path from "node:path";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import type { Grid } from "../../src/domain/sheet/grid";
import { KpiSettingsSchema, readSettings } from "../../src/domain/choices/settings";
import { themeOf } from "../../src/taskpane/office-host";
import {
  applyMessage,
  DEFAULT_OPTIONS,
  filterCounts,
  filterMeasures,
  optionsFrom,
  periodLabels,
  planReportSheet,
  scoreSheet,
  settingsFrom,
  toleranceProblem,
  writeCounts,
  writeLabel,
  writePlaces,
  describePlace,
  errorWords,
  type PaneOptions,
} from "../../src/taskpane/model";

const examples = path.resolve(__dirname, "../../examples");
let directorate: Grid;
let councilPlan: Grid;

beforeAll(async () => {
  directorate = (await readWorkbook(path.join(examples, "directorate-performance-2023-q2.xlsx"))).grids[0] as Grid;
  councilPlan = (await readWorkbook(path.join(examples, "council-plan-2019-q1.xlsx"))).grids[0] as Grid;
});

describe("judging with the officer's choices", () => {
  it("finds the four directorate tables and their periods, oldest first", () => {
    const result = scoreSheet(directorate, DEFAULT_OPTIONS);
    expect(result.tables).toHaveLength(4);
    expect(result.measures).toHaveLength(31);
    const labels = periodLabels(result.tables.map((t) => t.table));
    expect(labels[labels.length - 2]).toBe("Q4 Jan - Mar 2023/24");
    expect(labels.indexOf("Q1 Apr - June 2023/24")).toBeLessThan(labels.indexOf("Q2 Jul - Sep 2023/24"));
  });

  it("follows a chosen current period and comparison", () => {
    const options: PaneOptions = { ...DEFAULT_OPTIONS, current: "Q1 Apr - June 2023/24" };
    const repeat = scoreSheet(directorate, options).measures.find((m) => m.measure.includes("repeat child protection"));
    expect(repeat?.current?.label).toBe("Q1 Apr - June 2023/24");
    expect(repeat?.current?.raw).toBe("10.3%");
  });

  it("follows a corrected column role: the target read as not used leaves no target", () => {
    const base = scoreSheet(directorate, DEFAULT_OPTIONS);
    const targetColumn = base.tables[0]?.table.roles.target as number;
    const corrected = scoreSheet(directorate, { ...DEFAULT_OPTIONS, roles: { [targetColumn]: "other" } });
    expect(corrected.tables[0]?.table.roles.target).toBeUndefined();
    expect(corrected.measures[0]?.reason).toMatch(/no target/);
  });

  it("reads a tolerance or says why not", () => {
    expect(toleranceProblem("2pp")).toBeNull();
    expect(toleranceProblem("0")).toBeNull();
    expect(toleranceProblem("five")).toMatch(/a tolerance is a percentage such as 5%/);
    const strict = scoreSheet(directorate, { ...DEFAULT_OPTIONS, tolerance: "0" });
    const homes = strict.measures.find((m) => m.measure.startsWith("All age total number of people supported"));
    expect(homes?.status).toBe("off-target"); // 903 against 860 was near target at 5%
  });
});

describe("settings kept in the workbook", () => {
  it("round-trips every choice through the zod schema", () => {
    const options: PaneOptions = {
      scope: "used-range",
      roles: { 3: "notes", 7: "target" },
      current: "Q2 Jul - Sep 2023/24",
      compare: { kind: "label", label: "Q2 Jul - Sep 2022/23" },
      tolerance: "2pp",
      dotStyle: "value",
      mode: "formula",
      recorded: "replace",
      basis: "computed",
    };
    const settings = settingsFrom("Directorate data Q2 2023-24", options);
    expect(KpiSettingsSchema.safeParse(settings).success).toBe(true);
    const read = readSettings(JSON.stringify(settings));
    if (read.kind !== "ok") throw new Error(`not ok: ${read.kind}`);
    expect(optionsFrom(read.settings, "used-range")).toEqual(options);
  });

  it("keeps a sheet name and labels within the schema's limits", () => {
    const long = "x".repeat(300);
    const settings = settingsFrom(long, { ...DEFAULT_OPTIONS, current: long, compare: { kind: "label", label: long } });
    expect(KpiSettingsSchema.safeParse(settings).success).toBe(true);
  });
});

describe("the preview's filters", () => {
  it("counts and shows off-target, differs-from-recorded and missing-data measures", () => {
    const { measures } = scoreSheet(directorate, DEFAULT_OPTIONS);
    const counts = filterCounts(measures);
    expect(counts["off-target"]).toBe(10);
    expect(counts.missing).toBe(4);
    expect(filterMeasures(measures, new Set(["off-target"]))).toHaveLength(10);
    expect(filterMeasures(measures, new Set())).toHaveLength(31);
    // Any of the chosen filters, not all.
    const either = filterMeasures(measures, new Set(["off-target", "missing"]));
    expect(either.length).toBe(measures.filter((m) => m.status === "off-target" || m.current?.reading.kind === "missing" || m.current?.reading.kind === "unreadable").length);
  });

  it("names the council plan measures whose recorded judgement differs from the computed one", () => {
    const { measures } = scoreSheet(councilPlan, DEFAULT_OPTIONS);
    const differs = filterMeasures(measures, new Set(["differs"]));
    for (const m of differs) expect(m.recordedStatus !== m.status || (m.recordedDot !== null && m.recordedDot !== m.dot)).toBe(true);
    expect(differs.length).toBe(filterCounts(measures).differs);
  });
});

describe("what Apply writes", () => {
  it("adds two columns after the last period on the directorate tables, and says where", () => {
    const places = writePlaces(scoreSheet(directorate, DEFAULT_OPTIONS));
    expect(places).toHaveLength(4);
    expect(places.every((p) => p.addsStatus && p.addsDot && p.status === "P" && p.dot === "Q")).toBe(true);
    expect(describePlace(places[0] as (typeof places)[number])).toBe("adds Overall status and DOT columns at P and Q, rows 12–25");
  });

  it("writes into the council plan's own status and DOT columns, and adds a DOT column only where a table has none", () => {
    const places = writePlaces(scoreSheet(councilPlan, DEFAULT_OPTIONS));
    expect(places).toHaveLength(5);
    expect(places.slice(0, 4).map(describePlace)).toEqual([
      "column J (status) and K (DOT), rows 12–14",
      "column J (status) and K (DOT), rows 26–27",
      "column J (status) and K (DOT), rows 39–41",
      "column J (status) and K (DOT), row 53",
    ]);
    // The fifth priority's table has an Overall status column but no DOT.
    expect(places[4]?.addsStatus).toBe(false);
    expect(describePlace(places[4] as (typeof places)[number])).toMatch(/^column J \(status\), and adds a DOT column at [A-Z]+, row 65$/);
  });

  it("counts what it writes and what it keeps, in words", () => {
    const { measures } = scoreSheet(councilPlan, DEFAULT_OPTIONS);
    const keep = writeCounts(measures, "keep");
    expect(keep).toEqual({ statuses: 0, directions: 3, keptStatuses: 10, keptDirections: 7 });
    expect(writeLabel(keep)).toBe("Write 3 directions of travel");
    expect(applyMessage(keep)).toBe("Wrote 3 directions of travel. Kept 10 statuses and 7 directions that officers had recorded. Restore is available.");
    const replace = writeCounts(measures, "replace");
    expect(writeLabel(replace)).toBe("Write 10 statuses and 10 directions of travel");
    expect(writeLabel({ statuses: 1, directions: 0, keptStatuses: 0, keptDirections: 1 })).toBe("Write 1 status");
    expect(writeLabel({ statuses: 0, directions: 0, keptStatuses: 2, keptDirections: 2 })).toBe("Nothing to write");
  });
});

describe("report sheets", () => {
  it("plans each report with the owner's title, the period and the comparison kind", () => {
    const result = scoreSheet(directorate, { ...DEFAULT_OPTIONS, compare: { kind: "last-year" } });
    const summary = planReportSheet(result, "summary", DEFAULT_OPTIONS, "2026-11-24 10:00");
    const first = summary.rows[0]?.[0]?.value;
    expect(first).toEqual({ kind: "text", text: "KPI Scorecard: Summary" });
    const texts = summary.rows.flat().map((c) => (c.value.kind === "text" ? c.value.text : ""));
    expect(texts).toContain("Generated 2026-11-24 10:00");
    expect(texts.some((t) => t.startsWith("Period: Q2 Jul - Sep 2023/24"))).toBe(true);
    expect(planReportSheet(result, "exceptions", DEFAULT_OPTIONS, "x").name).toBe("Exceptions");
    expect(planReportSheet(result, "checks", DEFAULT_OPTIONS, "x").name).toBe("Checks");
  });
});

describe("errors in plain words", () => {
  it("turns Excel's codes an officer can act on into what to do, and keeps other messages", () => {
    expect(errorWords({ code: "InvalidSelection", message: "The current selection is invalid for this operation." })).toBe("Select one block of cells (not several areas), or choose Whole sheet.");
    expect(errorWords(Object.assign(new Error("x"), { code: "AccessDenied" }))).toMatch(/^The sheet or workbook is protected/);
    expect(errorWords(new Error("The restore point in this workbook is damaged; nothing was restored."))).toBe("The restore point in this workbook is damaged; nothing was restored.");
    expect(errorWords(undefined)).toBe("Excel did not say why.");
    // Excel's codes for a response over 5 MB and a member the host lacks, in words an officer can act on.
    expect(errorWords({ code: "ResponsePayloadSizeLimitExceeded", message: "The response payload size has exceeded the limit." })).toMatch(/^A row of this sheet holds more than Excel on the web can send/);
    expect(errorWords(Object.assign(new Error("The API you are trying to use could not be found."), { code: "ApiNotFound" }))).toMatch(/^This version of Excel lacks something KPI Scorecard needs/);
  });
});

describe("the Office theme", () => {
  it("is dark on Office's dark grey and black backgrounds, light otherwise", () => {
    expect(themeOf("#262626")).toBe("dark");
    expect(themeOf("#000000")).toBe("dark");
    expect(themeOf("#FFFFFF")).toBe("light");
    expect(themeOf("#e6e6e6")).toBe("light");
    expect(themeOf(undefined)).toBe("light");
    expect(themeOf("not a colour")).toBe("light");
  });
});
