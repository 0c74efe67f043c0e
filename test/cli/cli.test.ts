import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { ScorecardJsonSchema, type ScorecardJson } from "../../src/cli/json-report";
import { runCli } from "../support/run-cli";
import { cellsOf, loadWorkbook } from "../support/workbook-cells";

const examples = path.resolve(__dirname, "../../examples");
const councilPlan = path.join(examples, "council-plan-2019-q1.xlsx");
const directorate = path.join(examples, "directorate-performance-2023-q2.xlsx");
const temp = () => mkdtempSync(path.join(tmpdir(), "kpi-cli-"));
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

async function json(args: string[]): Promise<ScorecardJson> {
  const run = await runCli([...args, "--json"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return ScorecardJsonSchema.parse(JSON.parse(run.stdout));
}

function measure(doc: ScorecardJson, ref: string) {
  const found = doc.tables.flatMap((t) => t.measures).find((m) => m.ref === ref);
  if (found === undefined) throw new Error(`no measure ${ref}`);
  return found;
}

describe("scorecard --json on the Council Plan 2019/20 Q1 scorecard", () => {
  let doc: ScorecardJson;
  beforeAll(async () => {
    doc = await json([councilPlan]);
  });

  it("finds the ten measures of the report and no others", () => {
    const refs = doc.tables.flatMap((t) => t.measures.map((m) => m.ref));
    expect(refs).toEqual(["1.A2", "1.A5", "1.A8", "2.B7", "2.B8", "3.A4(b)", "3.B3", "3.B4", "4.B1(a)", "5.D6"]);
    expect(doc.summary.total).toBe(10);
  });

  it("judges 1.A2 (94.8 against 90, lower is better) and 3.B4 (113 against 50) off target", () => {
    const a2 = measure(doc, "1.A2");
    expect(a2.polarity).toBe("low");
    expect(a2.current?.value).toBeCloseTo(94.8);
    expect(a2.status).toBe("off-target");
    expect(a2.dot).toBe("worse");
    expect(measure(doc, "3.B4").status).toBe("off-target");
  });

  it("reads the officers' recorded symbols and keeps them apart from the computed status", () => {
    expect(measure(doc, "1.A2").recordedStatus).toBe("off-target");
    expect(measure(doc, "2.B8").recordedStatus).toBe("near-target");
    expect(measure(doc, "2.B8").status).toBe("near-target"); // 931 against 900, lower is better, within 5%
  });

  it("reports the current period as Q1 Apr - June 2019 for the quarterly tables", () => {
    expect(doc.tables[0]?.current).toMatch(/Jun-19|Q1 Apr - June 2019/);
  });
});

describe("scorecard -o", () => {
  it("writes symbols, fills and a Summary sheet, and changes no other cell of the input", async () => {
    const dir = temp();
    const out = path.join(dir, "scored.xlsx");
    const before = sha(directorate);
    const run = await runCli([directorate, "-o", out]);
    expect(run.code).toBe(0);
    expect(sha(directorate)).toBe(before);

    const input = await loadWorkbook(directorate);
    const output = await loadWorkbook(out);
    expect(output.getWorksheet("Summary")).toBeDefined();

    const doc = await json([directorate]);
    const edited = new Set<string>();
    for (const table of doc.tables) {
      const sheet = output.getWorksheet(table.sheet);
      if (sheet === undefined) throw new Error("sheet missing");
      // The directorate tables have no status/DOT columns: two columns are added after the last period.
      const headerRow = sheet.getRow(table.headerRow);
      let statusColumn = 0;
      headerRow.eachCell((cell, col) => {
        if (cell.value === "Overall status") statusColumn = col;
      });
      expect(statusColumn).toBeGreaterThan(0);
      edited.add(`${table.sheet}!${sheet.getCell(table.headerRow, statusColumn).address}`);
      edited.add(`${table.sheet}!${sheet.getCell(table.headerRow, statusColumn + 1).address}`);
      for (const m of table.measures) {
        const status = sheet.getCell(m.row, statusColumn);
        expect(["✓", "●", "✘", "✱", "□", "■"]).toContain(status.value);
        const fill = status.fill as { fgColor?: { argb?: string } } | undefined;
        expect(fill?.fgColor?.argb).toMatch(/^FF[0-9A-F]{6}$/);
        edited.add(`${table.sheet}!${status.address}`);
        edited.add(`${table.sheet}!${sheet.getCell(m.row, statusColumn + 1).address}`);
      }
    }
    input.eachSheet((ws) => {
      const after = output.getWorksheet(ws.name);
      if (after === undefined) throw new Error(`sheet ${ws.name} lost`);
      const a = cellsOf(after);
      for (const [address, value] of cellsOf(ws)) {
        if (edited.has(`${ws.name}!${address}`)) continue;
        expect([address, a.get(address)]).toEqual([address, value]);
      }
      expect(after.model.merges?.length ?? 0).toBe(ws.model.merges?.length ?? 0);
    });
  });

  // The directorate tables gain status and DOT columns, and one has a header repeated after a page break:
  // the repeat gets the same headings, or the second run would see a new table and add columns again.
  it.each([
    ["council plan", councilPlan],
    ["directorate", directorate],
  ])(
    "is idempotent on the %s example: a second run on its own output changes nothing and adds no sheet",
    async (_, example) => {
      // Same file name both times, since the report sheets name the workbook they judged.
      const once = path.join(temp(), path.basename(example));
      const twice = path.join(temp(), path.basename(example));
      expect((await runCli([example, "-o", once])).code).toBe(0);
      expect((await runCli([once, "-o", twice])).code).toBe(0);
      const a = await loadWorkbook(once);
      const b = await loadWorkbook(twice);
      expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
      a.eachSheet((ws) => {
        const other = b.getWorksheet(ws.name);
        if (other === undefined) throw new Error("missing sheet");
        expect(Object.fromEntries(cellsOf(other))).toEqual(Object.fromEntries(cellsOf(ws)));
      });
    },
  );

  it("keeps recorded statuses by default and replaces them with --recorded replace", async () => {
    const dir = temp();
    const kept = path.join(dir, "kept.xlsx");
    const replaced = path.join(dir, "replaced.xlsx");
    await runCli([councilPlan, "-o", kept]);
    await runCli([councilPlan, "-o", replaced, "--recorded", "replace"]);
    const doc = await json([councilPlan]);
    const input = await loadWorkbook(councilPlan);
    const k = await loadWorkbook(kept);
    const r = await loadWorkbook(replaced);
    const table = doc.tables[0];
    if (table === undefined) throw new Error("no table");
    const sheet = table.sheet;
    let statusColumn = 0;
    input
      .getWorksheet(sheet)
      ?.getRow(table.headerRow)
      .eachCell((c, col) => {
        if (String(c.value).startsWith("Overall")) statusColumn = col;
      });
    for (const m of doc.tables.flatMap((t) => t.measures)) {
      const original = input.getWorksheet(sheet)?.getCell(m.row, statusColumn).value;
      if (original === null || original === undefined || statusColumn === 0) continue;
      expect(k.getWorksheet(sheet)?.getCell(m.row, statusColumn).value).toBe(original);
      expect(r.getWorksheet(sheet)?.getCell(m.row, statusColumn).value).toBe(
        {
          "on-target": "✓",
          "near-target": "●",
          "off-target": "✘",
          "in-development": "✱",
          "not-applicable": "□",
          "not-available": "■",
        }[m.status],
      );
    }
  });
});

describe("bad input: exit 1, one line, nothing written", () => {
  const cases: [string, (dir: string) => string[], RegExp][] = [
    ["a missing file", (d) => [path.join(d, "nope.xlsx"), "-o", path.join(d, "out.xlsx")], /not found/i],
    [
      "a file that is not an .xlsx",
      (d) => {
        const f = path.join(d, "notes.xlsx");
        writeFileSync(f, "just some text");
        return [f, "-o", path.join(d, "out.xlsx")];
      },
      /not an \.xlsx/i,
    ],
    [
      "an unknown --recorded choice",
      (d) => [councilPlan, "--recorded", "sometimes", "-o", path.join(d, "out.xlsx")],
      /--recorded/,
    ],
    ["a bad tolerance", (d) => [councilPlan, "--tolerance", "lots", "-o", path.join(d, "out.xlsx")], /tolerance/],
    [
      "a sheet that is not there",
      (d) => [councilPlan, "--sheet", "Nope", "-o", path.join(d, "out.xlsx")],
      /no sheet named 'Nope'/,
    ],
  ];
  it.each(cases)("%s", async (_name, args, message) => {
    const dir = temp();
    const run = await runCli(args(dir));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });
});

describe("scorecard --compare last-year -o", () => {
  it("says 'in <last year's period>' in the Summary's sentences, never 'last quarter'", async () => {
    const corporate = path.join(examples, "corporate-plan-2016-q2.xlsx");
    const out = path.join(temp(), "scored.xlsx");
    const run = await runCli([corporate, "--compare", "last-year", "-o", out]);
    expect(run.code).toBe(0);
    const summary = (await loadWorkbook(out)).getWorksheet("Summary");
    if (summary === undefined) throw new Error("no Summary sheet");
    const texts = [...cellsOf(summary).values()].filter((v): v is string => typeof v === "string");
    expect(texts.some((t) => /last quarter/i.test(t))).toBe(false);
    expect(texts.some((t) => t.includes("in Q2 Jul - Sep 2015/16"))).toBe(true);
  });
});
