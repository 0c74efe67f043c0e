import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const script = path.join(root, "scripts/check-api-sets.mjs");

function check(args: string[]): { code: number; output: string } {
  try {
    const out = execFileSync(process.execPath, [script, ...args], { encoding: "utf8", stdio: "pipe" });
    return { code: 0, output: out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, output: err.stdout + err.stderr };
  }
}

/** A source file using Office.js, in a folder of its own. */
function source(code: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "kpi-api-sets-")), "use.ts");
  writeFileSync(
    file,
    `declare const supports: (v: string) => boolean;\nexport async function f(context: Excel.RequestContext): Promise<void> {\n${code}\n}\n`,
  );
  return file;
}

describe("check:api-sets", () => {
  it("passes the add-in: every Office.js member within the manifest's sets or under a check of its set", () => {
    const r = check([]);
    expect(r.code).toBe(0);
    expect(r.output).toMatch(/\d+ Office\.js members used/);
  });

  it("lists each member with its requirement set", () => {
    const r = check(["--list"]);
    expect(r.output).toMatch(/Range\.getMergedAreasOrNullObject\tExcelApi 1\.13\tguarded \(1\.13\)/);
    expect(r.output).toMatch(/Worksheet\.getRangeByIndexes\tExcelApi 1\.7\tdeclared/);
    expect(r.output).toMatch(/CustomFunctions\.Error\tCustomFunctionsRuntime 1\.2\tdeclared/);
  });

  it("fails a member above the manifest's minimum used without a check, or under a check of an older set", () => {
    const unguarded = check([source(`context.workbook.getActiveCell().getMergedAreasOrNullObject();`)]);
    expect(unguarded.code).toBe(1);
    expect(unguarded.output).toContain("Range.getMergedAreasOrNullObject needs ExcelApi 1.13: NOT GUARDED");
    expect(
      check([source(`if (supports("1.9")) context.workbook.getActiveCell().getMergedAreasOrNullObject();`)]).code,
    ).toBe(1);
    expect(
      check([source(`if (supports("1.13")) context.workbook.getActiveCell().getMergedAreasOrNullObject();`)]).code,
    ).toBe(0);
    // The always-true feature test the apply step used to make is no check.
    const typeofGuard = check([
      source(
        `const app = context.workbook.application;\nif (typeof app.suspendScreenUpdatingUntilNextSync === "function") app.suspendScreenUpdatingUntilNextSync();`,
      ),
    ]);
    expect(typeofGuard.output).toContain("suspendScreenUpdatingUntilNextSync needs ExcelApi 1.9: NOT GUARDED");
  });

  it("fails a call the Office docs say clears Excel's undo history", () => {
    const r = check([source(`context.workbook.worksheets.getItem("KPI").visibility = "VeryHidden";`)]);
    expect(r.code).toBe(1);
    expect(r.output).toContain(
      "Worksheet.visibility (set) needs ExcelApi 1.2: NOT ALLOWED: clears Excel's undo history",
    );
  });
});
