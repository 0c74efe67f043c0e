/**
 * Quarter to quarter in the task pane, in Debian's headless Chromium: the directorate example written for Q2,
 * Q3 and Q4 in the pane (figures added to the mock workbook each time, a target changed, an officer's status
 * typed, an override set until Q4), saved and reopened between quarters; then a workbook the CLI wrote
 * continued in the pane (its grids and custom XML parts seeded into the host).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { find, type, typeFigures, write } from "./quarter-steps";
import type { Browser, Page } from "playwright-core";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { scoreGrids } from "../../src/domain/pipeline";
import { LEDGER_NAMESPACE, readLedger, type Ledger } from "../../src/domain/ledger";
import { STATUS_SYMBOLS } from "../../src/domain/judging";
import type { Grid } from "../../src/domain/sheet/grid";
import { runCli } from "../support/run-cli";
import { renameSheet } from "../support/xlsx-edit";
import { buildForBrowser, customXmlOf, launch, openPane, paneDir, root, saveAndReopen, serve, shot } from "./harness";

const DIRECTORATE = path.join(root, "examples", "directorate-performance-2023-q2.xlsx");
const SHEET = "Directorate data Q2 2023-24";
const Q2 = "Q2 Jul - Sep 2023/24";
const Q3 = "Q3 Oct - Dec 2023/24";
const Q4 = "Q4 Jan - Mar 2023/24";
const STATUS = 16;

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let directorate: Grid[];

beforeAll(async () => {
  buildForBrowser();
  server = await serve(paneDir);
  browser = await launch();
  directorate = (await readWorkbook(DIRECTORATE)).grids;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const cellValue = (page: Page, row: number, column: number) =>
  page.evaluate(
    ([r, c]) => window.__KPI_WORKBOOK__?.cell("Directorate data Q2 2023-24", r as number, c as number)?.value ?? null,
    [row, column] as const,
  );

/** The ledger as the workbook holds it now, read by the domain as either face reads it. */
const ledgerIn = async (page: Page): Promise<Ledger> =>
  readLedger(
    await page.evaluate(
      (ns) => window.__KPI_WORKBOOK__?.customXml.filter((p) => p.namespace === ns).map((p) => p.xml) ?? [],
      LEDGER_NAMESPACE,
    ),
  ).ledger;

describe("quarter to quarter in the pane", () => {
  it("carries the directorate example through Q2, Q3 and Q4, with an override, an officer's status and restore points", async () => {
    const measures = scoreGrids(directorate).measures;
    const rows = measures.map((m) => m.row);
    const [typed, retargeted, overridden] = [rows[2] as number, rows[4] as number, rows[6] as number];
    const { page, errors } = await openPane(browser, server.url, directorate);

    // Q2.
    await find(page);
    await write(page);
    const q2History = (await ledgerIn(page)).history;
    expect(q2History.map((s) => s.period)).toEqual(Array(31).fill(Q2));

    // Q3: figures, a target raised, an officer's ● typed; the file saved and opened again.
    await typeFigures(page, SHEET, rows, 13);
    await type(page, SHEET, retargeted, 7, "99%");
    await type(page, SHEET, typed, STATUS, "●");
    await saveAndReopen(page);
    await find(page);
    await page.getByRole("button", { name: /^2\. Preview/ }).click();
    const items = page.getByRole("list", { name: "Measures" }).locator(":scope > li");
    await expect(items.count()).resolves.toBe(31);
    const officer = page.locator(`li[data-row="${typed}"]`);
    await expect(officer.getByTestId("owner").textContent()).resolves.toMatch(
      /^Status cell: the officer's ●, kept; computed /,
    );
    await expect(page.getByTestId("owner").filter({ hasText: "Status cell: the tool's own" }).count()).resolves.toBe(
      30,
    );

    // The override, with a reason, until Q4.
    const item = page.locator(`li[data-row="${overridden}"]`);
    await item.locator("button[aria-expanded]").click();
    await item.getByRole("button", { name: "Override this status…" }).click();
    const status = measures[6]?.status === "near-target" ? "on-target" : "near-target";
    await item.getByRole("combobox", { name: "Override status" }).selectOption(status);
    await expect(item.getByRole("button", { name: "Set override" }).isDisabled()).resolves.toBe(true);
    await item.getByRole("textbox", { name: "Override reason" }).fill("Recovery plan agreed by DMT");
    const until = await item.getByRole("combobox", { name: "Override until" }).locator("option").allTextContents();
    expect(until.slice(0, 2)).toEqual([Q4, "Q1 Apr - June 2024/25"]);
    await item.getByRole("combobox", { name: "Override until" }).selectOption(Q4);
    await item.getByRole("button", { name: "Set override" }).click();
    await page.getByText("Override set", { exact: true }).waitFor();
    const listed = await page.getByRole("list", { name: "Overrides" }).textContent();
    expect(listed).toContain("Recovery plan agreed by DMT. Until Q4 Jan - Mar 2023/24 (expires after this period");
    await shot(page, "q2q-preview-override");
    await write(page);
    expect(await cellValue(page, typed, STATUS)).toBe("●");
    expect(await cellValue(page, overridden, STATUS)).toBe(STATUS_SYMBOLS[status]);
    let ledger = await ledgerIn(page);
    expect(ledger.history.filter((s) => s.period === Q2)).toEqual(q2History);
    const q3History = ledger.history.filter((s) => s.period === Q3);
    expect(q3History.map((s) => s.source).sort()).toEqual([...Array(29).fill("computed"), "override", "recorded"]);

    // Q4: the override has expired; the officer's ● was Q3's and is frozen there.
    await typeFigures(page, SHEET, rows, 14);
    await saveAndReopen(page);
    await find(page);
    await write(page);
    ledger = await ledgerIn(page);
    const q4 = ledger.history.filter((s) => s.period === Q4);
    expect(q4.map((s) => s.source)).toEqual(Array(31).fill("computed"));
    for (const s of q4) {
      const m = measures.find(
        (x) => (x.ref ?? "").trim() === s.measure.ref && x.measure.replace(/\s+/g, " ").trim() === s.measure.measure,
      );
      if (m !== undefined) expect(await cellValue(page, m.row, STATUS)).toBe(STATUS_SYMBOLS[s.status]);
    }
    expect(ledger.history.filter((s) => s.period === Q2)).toEqual(q2History);
    expect(ledger.history.filter((s) => s.period === Q3)).toEqual(q3History);
    // The Summary counts Q4's statuses only: every one computed for Q4.
    await page.getByRole("button", { name: "Summary", exact: true }).click();
    await page.getByText("Summary ready", { exact: true }).waitFor();
    const summary = await page.evaluate(() => {
      const s = window.__KPI_WORKBOOK__?.sheets.get("Summary");
      return [...(s?.cells.values() ?? [])].map((c) => String(c.value ?? ""));
    });
    expect(summary.some((t) => t.includes(Q4))).toBe(true);

    // Restore points, newest first; the Q3 write chosen puts back Q4's and Q3's writes.
    await saveAndReopen(page);
    await page.getByRole("button", { name: /^5\. Restore/ }).click();
    const radios = page.getByRole("radiogroup", { name: "Restore points, newest first" }).getByRole("radio");
    await expect(radios.count()).resolves.toBe(3);
    const labels = await page.getByTestId("restore-points").locator("label").allTextContents();
    expect(labels.map((l) => l.split(" write")[0])).toEqual([Q4, Q3, Q2]);
    await radios.nth(1).check();
    await shot(page, "q2q-restore-points");
    await page.getByRole("button", { name: "Restore to before this write" }).click();
    await page.getByText("Restored", { exact: true }).waitFor();
    expect(await cellValue(page, typed, STATUS)).toBe("●");
    ledger = await ledgerIn(page);
    expect(ledger.writes.map((w) => w.period)).toEqual([Q2]);
    expect(ledger.history.filter((s) => s.period === Q2)).toEqual(q2History);
    expect(errors).toEqual([]);
  });

  it("continues a workbook the CLI wrote: its statuses are the tool's own, its record and restore point carried on", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kpi-cli-to-pane-"));
    const out = path.join(dir, "q2.xlsx");
    const run = await runCli([DIRECTORATE, "-o", out], { now: new Date("2023-10-10T09:00:00Z") });
    expect(run.code).toBe(0);
    const grids = (await readWorkbook(out)).grids;
    const parts = customXmlOf(readFileSync(out));
    const cliLedger = readLedger(parts.filter((x) => x.includes(LEDGER_NAMESPACE))).ledger;
    expect(cliLedger.writes.map((w) => [w.face, w.period])).toEqual([["cli", Q2]]);
    const { page, errors } = await openPane(browser, server.url, grids, {}, parts);
    await find(page);
    await page.getByRole("button", { name: /^2\. Preview/ }).click();
    await expect(page.getByTestId("owner").filter({ hasText: "Status cell: the tool's own" }).count()).resolves.toBe(
      31,
    );
    await page.getByRole("button", { name: /^5\. Restore/ }).click();
    await expect(page.getByTestId("restore-point").textContent()).resolves.toMatch(/^Last write /);
    // The pane writes Q2 again: the tool's own symbols refresh; the record goes on from the CLI's.
    await write(page);
    const ledger = await ledgerIn(page);
    expect(ledger.writes.map((w) => w.face)).toEqual(["cli", "pane"]);
    expect(ledger.history.filter((s) => s.period === Q2)).toHaveLength(31);
    await page.getByRole("button", { name: /^5\. Restore/ }).click();
    const labels = await page.getByTestId("restore-points").locator("label").allTextContents();
    expect(labels).toHaveLength(2);
    expect(labels[1]).toMatch(/\(command line\)$/);
    expect(errors).toEqual([]);
  });

  it("shows which quarter a Current column holds, from the title or as the officer names it, and records that quarter", async () => {
    // Hart DC: Previous | Current under "… Quarter 1 2014/15", statuses in the council's words.
    const hart = (await readWorkbook(path.join(root, "test", "fixtures", "councils", "hart-dc-2014-15-q1.xlsx"))).grids;
    const named = await openPane(browser, server.url, hart);
    await find(named.page);
    const holds = named.page.getByRole("textbox", { name: 'The period "Current" holds' });
    await expect(holds.getAttribute("placeholder")).resolves.toBe("Q1 2014/15");
    await named.page.getByText("Q1 2014/15, as the sheet's title names it.", { exact: false }).waitFor();
    await write(named.page);
    expect([...new Set((await ledgerIn(named.page)).history.map((s) => s.period))]).toEqual(["Q1 2014/15"]);
    expect(named.errors).toEqual([]);

    // A This quarter column under a title naming no quarter: the pane says so, and takes the officer's word.
    const rag = (await readWorkbook(path.join(root, "test", "fixtures", "councils", "quarterly-rag-fills.xlsx"))).grids;
    const { page, errors } = await openPane(browser, server.url, rag);
    await find(page);
    const unnamed = page.getByText("Nothing on the sheet says which period", { exact: false });
    await unnamed.waitFor();
    await shot(page, "q2q-period-unnamed");
    const field = page.getByRole("textbox", { name: 'The period "This quarter" holds' });
    await field.fill("Quarter 2");
    await page.getByText("Name the period with its year", { exact: false }).waitFor();
    await field.fill("Q3 2024/25");
    await unnamed.waitFor({ state: "detached" });
    await write(page);
    const ledger = await ledgerIn(page);
    expect([...new Set(ledger.history.map((s) => s.period))]).toEqual(["Q3 2024/25"]);
    expect(ledger.writes.map((w) => w.period)).toEqual(["Q3 2024/25"]);
    expect(errors).toEqual([]);
  });

  it("says so when a tab renamed for the new quarter keeps its record, and writes on under the new name", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kpi-renamed-pane-"));
    const q2 = path.join(dir, "q2.xlsx");
    const renamed = path.join(dir, "renamed.xlsx");
    expect((await runCli([DIRECTORATE, "-o", q2], { now: new Date("2023-10-10T09:00:00Z") })).code).toBe(0);
    const Q3_TAB = "Directorate data Q3 2023-24";
    await renameSheet(q2, renamed, SHEET, Q3_TAB);
    const { page, errors } = await openPane(
      browser,
      server.url,
      (await readWorkbook(renamed)).grids,
      {},
      customXmlOf(readFileSync(renamed)),
    );
    await find(page);
    await page.getByTestId("messages-preview").getByText("Renamed tab, same record").waitFor();
    await shot(page, "q2q-renamed-tab");
    await write(page);
    const ledger = await ledgerIn(page);
    expect(new Set(ledger.history.map((s) => s.measure.sheet))).toEqual(new Set([Q3_TAB]));
    expect(ledger.writes.map((w) => w.face)).toEqual(["cli", "pane"]);
    expect(errors).toEqual([]);
  });
});
