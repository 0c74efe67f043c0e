/**
 * Issue #13's Done-when, on the command line: the directorate example carried through three quarters.
 * Between runs an officer works in Excel (test/support/xlsx-edit.ts changes only the cells named): Q3's
 * figures typed into the empty Q3 column, a status typed, then a target changed and Q4's figures typed.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ScorecardJson } from "../../src/cli/json-report";
import {
  LEDGER_NAMESPACE,
  RESTORE_NAMESPACE,
  SET_ASIDE_NAMESPACE,
  readLedger,
  readRestorePoints,
  setAsideXml,
} from "../../src/domain/ledger";
import { parseStatusSymbol } from "../../src/domain/judging";
import { STATUSES, type Status } from "../../src/domain/judging/types";
import type { Grid } from "../../src/domain/sheet/grid";
import { runCli, scoreJson as score } from "../support/run-cli";
import { openXlsx, partsOf, textAt, typeCells } from "../support/xlsx-edit";
import { lintPackage } from "../support/ooxml-lint";

const directorate = path.resolve(__dirname, "../../examples/directorate-performance-2023-q2.xlsx");
const SHEET = "Directorate data Q2 2023-24";
const Q1 = "Q1 Apr - June 2023/24";
const Q2 = "Q2 Jul - Sep 2023/24";
const Q3 = "Q3 Oct - Dec 2023/24";
const Q4 = "Q4 Jan - Mar 2023/24";
const ROWS = [12, 13, 14, 15, 16, 20, 21, 22, 23, 24, 25, ...range(31, 39), ...range(45, 51), ...range(57, 60)];
const OVERRIDE = ["--override", "Theme 3 ASC performance report=amber", "--reason", "recovery plan agreed by DMT"];

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

const measures = (doc: ScorecardJson) => doc.tables.flatMap((t) => t.measures);
const row = (doc: ScorecardJson, r: number) => measures(doc).find((m) => m.row === r)!;
const quarterRow = (doc: ScorecardJson, r: number) => doc.quarter!.measures.find((m) => m.row === r)!;

/** A quarter's figures: the column before's, except those given. */
async function figures(grids: Grid[], from: string, to: string, changed: Record<number, string>) {
  return Object.fromEntries(ROWS.map((r) => [`${to}${r}`, changed[r] ?? textAt(grids, SHEET, `${from}${r}`)]));
}

/** The Summary sheet as an officer reads it: its period line, and per status this period's and last period's counts. */
function summarySheet(grids: Grid[]): { period: string; now: Record<Status, number>; then: Record<Status, number> } {
  const g = grids.find((x) => x.sheet === "Summary")!;
  const text = (r: number, c: number) => g.text[r]?.[c] ?? "";
  const period = g.text.map((r) => r[0] ?? "").find((t) => t.startsWith("Period: ")) ?? "";
  const header = g.text.findIndex((r) => r[0] === "Status" && r[1] === "Meaning");
  const now = {} as Record<Status, number>;
  const then = {} as Record<Status, number>;
  for (let r = header + 1; r <= header + STATUSES.length; r++) {
    const status = parseStatusSymbol(text(r, 0))!;
    now[status] = Number(text(r, 2));
    then[status] = Number(text(r, 5));
  }
  return { period, now, then };
}

/** What a report should count for each measure: an override, else an officer's status for this period, else computed. */
function counted(doc: ScorecardJson): Record<Status, number> {
  const out = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const m of measures(doc)) {
    const q = quarterRow(doc, m.row);
    out[q.override?.status ?? m.recordedStatus ?? m.status]++;
  }
  return out;
}

describe("the directorate example carried through three quarters by the command line", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "kpi-quarters-"));
  const file = (name: string) => path.join(dir, name);
  let q2: ScorecardJson;
  let q3: ScorecardJson;
  let q4: ScorecardJson;

  beforeAll(async () => {
    // Q2: the first run, with an override set by the flags.
    q2 = (await score([directorate, "-o", file("q2.xlsx"), ...OVERRIDE, "--until", Q4], "2023-10-10T09:00:00Z")).doc;
    // Between Q2 and Q3: the officer types ● for 4.19 and the Q3 figures.
    const read2 = await openXlsx(file("q2.xlsx"));
    await typeCells(file("q2.xlsx"), file("q3-input.xlsx"), SHEET, {
      ...(await figures(read2.grids, "L", "M", { 12: "7.5%", 13: "7.0%", 14: "86.0%", 25: "9.0%", 34: "18%" })),
      P13: "●",
    });
    q3 = (await score([file("q3-input.xlsx"), "-o", file("q3.xlsx")], "2024-01-12T09:00:00Z")).doc;
    // Between Q3 and Q4: 5.1's target tightened from <10% to <8%, and the Q4 figures.
    const read3 = await openXlsx(file("q3.xlsx"));
    await typeCells(file("q3.xlsx"), file("q4-input.xlsx"), SHEET, {
      ...(await figures(read3.grids, "M", "N", { 25: "9.1%", 34: "16%" })),
      G25: "<8%",
    });
    q4 = (await score([file("q4-input.xlsx"), "-o", file("q4.xlsx")], "2024-04-15T09:00:00Z")).doc;
  }, 60_000);

  it("reports each quarter for its own period", () => {
    expect([q2, q3, q4].map((d) => d.tables.map((t) => t.current))).toEqual([
      Array(4).fill(Q2),
      Array(4).fill(Q3),
      Array(4).fill(Q4),
    ]);
  });

  it("counts in each quarter's Summary that quarter's statuses only", async () => {
    for (const [doc, name, period] of [
      [q2, "q2.xlsx", Q2],
      [q3, "q3.xlsx", Q3],
      [q4, "q4.xlsx", Q4],
    ] as const) {
      const sheet = summarySheet((await openXlsx(file(name))).grids);
      expect(sheet.period).toMatch(new RegExp(`^Period: ${period.replace(/[()]/g, ".")}`));
      expect(sheet.now).toEqual(counted(doc));
      expect(doc.summary.status).toEqual(counted(doc));
    }
    // Last quarter's symbols, still in the cells, are not read back as this quarter's recorded judgements.
    expect(
      measures(q3)
        .filter((m) => m.recordedStatus !== null)
        .map((m) => m.row),
    ).toEqual([13]);
    expect(measures(q4).filter((m) => m.recordedStatus !== null)).toEqual([]);
    expect(q3.quarter!.statuses.tool).toBe(30);
    expect(q4.quarter!.statuses.tool).toBe(30);
  });

  it("refreshes the tool's own symbols and keeps the officer's", async () => {
    const { grids: g2 } = await openXlsx(file("q2.xlsx"));
    const { grids: g3 } = await openXlsx(file("q3.xlsx"));
    // 3.12 and 4.20 were off target in Q2 and are on target in Q3: the tool's ✘ became ✓.
    expect([textAt(g2, SHEET, "P12"), textAt(g2, SHEET, "P14")]).toEqual(["✘", "✘"]);
    expect([textAt(g3, SHEET, "P12"), textAt(g3, SHEET, "P14")]).toEqual(["✓", "✓"]);
    // 4.19: the officer's ● typed after the Q2 publish is Q3's judgement, kept beside the computed ✓.
    expect(textAt(g3, SHEET, "P13")).toBe("●");
    expect(quarterRow(q3, 13).status).toBe("officer");
    expect(row(q3, 13)).toMatchObject({ status: "on-target", recordedStatus: "near-target" });
    // In Q4 it is Q3's (frozen in the history) and Q4 gets its own.
    expect(quarterRow(q4, 13)).toMatchObject({ status: "stale", statusPeriod: Q3 });
    expect(textAt((await openXlsx(file("q4.xlsx"))).grids, SHEET, "P13")).toBe("✓");
  });

  it("keeps the override until its period, with a health check the period before", async () => {
    expect(quarterRow(q2, 34).override).toEqual({
      status: "near-target",
      reason: "recovery plan agreed by DMT",
      until: Q4,
    });
    expect(row(q2, 34).status).toBe("off-target");
    expect(quarterRow(q3, 34).override?.status).toBe("near-target");
    expect(q3.checks.filter((c) => c.kind === "override-expires").map((c) => c.message)).toEqual([
      `Override on Theme 3 ASC performance report (recovery plan agreed by DMT) expires at ${Q4}: the computed status returns then`,
    ]);
    expect(q2.checks.some((c) => c.kind === "override-expires")).toBe(false);
    expect(q2.checks.filter((c) => c.kind === "override").map((c) => c.message)).toEqual([
      `status set by hand: ● (near-target), "recovery plan agreed by DMT", until ${Q4}; computed ✘ (off-target)`,
    ]);
    expect(q4.checks.some((c) => c.kind === "override")).toBe(false);
    expect(quarterRow(q4, 34).override).toBeNull();
    expect(q4.checks.some((c) => c.kind === "override-expires")).toBe(false);
    const cells = await Promise.all(
      ["q2.xlsx", "q3.xlsx", "q4.xlsx"].map(async (f) => textAt((await openXlsx(file(f))).grids, SHEET, "P34")),
    );
    expect(cells).toEqual(["●", "●", "✘"]);
  });

  it("never re-rates a past quarter: the history rows stay and last quarter comes from them", async () => {
    const ledger = async (f: string) => readLedger(await partsOf(file(f), LEDGER_NAMESPACE)).ledger;
    const [l3, l4] = [await ledger("q3.xlsx"), await ledger("q4.xlsx")];
    const past = (l: typeof l3) => l.history.filter((s) => s.period === Q2 || s.period === Q3);
    expect(past(l3)).toHaveLength(62);
    expect(past(l4)).toEqual(past(l3));
    // 5.1 was on target in Q3 at 9.0% against <10%; against the new <8% it would not be, and is not re-rated.
    expect(row(q4, 25)).toMatchObject({ status: "off-target", comparisonStatus: "on-target" });
    expect(quarterRow(q4, 25).comparisonFrom).toBe("history");
    // Theme 3's Q3 status as published was the override.
    expect(row(q4, 34).comparisonStatus).toBe("near-target");
    const sheet = summarySheet((await openXlsx(file("q4.xlsx"))).grids);
    const published = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
    for (const s of l4.history.filter((x) => x.period === Q3)) published[s.status]++;
    expect(sheet.then).toEqual(published);
  });

  it("keeps restore points and history through the file round trip", async () => {
    const { points, warning } = readRestorePoints(await partsOf(file("q4.xlsx"), RESTORE_NAMESPACE));
    expect(warning).toBeNull();
    expect(points.map((p) => p.label)).toEqual([
      `${Q4} write, 31 statuses, 31 DOTs, 4 report sheets, 15 Apr 09:00 (command line)`,
      `${Q3} write, 30 statuses, 31 DOTs, 4 report sheets, 12 Jan 09:00 (command line)`,
      `${Q2} write, 31 statuses, 31 DOTs, 4 report sheets, 10 Oct 09:00 (command line)`,
    ]);
    // The newest point holds what the Q4 write overwrote in P13 (the officer's Q3 ●) and what it wrote.
    const p13 = points[0]!.point.ranges.find((r) => r.sheet === SHEET && r.address.startsWith("P12:"))!;
    expect(p13.formulas[1]).toEqual(["●"]);
    expect(p13.written?.[1]).toEqual(["✓"]);
    expect(q4.quarter!.restorePoints.map((p) => p.id)).toEqual(points.map((p) => p.id));
    // Each part as Excel stores a custom XML part: item, properties, their relationship, the workbook's, a type.
    const { pkg } = await openXlsx(file("q4.xlsx"));
    const items = pkg.rels(pkg.workbookPart).filter((r) => r.type.endsWith("/relationships/customXml"));
    expect(items.map((r) => r.target).sort()).toEqual([
      "customXml/item1.xml",
      "customXml/item2.xml",
      "customXml/item3.xml",
      "customXml/item4.xml",
    ]);
    for (const item of items) {
      const props = pkg.rels(item.target);
      expect(props.map((r) => r.type)).toEqual([
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps",
      ]);
      expect(pkg.text(props[0]!.target)).toMatch(/<ds:datastoreItem ds:itemID="\{[0-9A-F-]{36}\}"/);
    }
    expect(lintPackage(readFileSync(file("q4.xlsx")))).toEqual([]);
    // The History sheet shows every snapshot, oldest first.
    const history = (await openXlsx(file("q4.xlsx"))).grids.find((g) => g.sheet === "KPI History")!;
    const periods = history.text.slice(3).map((r) => r[0]);
    expect(periods).toEqual([...Array(31).fill(Q2), ...Array(31).fill(Q3), ...Array(31).fill(Q4)]);
  });

  it("sets a damaged record aside with a warning and loses nothing else", async () => {
    await typeCells(file("q4-input.xlsx"), file("damaged.xlsx"), SHEET, {}, [
      {
        namespace: LEDGER_NAMESPACE,
        xmls: [`<ledger xmlns="${LEDGER_NAMESPACE}" part="1" of="1">{"version":1,"writes":[</ledger>`],
      },
    ]);
    const { doc, stderr } = await score(
      [file("damaged.xlsx"), "-o", file("after-damage.xlsx")],
      "2024-04-16T09:00:00Z",
    );
    expect(stderr).toContain(
      "scorecard: warning: The quarter-to-quarter record in this workbook is damaged and was set aside: it is not readable JSON.",
    );
    // The history is read back from the KPI History sheet: Q3 is still as published.
    expect(row(doc, 25).comparisonStatus).toBe("on-target");
    // The restore points are in their own parts and all kept, the new one first.
    const { points } = readRestorePoints(await partsOf(file("after-damage.xlsx"), RESTORE_NAMESPACE));
    expect(points).toHaveLength(3);
    expect(points.slice(1).map((p) => p.id)).toEqual(
      q4
        .quarter!.restorePoints.slice(1)
        .map((p) => p.id)
        .slice(0, 2),
    );
    const after = readLedger(await partsOf(file("after-damage.xlsx"), LEDGER_NAMESPACE));
    expect(after.warning).toBeNull();
    // The damaged part itself is kept word for word beside the new ledger, not dropped.
    const setAside = (await partsOf(file("after-damage.xlsx"), SET_ASIDE_NAMESPACE)).map(setAsideXml);
    expect(setAside).toEqual(await partsOf(file("damaged.xlsx"), LEDGER_NAMESPACE));
    expect(setAside[0]).toMatch(/"writes":\[<\/ledger>$/);
    expect(after.ledger.history.filter((s) => s.period === Q2)).toHaveLength(31);
  });

  it("refuses an override it cannot place, and writes nothing", async () => {
    const run = await runCli([file("q3.xlsx"), "-o", file("refused.xlsx"), ...OVERRIDE, "--until", Q1]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `scorecard: --override: the override on Theme 3 ASC performance report would expire at ${Q1}, not after ${Q3}\n`,
    );
    expect(existsSync(file("refused.xlsx"))).toBe(false);
    const flags = await runCli([file("q3.xlsx"), "--override", "Theme 3 ASC performance report=amber"]);
    expect(flags.stderr).toBe('scorecard: --override needs --reason "…": an override always says why\n');
  });
});

describe("bug 2: --current on a workbook whose status column holds Q2", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "kpi-current-"));
  const file = (name: string) => path.join(dir, name);

  it("heads the Summary Q1 and counts Q1's statuses, not the Q2 statuses in the cells, with or without the record", async () => {
    await score([directorate, "-o", file("q2.xlsx")], "2023-10-10T09:00:00Z");
    // The same workbook with the record's part stripped (its History sheet remains).
    await typeCells(file("q2.xlsx"), file("stripped.xlsx"), SHEET, {}, [{ namespace: LEDGER_NAMESPACE, xmls: [] }]);
    for (const input of ["q2.xlsx", "stripped.xlsx"]) {
      const { doc } = await score(
        [file(input), "--current", Q1, "-o", file(`q1-from-${input}`)],
        "2023-10-11T09:00:00Z",
      );
      expect(doc.tables.map((t) => t.current)).toEqual(Array(4).fill(Q1));
      expect(measures(doc).every((m) => m.recordedStatus === null)).toBe(true);
      const computed = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
      for (const m of measures(doc)) computed[m.status]++;
      const sheet = summarySheet((await openXlsx(file(`q1-from-${input}`))).grids);
      expect(sheet.period).toMatch(/^Period: Q1 Apr - June 2023\/24/);
      expect(sheet.now).toEqual(computed);
    }
  });
});
