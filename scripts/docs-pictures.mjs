#!/usr/bin/env node
/**
 * Regenerates every picture in docs/ from the bundled examples, with no network:
 *  - the report sheets: the built `scorecard` command writes the council plan (and the directorate example for two
 *    quarters, for the KPI History), LibreOffice prints them to PDF, and each sheet's first page is kept as a PNG
 *    (pdftotext tells which page is which, by the sheet's title);
 *  - the pane's steps: test/docs/pane-pictures.docs.ts, run by Jest with jest.docs.config.js, through the browser
 *    tests' harness (Debian's /usr/bin/chromium; never a download).
 * Needs soffice, pdftoppm and pdftotext (Debian's libreoffice-calc and poppler-utils).
 * Usage: npm run docs:pictures [-- --sheets-only | --pane-only]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const docs = path.join(root, "docs");
const only = process.argv[2];
const run = (cmd, args, options = {}) => execFileSync(cmd, args, { cwd: root, encoding: "utf8", ...options });

/** Each page's words with their boxes (in points), as pdftotext -bbox gives them. */
function pagesOf(pdf) {
  const html = run("pdftotext", ["-bbox", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p, i) => ({
    number: i + 1,
    width: Number(p[1]),
    height: Number(p[2]),
    words: [...p[3].matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((w) => ({
      x: Number(w[1]),
      y: Number(w[2]),
      right: Number(w[3]),
      bottom: Number(w[4]),
      text: w[5],
    })),
  }));
}

/** Where the words run in order on a page (their first word), or undefined. */
function phrase(page, words) {
  const t = page.words;
  for (let i = 0; i + words.length <= t.length; i++) if (words.every((w, j) => t[i + j].text === w)) return t[i];
  return undefined;
}

/** The pages a report sheet printed on: from its title ("KPI Scorecard: Summary") up to the next sheet's. */
function sheetPages(pages, title) {
  const starts = pages.filter((p) => phrase(p, ["KPI", "Scorecard:"]) !== undefined);
  const first = starts.find((p) => phrase(p, ["KPI", "Scorecard:", title]) !== undefined);
  if (first === undefined) throw new Error(`no page titled "KPI Scorecard: ${title}"`);
  const next = starts.find((p) => p.number > first.number);
  return pages.filter((p) => p.number >= first.number && (next === undefined || p.number < next.number));
}

/** One page (or a box on it, in points) as a PNG at `dpi`. */
function png(pdf, page, out, dpi, box) {
  const crop =
    box === undefined
      ? []
      : ["-x", box.x, "-y", box.y, "-W", box.width, "-H", box.height].map((v) =>
          typeof v === "number" ? String(Math.round((v * dpi) / 72)) : v,
        );
  const stem = path.join(docs, out.replace(/\.png$/, ""));
  run("pdftoppm", [
    "-png",
    "-r",
    String(dpi),
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    ...crop,
    pdf,
    stem,
  ]);
  console.log(`docs/${out}: page ${page}${box === undefined ? "" : ", cropped"}`);
}

function sheets() {
  run("npm", ["run", "--silent", "build:cli"], { stdio: "inherit" });
  const dir = mkdtempSync(path.join(tmpdir(), "kpi-docs-"));
  try {
    const cli = (...args) => run(process.execPath, [path.join(root, "bin", "scorecard.js"), ...args, "-q"]);
    const council = path.join(dir, "council-plan.xlsx");
    cli(path.join(root, "examples", "council-plan-2019-q1.xlsx"), "-o", council);
    // Two quarters of the directorate example: Q1 written, then Q2 written on the file Q1 wrote.
    const q1 = path.join(dir, "directorate-q1.xlsx");
    const q2 = path.join(dir, "directorate-q2.xlsx");
    cli(
      path.join(root, "examples", "directorate-performance-2023-q2.xlsx"),
      "--current",
      "Q1 Apr - June 2023/24",
      "-o",
      q1,
    );
    cli(q1, "-o", q2);
    // A profile of its own, so a LibreOffice already running (or another run of this) does not swallow the job.
    const profile = `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`;
    run("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, council, q2], { stdio: "pipe" });
    const councilPdf = council.replace(/\.xlsx$/, ".pdf");
    const q2Pdf = q2.replace(/\.xlsx$/, ".pdf");
    const pages = pagesOf(councilPdf);

    const summary = sheetPages(pages, "Summary");
    png(councilPdf, summary[0].number, "summary-sheet.png", 70);
    png(councilPdf, sheetPages(pages, "Exceptions")[0].number, "exceptions-sheet.png", 70);
    png(councilPdf, sheetPages(pages, "Checks")[0].number, "checks-sheet.png", 70);
    // Eleven columns on one landscape page: at 70 dpi its words cannot be read.
    png(q2Pdf, sheetPages(pagesOf(q2Pdf), "History")[0].number, "history-sheet.png", 110);

    // The Summary's two charts: from the "Status by group" chart's title to the lowest words above the footer.
    const charts = summary.find((p) => phrase(p, ["Status", "by", "group"]) !== undefined);
    if (charts === undefined) throw new Error("no Summary page with the Status by group chart");
    const title = phrase(charts, ["Status", "by", "group"]);
    const footer = phrase(charts, ["Summary,", "page"]) ?? { y: charts.height };
    const bottom = Math.max(...charts.words.filter((w) => w.y > title.y && w.y < footer.y - 20).map((w) => w.bottom));
    png(councilPdf, charts.number, "summary-charts.png", 150, {
      x: 20,
      y: title.y - 16,
      width: charts.width - 40,
      height: bottom + 14 - (title.y - 16),
    });

    // The Exceptions' Variation, Assurance and Trend columns, close up: the heading and the first four measures.
    const exceptions = sheetPages(pages, "Exceptions")[0];
    const ref = exceptions.words.find((w) => w.text === "Ref");
    const variation = exceptions.words.find((w) => w.text === "Variation" && w.y === ref?.y);
    if (ref === undefined || variation === undefined) throw new Error("no Variation heading on the Exceptions");
    const refs = exceptions.words.filter((w) => Math.abs(w.x - ref.x) < 2 && w.y > ref.y + 2);
    const fifth = refs[4]?.y ?? ref.y + 270;
    png(councilPdf, exceptions.number, "exceptions-trend.png", 150, {
      x: variation.x - 4,
      y: ref.y - 4,
      width: exceptions.width - variation.x - 8,
      height: fifth - 2 - (ref.y - 4),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pane() {
  const jest = path.join(root, "node_modules", ".bin", "jest");
  run(jest, ["--config", "jest.docs.config.js", "-w", "1"], { stdio: "inherit" });
}

if (only !== "--pane-only") sheets();
if (only !== "--sheets-only") pane();
