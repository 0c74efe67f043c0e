/** The officer's choices over the real example scorecards: judging with them, and keeping them in the workbook's settings. */
import type { Grid } from "../../../src/domain/sheet/grid";
import { directorateGrid } from "../examples";
import { KpiSettingsSchema, readSettings } from "../../../src/domain/choices/settings";
import {
  DEFAULT_OPTIONS,
  optionsFrom,
  periodLabels,
  scoreSheet,
  settingsFrom,
  toleranceProblem,
  type PaneOptions,
} from "../../../src/taskpane/scorecard/options";

let directorate: Grid;

beforeAll(async () => {
  directorate = await directorateGrid();
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
      periodName: null,
      compare: { kind: "label", label: "Q2 Jul - Sep 2022/23" },
      tolerance: "2pp",
      dotStyle: "value",
      mode: "formula",
      recorded: "replace",
      basis: "computed",
      worsening: "special-cause",
    };
    const settings = settingsFrom("Directorate data Q2 2023-24", options);
    expect(KpiSettingsSchema.safeParse(settings).success).toBe(true);
    const read = readSettings(JSON.stringify(settings));
    if (read.kind !== "ok") throw new Error(`not ok: ${read.kind}`);
    expect(optionsFrom(read.settings, "used-range")).toEqual(options);
  });

  it("never keeps the period a Current column holds: next quarter it would name the wrong one", () => {
    const settings = settingsFrom("KPIs", { ...DEFAULT_OPTIONS, periodName: "Q2 2024/25" });
    expect(JSON.stringify(settings)).not.toContain("Q2 2024/25");
    expect(optionsFrom(settings, "used-range").periodName).toBeNull();
  });

  it("keeps a sheet name and labels within the schema's limits", () => {
    const long = "x".repeat(300);
    const settings = settingsFrom(long, { ...DEFAULT_OPTIONS, current: long, compare: { kind: "label", label: long } });
    expect(KpiSettingsSchema.safeParse(settings).success).toBe(true);
  });
});
