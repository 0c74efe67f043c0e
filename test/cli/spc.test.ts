/**
 * The SPC view on the command line: --json carries each measure's variation, assurance, rules and limits
 * (the worked example's hand-worked classes), --worsening special-cause leaves noise out of the areas for
 * improvement, and the written Exceptions sheet has the variation and assurance columns.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ScorecardJsonSchema, type ScorecardJson } from "../../src/cli/json-report";
import { runCli } from "../support/run-cli";
import { loadWorkbook } from "../support/workbook-cells";
import { EXPECTED, FIXTURE } from "../domain/judging/spc/worked-example";

async function json(args: string[]): Promise<ScorecardJson> {
  const run = await runCli([...args, "--json"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return ScorecardJsonSchema.parse(JSON.parse(run.stdout));
}

describe("scorecard on the SPC worked example", () => {
  it("--json gives each measure the hand-worked classes and the rule that fired", async () => {
    const doc = await json([FIXTURE]);
    const measures = doc.tables.flatMap((t) => t.measures);
    expect(Object.fromEntries(measures.map((m) => [m.ref, [m.spc.variation, m.spc.assurance, m.spc.rules]]))).toEqual(
      EXPECTED,
    );
    const noise = measures.find((m) => m.ref === "SPC.1");
    expect(noise?.spc.limits?.lower).toBeCloseTo(41.2025, 3);
    expect(noise?.spc.limits?.upper).toBeCloseTo(59.3531, 3);
    expect(doc.summary.spc.variation["special-cause-concerning"]).toBe(2);
  });

  it("areas for improvement: noise is escalated by direction of travel, and left out with --worsening special-cause", async () => {
    expect((await json([FIXTURE])).exceptions.map((e) => e.ref)).toEqual(["SPC.3", "SPC.6"]);
    const bySignal = await json([FIXTURE, "--worsening", "special-cause"]);
    // SPC.3 (noise, 51 → 50) drops out; SPC.4 (a shift to 24 days, its DOT "improved" from 25) comes in.
    expect(bySignal.exceptions.map((e) => [e.ref, e.variation])).toEqual([
      ["SPC.4", "Special cause concerning (H−)"],
      ["SPC.6", "Special cause concerning (H−)"],
    ]);
  });

  it("rejects a --worsening it does not know, writing nothing", async () => {
    const run = await runCli([FIXTURE, "--worsening", "sometimes"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("scorecard: --worsening must be direction or special-cause\n");
  });

  it("writes the variation and assurance columns and the Summary's signal sentences", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "kpi-spc-")), "scored.xlsx");
    const run = await runCli([FIXTURE, "-o", out, "--worsening", "special-cause"]);
    expect(run.code).toBe(0);
    const wb = await loadWorkbook(out);
    const texts = (name: string) => {
      const rows: string[][] = [];
      wb.getWorksheet(name)?.eachRow((row) =>
        rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v)))),
      );
      return rows;
    };
    const exceptions = texts("Exceptions");
    expect(
      exceptions.some((r) => r[0] === "Areas for improvement: off target with special cause concerning variation (2)"),
    ).toBe(true);
    const spc4 = exceptions.find((r) => r[0] === "SPC.4");
    const at = exceptions.find((r) => r[0] === "Ref")?.indexOf("Variation") ?? -1;
    expect(spc4?.slice(at, at + 2)).toEqual(["Special cause concerning (H−)", "Hit and miss (~)"]);
    expect(texts("Summary").some((r) => r[0] === "• 2 measures show special cause concerning variation")).toBe(true);
  });
});
