import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ScorecardJsonSchema } from "../../src/cli/json-report";
import { progressBar } from "../../src/cli/progress";
import { count, fitLine } from "../../src/cli/terminal";
import { runCli } from "../support/run-cli";

const examples = path.resolve(__dirname, "../../examples");
const councilPlan = path.join(examples, "council-plan-2019-q1.xlsx");
const directorate = path.join(examples, "directorate-performance-2023-q2.xlsx");
const temp = () => mkdtempSync(path.join(tmpdir(), "kpi-term-"));
const measureLines = (stdout: string) => stdout.split("\n").filter((l) => /^ {2}\S/.test(l) && / vs /.test(l));

describe("the text report at a terminal and piped", () => {
  it("cuts every line to the terminal's width, and keeps them whole when piped", async () => {
    const narrow = await runCli([directorate], { columns: 80 });
    const piped = await runCli([directorate]);
    expect(narrow.code).toBe(0);
    const lines = narrow.stdout.trimEnd().split("\n");
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    expect(lines.some((l) => l.endsWith("…"))).toBe(true);
    // Piped, a measure's line ends with its whole reason, as --json gives it.
    const doc = ScorecardJsonSchema.parse(JSON.parse((await runCli([directorate, "--json"])).stdout));
    const reason = doc.tables[0]?.measures[0]?.reason ?? "missing";
    expect(measureLines(piped.stdout)[0]?.endsWith(reason)).toBe(true);
  });

  it("says '1 measure', never '1 measures', and no unexplained confidence figure", async () => {
    const run = await runCli([councilPlan]);
    expect(run.stdout).toMatch(/: 1 measure; current period/);
    expect(run.stdout).not.toMatch(/\b1 measures\b/);
    expect(run.stdout).not.toMatch(/confidence/i);
  });

  it("gives each table's header row as --json does", async () => {
    const doc = ScorecardJsonSchema.parse(JSON.parse((await runCli([directorate, "--json"])).stdout));
    const shown = [...(await runCli([directorate])).stdout.matchAll(/header row (\S+?),/g)].map((m) => m[1]);
    expect(shown).toEqual(doc.tables.map((t) => String(t.headerRow)));
  });

  it("says which statuses the summary counts", async () => {
    expect((await runCli([councilPlan])).stdout).toContain(
      "Summary: 10 measures, counting statuses recorded where present, else computed",
    );
    expect((await runCli([councilPlan, "--basis", "computed"])).stdout).toContain(
      "Summary: 10 measures, counting statuses computed by KPI Scorecard",
    );
  });
});

describe("scorecard -o at the terminal", () => {
  it("prints the summary and where it wrote, not every measure; --verbose adds them", async () => {
    const out = path.join(temp(), "scored.xlsx");
    const run = await runCli([councilPlan, "-o", out]);
    expect(run.code).toBe(0);
    expect(measureLines(run.stdout)).toEqual([]);
    expect(run.stdout).toContain("Summary: 10 measures");
    expect(run.stdout.trimEnd().split("\n").pop()).toBe(`Wrote ${out}`);
    const verbose = await runCli([councilPlan, "-o", out, "--verbose"]);
    expect(measureLines(verbose.stdout)).toHaveLength(10);
  });

  it("--quiet prints nothing and still writes", async () => {
    const out = path.join(temp(), "scored.xlsx");
    const run = await runCli([councilPlan, "-o", out, "--quiet"]);
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(existsSync(out)).toBe(true);
  });

  it("draws no progress bar for short work, even on a terminal", async () => {
    const run = await runCli([councilPlan, "-o", path.join(temp(), "s.xlsx")], { errIsTerminal: true });
    expect(run.stderr).toBe("");
  });
});

describe("refused before anything is read or written: exit 1, one line", () => {
  it.each([
    [
      "a folder that does not exist",
      (d: string) => path.join(d, "missing", "scored.xlsx"),
      /the folder .*missing does not exist/,
    ],
    ["a .csv name", (d: string) => path.join(d, "scored.csv"), /ends in \.csv.*\.xlsx or \.xlsm/],
    ["a name with no extension", (d: string) => path.join(d, "scored"), /has no extension/],
    ["a folder", (d: string) => d, /is a folder|ends in|has no extension/],
  ])("-o into %s", async (_name, output, message) => {
    const dir = temp();
    const run = await runCli([councilPlan, "-o", output(dir)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("takes an upper-case .XLSX, and refuses .xlsm for an .xlsx input (Excel would not open it)", async () => {
    const dir = temp();
    expect((await runCli([councilPlan, "-o", path.join(dir, "B.XLSX"), "-q"])).code).toBe(0);
    const run = await runCli([councilPlan, "-o", path.join(dir, "a.xlsm")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/holds no macros, so the copy must be named \.xlsx/);
    expect(existsSync(path.join(dir, "a.xlsm"))).toBe(false);
  });

  it("lists previous, last-year and the periods for a --compare no table has", async () => {
    const run = await runCli([councilPlan, "--compare", "Q9 nonsense"]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(
      /--compare 'Q9 nonsense' is not a period of .*; choose previous, last-year or one of its periods: 'Year end 2015\/16'/,
    );
  });
});

describe("--version and --help", () => {
  it("prints the package's version", async () => {
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as {
      version: string;
    };
    expect(await runCli(["--version"])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: "" });
  });

  it("names each default once, and never as (default: [])", async () => {
    const help = (await runCli(["--help"])).stdout.replace(/\n\s+/g, " ");
    expect(help).not.toContain("(default: [])");
    for (const option of help.split(/ (?=-{1,2}[a-z])/))
      expect(option.match(/default/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(help).toMatch(/--quiet/);
    expect(help).toMatch(/--verbose/);
  });
});

describe("terminal words", () => {
  it("counts nouns", () => {
    expect([count(0, "measure"), count(1, "measure"), count(2, "measure"), count(1200, "measure")]).toEqual([
      "No measures",
      "1 measure",
      "2 measures",
      "1,200 measures",
    ]);
  });

  it("cuts a line to the width with an ellipsis, by characters not bytes", () => {
    expect(fitLine("✓ ".repeat(30), 21)).toBe("✓ ".repeat(10) + "…");
    expect(fitLine("short", 80)).toBe("short");
    expect(fitLine("x".repeat(300), undefined)).toHaveLength(300);
  });

  it("draws a progress bar in place on a terminal, clears it at the end, and draws nothing elsewhere", () => {
    let screen = "";
    const bar = progressBar((t) => (screen += t), 2, true);
    bar.step("Reading big.xlsx…");
    bar.step("Judging 50,000 rows…");
    expect(screen).toContain("\r[--------------------] Reading big.xlsx…");
    expect(screen).toContain("\r[##########----------] Judging 50,000 rows…");
    bar.done();
    expect(screen.endsWith("\r")).toBe(true);
    let piped = "";
    const off = progressBar((t) => (piped += t), 2, false);
    off.step("Reading…");
    off.done();
    expect(piped).toBe("");
  });
});
