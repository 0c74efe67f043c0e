/**
 * The pane's pictures in docs/: each step at 320×700 in Debian's headless Chromium, through the browser tests'
 * harness (the built pane, its real Office.js adapter, the mock workbook). Not a test: run by
 * `npm run docs:pictures` (scripts/docs-pictures.mjs) with jest.docs.config.js. The directorate example is
 * written for Q2, then Q3 (figures typed, an officer's ● typed, an override set) and Q4, saved and reopened between
 * quarters, as an officer would, so the Preview, Apply and Restore show what they show from the second quarter on.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { find, type, typeFigures, write } from "../e2e/quarter-steps";
import type { Browser, Locator, Page } from "playwright-core";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { scoreGrids } from "../../src/domain/pipeline";
import { buildForBrowser, launch, openPane, paneDir, root, saveAndReopen, serve } from "../e2e/harness";

const DOCS = path.join(root, "docs");
const DIRECTORATE = path.join(root, "examples", "directorate-performance-2023-q2.xlsx");
const COUNCIL_PLAN = path.join(root, "examples", "council-plan-2019-q1.xlsx");
const SPC_FIXTURE = path.join(root, "test", "fixtures", "spc-monthly.xlsx");
const SHEET = "Directorate data Q2 2023-24";
const STATUS = 16;

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  if (process.env.KPI_SKIP_BUILD !== "1") buildForBrowser();
  server = await serve(paneDir);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The page from the top of `from` to the bottom of `to` (at most `most` pixels tall), the pane's full width. */
async function picture(page: Page, name: string, from: Locator, to: Locator = from, most = 900): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await settled(page, to);
  const top = await from.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const bottom = await to.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
  const y = Math.max(0, Math.floor(top));
  const height = Math.min(most, Math.ceil(bottom) + 6 - y);
  mkdirSync(DOCS, { recursive: true });
  await page.screenshot({
    path: path.join(DOCS, `${name}.png`),
    fullPage: true,
    animations: "disabled",
    caret: "hide",
    clip: { x: 0, y, width: 320, height },
  });
}

/** Wait until the element stops growing or shrinking (an accordion panel opens with an animation). */
async function settled(page: Page, element: Locator): Promise<void> {
  let last = -1;
  for (let same = 0; same < 3;) {
    await page.waitForTimeout(150);
    const height = await element.evaluate((el) => el.getBoundingClientRect().height);
    same = height === last ? same + 1 : 0;
    last = height;
  }
}

/** A step's whole accordion item: its header and its panel. */
const step = (page: Page, name: RegExp) =>
  page.getByRole("button", { name }).locator("xpath=ancestor::div[contains(@class,'fui-AccordionItem')][1]");

describe("docs pictures of the pane", () => {
  it("takes Scorecard, Preview, Apply, Reports and Restore on the directorate example, quarter to quarter", async () => {
    const grids = (await readWorkbook(DIRECTORATE)).grids;
    const measures = scoreGrids(grids).measures;
    const rows = measures.map((m) => m.row);
    const typed = rows[2] as number;
    // The override goes on a measure off target in Q2 that nobody typed a status for.
    const overridden = measures.find((m) => m.status === "off-target" && m.row !== typed)?.row ?? (rows[6] as number);
    const { page, errors } = await openPane(browser, server.url, grids);
    page.setDefaultTimeout(90_000); // a write through the mock is slow on a loaded machine

    // 1. Scorecard, as first found.
    await find(page);
    await picture(page, "pane-scorecard", page.locator("main"), step(page, /^1\. Scorecard/), 1100);
    await write(page);

    // Q3: figures and an officer's ● typed, the file saved and opened again.
    await typeFigures(page, SHEET, rows, 13);
    await type(page, SHEET, typed, STATUS, "●");
    await saveAndReopen(page);
    await find(page);

    // 2. Preview: the officer's measure says whose its status cell is; another's override form open.
    await page.getByRole("button", { name: /^2\. Preview/ }).click();
    const officer = page.locator(`li[data-row="${typed}"]`);
    await officer.getByTestId("owner").waitFor();
    const item = page.locator(`li[data-row="${overridden}"]`);
    await item.locator("button[aria-expanded]").click();
    await item.getByRole("button", { name: "Override this status…" }).click();
    await item.getByRole("combobox", { name: "Override status" }).selectOption("near-target");
    await item.getByRole("textbox", { name: "Override reason" }).fill("Recovery plan agreed by DMT");
    const until = item.getByRole("combobox", { name: "Override until" });
    await until.selectOption({ index: 0 });
    await picture(page, "pane-preview", item);

    // The override set; 3. Apply with the officer's status to keep or replace.
    await item.getByRole("button", { name: "Set override" }).click();
    await page.getByText("Override set", { exact: true }).waitFor();
    await page.getByRole("button", { name: /^2\. Preview/ }).click();
    await page.getByRole("button", { name: /^3\. Apply/ }).click();
    await page.getByRole("radio", { name: /^Keep them/ }).waitFor();
    const apply = step(page, /^3\. Apply/);
    await picture(page, "pane-apply", apply);
    await page.getByRole("button", { name: /^Write \d+ status/ }).click();
    await page.getByText("Statuses written", { exact: true }).waitFor();

    // Q4 written too; 4. Reports, after the Summary is written.
    await typeFigures(page, SHEET, rows, 14);
    await saveAndReopen(page);
    await find(page);
    await write(page);
    await page.getByRole("button", { name: "Summary", exact: true }).click();
    await page.getByText("Summary ready", { exact: true }).waitFor();
    await picture(page, "pane-reports", step(page, /^4\. Reports/));

    // 5. Restore lists the three writes, newest first.
    await saveAndReopen(page);
    await page.getByRole("button", { name: /^5\. Restore/ }).click();
    const points = page.getByRole("radiogroup", { name: "Restore points, newest first" }).getByRole("radio");
    await points.nth(2).waitFor();
    await points.nth(1).check();
    await picture(page, "pane-restore", step(page, /^5\. Restore/));
    expect(errors).toEqual([]);
  });

  it("takes the Preview's trend line and the Reports' status bars close up, on the council plan", async () => {
    const { page, errors } = await openPane(browser, server.url, (await readWorkbook(COUNCIL_PLAN)).grids);
    page.setDefaultTimeout(90_000); // a write through the mock is slow on a loaded machine
    await find(page);
    await page.getByRole("button", { name: /^2\. Preview/ }).click();
    const bins = page.getByRole("list", { name: "Measures" }).locator(":scope > li").filter({ hasText: "missed bins" });
    await bins.locator("svg[data-sparkline]").waitFor();
    await picture(page, "pane-preview-trend", bins);
    await page.getByRole("button", { name: /^4\. Reports/ }).click();
    const bars = page.locator("figure[data-chart='status-by-group']");
    await bars.waitFor();
    await picture(page, "pane-reports-status-bars", bars);
    expect(errors).toEqual([]);
  });

  it("takes the Preview filtered to common cause variation, on the SPC worked example", async () => {
    const { page, errors } = await openPane(browser, server.url, (await readWorkbook(SPC_FIXTURE)).grids);
    page.setDefaultTimeout(90_000); // a write through the mock is slow on a loaded machine
    await find(page);
    await page.getByRole("button", { name: /^2\. Preview/ }).click();
    await page.getByRole("combobox", { name: "Variation (signal or noise)" }).selectOption("common-cause");
    await page.getByText("Showing 3 of 3 matching measures.", { exact: false }).waitFor();
    await picture(page, "pane-preview-signal", step(page, /^2\. Preview/), undefined, 1100);
    expect(errors).toEqual([]);
  });
});
