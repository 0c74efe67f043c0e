/**
 * Damaged and awkward workbooks given to `scorecard -o`: never a crash, never a lie, never a lost byte.
 * A file that cannot be judged exits 1 with one line and writes nothing; one that can is judged honestly.
 * Either way the input is byte-identical afterwards (its SHA-256 is compared).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { ScorecardJsonSchema } from "../../src/cli/json-report";
import { runCli } from "../support/run-cli";
import { loadWorkbook } from "../support/workbook-cells";

const examples = path.resolve(__dirname, "../../examples");
const councilPlan = path.join(examples, "council-plan-2019-q1.xlsx");
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "kpi-damaged-"));
});

const HEADER = ["Ref No.", "Measure", "Good performance", "Target", "Q1 Apr - Jun 2023/24", "Q2 Jul - Sep 2023/24"];

async function workbook(name: string, build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("Scorecard"), wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function encrypted(): Promise<string> {
  // What Excel saves for a password-protected workbook: an OLE compound file, not a zip.
  const bytes = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  Buffer.from("EncryptedPackage", "utf16le").copy(bytes, 1024);
  const file = path.join(dir, "protected.xlsx");
  writeFileSync(file, bytes);
  return file;
}

describe("files that cannot be judged: exit 1, one line, nothing written, input unchanged", () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    [
      "a truncated .xlsx",
      async () => {
        const file = path.join(dir, "truncated.xlsx");
        const good = readFileSync(councilPlan);
        writeFileSync(file, good.subarray(0, Math.floor(good.length / 2)));
        return file;
      },
      /could not be read as an \.xlsx workbook/,
    ],
    [
      "a zip that is not a workbook",
      async () => {
        const zip = new JSZip();
        zip.file("word/document.xml", "<w:document/>");
        const file = path.join(dir, "letter.xlsx");
        writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
        return file;
      },
      /has no worksheets/,
    ],
    ["an empty workbook", () => workbook("empty.xlsx", () => undefined), /no scorecard found/],
    ["a password-protected file", encrypted, /password-protected/],
    [
      "a sheet with 16,384 columns and no scorecard",
      () =>
        workbook("wide-notes.xlsx", (ws) => {
          ws.getCell(1, 1).value = "Minutes";
          ws.getCell(1, 16384).value = "the last column Excel has";
        }),
      /no scorecard found/,
    ],
    [
      "a sheet of formulas that all evaluate to errors",
      () =>
        workbook("errors.xlsx", (ws) => {
          for (let r = 1; r <= 5; r++)
            for (let c = 1; c <= 6; c++)
              ws.getCell(r, c).value = {
                formula: "1/0",
                result: { error: "#DIV/0!" },
              } as unknown as ExcelJS.CellFormulaValue;
        }),
      /no scorecard found/,
    ],
  ];

  it.each(cases)("%s", async (_name, make, message) => {
    const input = await make();
    const before = sha(input);
    const out = path.join(dir, `out-${path.basename(input)}`);
    const run = await runCli([input, "-o", out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
    expect(sha(input)).toBe(before);
  });
});

describe("awkward files that hold a scorecard: judged honestly, input unchanged", () => {
  async function judge(input: string) {
    const before = sha(input);
    const out = path.join(dir, `scored-${path.basename(input)}`);
    const run = await runCli([input, "-o", out, "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(sha(input)).toBe(before);
    const doc = ScorecardJsonSchema.parse(JSON.parse(run.stdout));
    return { doc, out, measures: doc.tables.flatMap((t) => t.measures) };
  }

  it("a sheet with 16,384 columns: the table is found, and no column is added past Excel's last", async () => {
    const input = await workbook("wide.xlsx", (ws) => {
      ws.addRow(HEADER);
      ws.addRow(["A1", "Measure one", "High", "90%", "85%", "91%"]);
      ws.addRow(["A2", "Measure two", "Low", "<8%", "9%", "10%"]);
      ws.getCell(1, 16384).value = "Notes";
      ws.getCell(2, 16384).value = "x";
    });
    const { measures, out } = await judge(input);
    expect(measures.map((m) => [m.ref, m.status])).toEqual([
      ["A1", "on-target"],
      ["A2", "off-target"],
    ]);
    const written = (await loadWorkbook(out)).getWorksheet("Scorecard");
    expect(written?.columnCount).toBeLessThanOrEqual(16384);
    // The statuses went into the free columns after the periods.
    expect(written?.getCell(2, 7).value).toBe("✓");
  });

  it("merged cells across the header: a title merged over the table, and a group merged over the periods", async () => {
    const input = await workbook("merged.xlsx", (ws) => {
      ws.getCell("A1").value = "Quarterly performance report";
      ws.mergeCells("A1:F1");
      ws.getCell("E2").value = "Quarterly";
      ws.mergeCells("E2:F2");
      ws.getRow(3).values = HEADER;
      ws.getRow(4).values = ["A1", "Measure one", "High", "90%", "85%", "91%"];
    });
    const { doc, measures } = await judge(input);
    expect(doc.tables[0]?.headerRow).toBe(3);
    expect(measures.map((m) => m.status)).toEqual(["on-target"]);
  });

  it("formulas that evaluate to errors where figures belong: not available, with the error named", async () => {
    const input = await workbook("formula-errors.xlsx", (ws) => {
      ws.addRow(HEADER);
      ws.addRow(["A1", "Measure one", "High", "90%", "85%", { formula: "E2/0", result: { error: "#DIV/0!" } }]);
      ws.addRow(["A2", "Measure two", "High", { formula: "NA()", result: { error: "#N/A" } }, "85%", "91%"]);
    });
    const { measures } = await judge(input);
    expect(measures[0]?.status).toBe("not-available");
    expect(measures[0]?.reason).toContain("#DIV/0!");
    expect(measures[1]?.status).toBe("in-development");
    expect(measures[1]?.reason).toContain("#N/A");
  });

  it("dates where figures were expected: never judged as their day count, and listed as a check", async () => {
    const input = await workbook("dates.xlsx", (ws) => {
      ws.addRow(HEADER);
      ws.addRow(["A1", "Measure one", "High", 90, 80, new Date(Date.UTC(2023, 8, 30))]);
      ws.getCell("F2").numFmt = "dd/mm/yyyy";
    });
    const { doc, measures } = await judge(input);
    expect(measures[0]?.status).not.toBe("on-target");
    expect(measures[0]?.reason).toContain("a date, not a figure");
    expect(doc.checks.map((c) => c.kind)).toContain("unreadable-value");
  });
});

describe("naming periods", () => {
  it("finds a quarter spelled differently in each table (June, Jun)", async () => {
    const run = await runCli([councilPlan, "--current", "Q1 Apr - June 2019", "--json"]);
    expect(run.code).toBe(0);
    const doc = ScorecardJsonSchema.parse(JSON.parse(run.stdout));
    expect(doc.tables.every((t) => t.current !== null)).toBe(true);
    const b7 = doc.tables.flatMap((t) => t.measures).find((m) => m.ref === "2.B7");
    expect(b7?.current?.label).toBe("Q1 Apr - Jun 2019");
    expect(b7?.status).not.toBe("not-available");
  });

  it("refuses a period that no table has, listing the periods, and writes nothing", async () => {
    const out = path.join(dir, "nope.xlsx");
    const before = sha(councilPlan);
    const run = await runCli([councilPlan, "--current", "Q9 Nowhere", "-o", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^scorecard: --current 'Q9 Nowhere' is not a period of .*; its periods are 'Year end 2015\/16', /,
    );
    expect(existsSync(out)).toBe(false);
    expect(sha(councilPlan)).toBe(before);
  });

  it("warns when only some tables have the period, and says what that means for their measures", async () => {
    const input = await workbook("two-tables.xlsx", (ws) => {
      ws.addRow(HEADER);
      ws.addRow(["A1", "Measure one", "High", "90%", "85%", "91%"]);
      ws.addRow([]);
      ws.addRow(["Ref No.", "Measure", "Good performance", "Target", "Q4 Jan - Mar 2022/23", "Q1 Apr - Jun 2023/24"]);
      ws.addRow(["B1", "Measure two", "High", "90%", "85%", "91%"]);
    });
    const run = await runCli([input, "--current", "Q2 Jul - Sep 2023/24"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      "scorecard: warning: --current 'Q2 Jul - Sep 2023/24' is not a period of 1 of 2 tables ('Scorecard' header row 4); their measures have no current figure\n",
    );
  });
});

describe("recorded judgements are kept", () => {
  // Every spelling of the key an officer might have typed, and some that are not the key at all.
  const statuses = [
    "✓",
    "✔",
    "√",
    "V",
    "Green",
    "G",
    "On target",
    "●",
    "•",
    "Amber",
    "A",
    "✘",
    "✗",
    "×",
    "X",
    "x",
    "Red",
    "R",
    "Off track",
    "✱",
    "*",
    "□",
    "n/a",
    "■",
    "Not available",
    "✓ (recovery plan agreed)",
    "Amber - recovery plan agreed",
    "see note",
  ];
  const directions = [
    "↑",
    "Improved",
    "→",
    "Stable",
    "↓",
    "U",
    "v",
    "Worse",
    "–",
    "-",
    "n/a",
    "↓ (seasonal)",
    "see note",
  ];

  it("--recorded keep changes none of them, in any spelling, and fills only the empty cells", async () => {
    const rows = statuses.length;
    const input = await workbook("recorded.xlsx", (ws) => {
      ws.addRow([...HEADER.slice(0, 4), "Overall status", "DOT", ...HEADER.slice(4)]);
      for (let i = 0; i < rows; i++)
        ws.addRow([
          `M${i + 1}`,
          `Measure ${i + 1}`,
          i % 2 ? "High" : "Low",
          "80%",
          statuses[i],
          directions[i] ?? null,
          "70%",
          "75%",
        ]);
      ws.addRow(["M99", "Measure with nothing recorded", "High", "80%", null, null, "70%", "75%"]);
    });
    const before = sha(input);
    const out = path.join(dir, "recorded-out.xlsx");
    const run = await runCli([input, "-o", out]);
    expect(run.code).toBe(0);
    expect(sha(input)).toBe(before);
    const ws = (await loadWorkbook(out)).getWorksheet("Scorecard");
    for (let i = 0; i < rows; i++) {
      expect([i, ws?.getCell(i + 2, 5).value]).toEqual([i, statuses[i]]);
      // Where no direction was recorded, the computed one: 70% → 75% is better when higher is better.
      expect([i, ws?.getCell(i + 2, 6).value]).toEqual([i, directions[i] ?? (i % 2 ? "↑" : "↓")]);
    }
    // The measure with nothing recorded is filled in: 75% against 80% is 5 points under, more than 5% of the target.
    expect(ws?.getCell(rows + 2, 5).value).toBe("✘");
    expect(ws?.getCell(rows + 2, 6).value).toBe("↑");
  });
});

describe("sheets that look like ours but are the officers'", () => {
  it("judges a scorecard whose title says KPI Scorecard, and never clears a user's Summary titled so", async () => {
    const input = await workbook("titled.xlsx", (ws, wb) => {
      ws.getCell("A1").value = "KPI Scorecard 2024/25 – Quarter 2";
      ws.getRow(3).values = HEADER;
      ws.getRow(4).values = ["A1", "Measure one", "High", "90%", "85%", "91%"];
      const notes = wb.addWorksheet("Summary");
      notes.getCell("A1").value = "KPI Scorecard: notes for Cabinet";
      notes.getCell("A2").value = "Our own commentary";
    });
    const out = path.join(dir, "titled-out.xlsx");
    const run = await runCli([input, "-o", out, "--json"]);
    expect(run.code).toBe(0);
    const doc = ScorecardJsonSchema.parse(JSON.parse(run.stdout));
    expect(doc.tables.map((t) => t.sheet)).toEqual(["Scorecard"]);
    const written = await loadWorkbook(out);
    expect(written.getWorksheet("Summary")?.getCell("A2").value).toBe("Our own commentary");
    expect(written.getWorksheet("Summary (KPI)")?.getCell("A1").value).toBe("KPI Scorecard: Summary");
  });
});

describe("which status the reports count", () => {
  it("--basis computed counts the engine's statuses; the default counts what officers recorded, else computed", async () => {
    const run = async (basis?: string) => {
      const r = await runCli([councilPlan, "--json", ...(basis === undefined ? [] : ["--basis", basis])]);
      expect(r.code).toBe(0);
      return ScorecardJsonSchema.parse(JSON.parse(r.stdout));
    };
    const byDefault = await run();
    const computed = await run("computed");
    expect(byDefault.summary.basis).toBe("recorded-else-computed");
    expect(computed.summary.basis).toBe("computed");
    // Officers recorded ✘ for eight measures; the engine finds one of them has no figure to judge.
    expect(byDefault.summary.status["off-target"]).toBe(8);
    const offByEngine = computed.tables.flatMap((t) => t.measures).filter((m) => m.status === "off-target").length;
    expect(computed.summary.status["off-target"]).toBe(offByEngine);
    const bad = await runCli([councilPlan, "--basis", "officers"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe("scorecard: --basis must be recorded, computed, recorded-else-computed\n");
  });
});
