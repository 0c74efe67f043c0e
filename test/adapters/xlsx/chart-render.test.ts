/**
 * LibreOffice opens the written workbook and renders the Summary's charts: their titles and the legend's
 * words, which no cell holds, appear in the PDF it prints. Needs Debian's libreoffice-calc and poppler-utils.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readWorkbook } from "../../../src/adapters/xlsx/read-workbook";
import { runCli } from "../../support/run-cli";

const found = (tool: string) => ["/usr/bin", "/usr/local/bin"].some((d) => existsSync(path.join(d, tool)));
const canRender = found("soffice") && found("pdftotext");
if (!canRender) console.warn("chart-render: soffice or pdftotext missing, the render check is skipped");

(canRender ? describe : describe.skip)("the Summary's charts as LibreOffice prints them", () => {
  let dir: string;
  let text: string;
  let out: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "kpi-render-"));
    out = path.join(dir, "scored.xlsx");
    const run = await runCli([path.resolve(__dirname, "../../../examples/council-plan-2019-q1.xlsx"), "-o", out]);
    expect(run.code).toBe(0);
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, out],
      { stdio: "ignore", timeout: 120_000 },
    );
    execFileSync("pdftotext", [path.join(dir, "scored.pdf"), path.join(dir, "scored.txt")]);
    // A category name may wrap under its column in the chart: words are compared with their spaces evened out.
    text = readFileSync(path.join(dir, "scored.txt"), "utf8").replace(/\s+/g, " ");
  }, 150_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("renders the status-by-group chart with the statuses in its legend", () => {
    expect(text).toContain("Status by group");
    for (const legend of ["✓ On target", "● Near target", "✘ Off target"]) expect(text).toContain(legend);
  });

  it("renders the direction-of-travel chart: its categories are printed once more than the cells hold them", async () => {
    const { grids } = await readWorkbook(out);
    const words = "Numbers have got worse";
    const inCells = grids.flatMap((g) => g.values.flat()).filter((v) => v === words).length;
    expect(inCells).toBeGreaterThan(0);
    expect(text.split(words).length - 1).toBe(inCells + 1);
  });
});
