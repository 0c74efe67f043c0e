/**
 * The report sheets as a person sees them printed: LibreOffice renders the CLI's output of the council plan to
 * PDF, and each sheet's pages are counted from its footer ("Summary, page 2 of 6"). Skipped, saying so, only
 * where soffice is not installed (CI installs it: Debian's libreoffice-calc and poppler-utils).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { runCli } from "../support/run-cli";

const examples = path.resolve(__dirname, "../../examples");
const has = (tool: string, flag: string) => spawnSync(tool, [flag], { encoding: "utf8" }).status === 0;
const rendering = has("soffice", "--version") && has("pdftotext", "-v");
if (!rendering) {
  const why = "soffice or pdftotext is not installed (apt-get install libreoffice-calc poppler-utils)";
  // In CI the tools are part of the run: their absence is a failure, not a skip.
  if (process.env.CI === "true") throw new Error(`the rendered-PDF checks need LibreOffice: ${why}`);
  console.warn(`Skipping the rendered-PDF checks: ${why}`);
}

/** Render a workbook to PDF with a private LibreOffice profile (other runs may have one open). */
function renderPdf(xlsx: string): string {
  const dir = path.dirname(xlsx);
  const profile = `file://${path.join(dir, "profile")}`;
  const run = spawnSync(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx],
    { encoding: "utf8", timeout: 120_000 },
  );
  const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not render ${xlsx}: ${run.stderr}`);
  return pdf;
}

/** Each page's text, in order. */
function pages(pdf: string): string[] {
  const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
  return text.split("\f").filter((p, i, all) => i < all.length - 1 || p.trim() !== "");
}

/** How many pages each sheet printed on, from the footers the plan gives its sheets. */
function pagesBySheet(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const page of texts) {
    const footer = /(\S[^\n]*?), page \d+ of \d+\s*$/.exec(page.trimEnd())?.[1]?.trim();
    if (footer !== undefined) counts.set(footer, (counts.get(footer) ?? 0) + 1);
  }
  return counts;
}

/** The example scored by the CLI and printed: each page's text. */
async function printed(example: string): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "kpi-render-"));
  const input = path.join(dir, example);
  copyFileSync(path.join(examples, example), input);
  const out = path.join(dir, "scored.xlsx");
  expect((await runCli([input, "-o", out])).code).toBe(0);
  return pages(renderPdf(out));
}

(rendering ? describe.each : describe.skip.each)([
  "corporate-plan-2016-q2.xlsx",
  "directorate-performance-2023-q2.xlsx",
])("the reports of %s, printed by LibreOffice", (example) => {
  it("print the Summary and the Exceptions on at most two pages each", async () => {
    const counts = pagesBySheet(await printed(example));
    for (const sheet of ["Summary", "Exceptions"]) {
      expect([sheet, (counts.get(sheet) ?? 0) >= 1]).toEqual([sheet, true]);
      expect([sheet, (counts.get(sheet) ?? 0) <= 2]).toEqual([sheet, true]);
    }
  }, 180_000);
});

(rendering ? describe : describe.skip)("the council plan's reports, printed by LibreOffice", () => {
  let texts: string[];
  beforeAll(async () => {
    texts = await printed("council-plan-2019-q1.xlsx");
  }, 180_000);

  it("prints the Summary and the Exceptions on at most two pages each", () => {
    const counts = pagesBySheet(texts);
    expect(counts.get("Summary")).toBeGreaterThanOrEqual(1);
    expect(counts.get("Summary")).toBeLessThanOrEqual(2);
    expect(counts.get("Exceptions")).toBeGreaterThanOrEqual(1);
    expect(counts.get("Exceptions")).toBeLessThanOrEqual(2);
    expect(counts.get("Checks")).toBe(1);
  });

  it("prints every heading whole: no word cut at its column's edge", () => {
    const printed = texts.join("\n");
    const words = (s: string) => printed.includes(s);
    for (const heading of [
      "Good performance",
      "Lead officer",
      "For the Cabinet report",
      "% of measured then",
      "% on target of measured",
      "Direction of travel (dependent upon whether good performance is high or low)",
    ])
      for (const word of heading.split(" ")) expect([heading, word, words(word)]).toEqual([heading, word, true]);
    // Wrapped headings print their words on lines of their own, never a fragment such as "performanc".
    expect(printed).not.toMatch(/\bperformanc\b/);
    expect(printed).toMatch(/Current \(Q1/);
  });

  it("repeats the Exceptions' header on each of its pages", () => {
    const exceptionPages = texts.filter((t) => /Exceptions, page \d+ of \d+\s*$/.test(t.trimEnd()));
    for (const page of exceptionPages) expect(page).toMatch(/Ref\s+Measure\s+Lead officer/);
  });
});
