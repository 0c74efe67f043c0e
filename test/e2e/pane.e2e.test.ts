/**
 * The task pane as an officer uses it, in Debian's headless Chromium: the built page, its real
 * Office.js adapter, and an office-addin-mock workbook seeded from an example scorecard.
 * Scorecard → Preview → Apply → Summary → Restore, asserting the page and the workbook after each step.
 */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { gridFromRows, type Grid } from "../../src/domain/sheet/grid";
import { scoreGrids } from "../../src/domain/pipeline";
import { SETTINGS_KEY } from "../../src/domain/choices/settings";
import type { MockCell } from "../support/mock-workbook";
import { buildForBrowser, launch, openPane, paneDir, root, serve, shot } from "./harness";

type Snapshot = Record<string, Record<string, MockCell>>;

const DIRECTORATE = path.join(root, "examples", "directorate-performance-2023-q2.xlsx");
const COUNCIL_PLAN = path.join(root, "examples", "council-plan-2019-q1.xlsx");
const SHEET = "Directorate data Q2 2023-24";
const SPC_FIXTURE = path.join(root, "test", "fixtures", "spc-monthly.xlsx");

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let directorate: Grid[];
let councilPlan: Grid[];

beforeAll(async () => {
  buildForBrowser();
  server = await serve(paneDir);
  browser = await launch();
  directorate = (await readWorkbook(DIRECTORATE)).grids;
  councilPlan = (await readWorkbook(COUNCIL_PLAN)).grids;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const snapshot = (page: Page) => page.evaluate(() => window.__KPI_WORKBOOK__?.snapshot() ?? {}) as Promise<Snapshot>;
const rules = (page: Page, sheet: string) =>
  page.evaluate((s) => window.__KPI_WORKBOOK__?.sheets.get(s)?.conditionalFormats.map((r) => r.text) ?? [], sheet);
const cell = (page: Page, sheet: string, row: number, column: number) =>
  page.evaluate(([s, r, c]) => window.__KPI_WORKBOOK__?.cell(s as string, r as number, c as number) ?? null, [
    sheet,
    row,
    column,
  ] as const);

/** Keys ("r,c", 0-based) whose cells differ between two snapshots of one sheet. */
function changed(before: Record<string, MockCell>, after: Record<string, MockCell>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)).sort();
}

/** Nothing wider than the 320-pixel pane: no sideways scrolling. */
const fitsPane = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Whether the element is wholly inside the 320×700 window as it is scrolled now. */
const inView = (locator: ReturnType<Page["locator"]>) =>
  locator.first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });

/** Visible dropdowns whose chosen option's text is wider than the box shows. */
const cutSelects = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.createElement("canvas").getContext("2d");
    return [...document.querySelectorAll("select")]
      .filter((s) => s.offsetParent !== null && canvas !== null)
      .filter((s) => {
        const style = getComputedStyle(s);
        if (canvas === null) return false;
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = s.selectedOptions[0]?.text ?? "";
        const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return canvas.measureText(text).width > room;
      })
      .map((s) => `${s.getAttribute("aria-label") ?? s.id}: ${s.selectedOptions[0]?.text ?? ""}`);
  });

async function findScorecard(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Find scorecard" }).click();
  await page.getByTestId("found").waitFor();
}

describe("the task pane, end to end", () => {
  it("finds, previews, applies, reports and restores on the directorate scorecard", async () => {
    const expected = scoreGrids(directorate);
    const offTarget = expected.measures.filter((m) => m.status === "off-target").length;
    const { page, blocked, errors } = await openPane(browser, server.url, directorate);

    // 1. Scorecard: what was found, and each column's role.
    await findScorecard(page);
    await expect(page.getByTestId("found").textContent()).resolves.toBe(`Sheet ${SHEET}: 4 tables, 31 measures.`);
    // The column roles in one line; Preview in view at 320×700 without scrolling.
    await expect(page.getByTestId("roles-summary").textContent()).resolves.toMatch(
      /Measure \w+ · .*Target \w+ · .*\d+ periods \w+–\w+/,
    );
    await expect(inView(page.getByRole("button", { name: "Preview 31 measures" }))).resolves.toBe(true);
    await shot(page, "1-scorecard");
    await page.getByRole("button", { name: "Correct columns…" }).click();
    const targetColumn = page
      .getByRole("combobox", { name: /is read as/ })
      .filter({ has: page.locator("option:checked", { hasText: "Target" }) });
    await expect(targetColumn.count()).resolves.toBe(1);
    await expect(page.getByRole("combobox", { name: "Current period" }).inputValue()).resolves.toBe("");
    await expect(page.getByText("Latest: Q2 Jul - Sep 2023/24")).toBeTruthy();
    // No dropdown's chosen text cut off at 320 pixels.
    await expect(cutSelects(page)).resolves.toEqual([]);
    await shot(page, "1-scorecard-correct");
    await expect(fitsPane(page)).resolves.toBeLessThanOrEqual(320);
    await page.getByRole("button", { name: "Done correcting" }).click();

    // 2. Preview: every measure, with filters and the reason on expand.
    await page.getByRole("button", { name: "Preview 31 measures" }).click();
    const items = page.getByRole("list", { name: "Measures" }).locator(":scope > li");
    await expect(items.count()).resolves.toBe(31);
    await page.getByRole("button", { name: `Off target (${offTarget})` }).click();
    await expect(items.count()).resolves.toBe(offTarget);
    const repeatPlans = items.filter({ hasText: "repeat child protection plans" });
    await expect(repeatPlans.getByRole("img", { name: "Computed: Off target" }).count()).resolves.toBe(1);
    await repeatPlans.getByRole("button").click();
    await expect(repeatPlans.textContent()).resolves.toContain(
      "11.2% against a target of <8% (lower is better): 3.2 points over, off target",
    );
    await shot(page, "2-preview");
    await expect(fitsPane(page)).resolves.toBeLessThanOrEqual(320);

    // 3. Apply: two new columns after the last period, nothing else in the sheet changes.
    await page.getByRole("button", { name: "Next: apply" }).click();
    const where = await page.getByRole("list", { name: "Where it writes" }).textContent();
    expect(where).toContain("adds Overall status and DOT columns");
    const before = await snapshot(page);
    await page.getByRole("button", { name: "Write 31 statuses and 31 directions of travel" }).click();
    await page.getByTestId("message-success").waitFor();
    await expect(page.getByTestId("message-success").textContent()).resolves.toContain(
      "Wrote 31 statuses and 31 directions of travel. Restore is available.",
    );
    // Beside Apply, in view, and Apply folded away with its next write said.
    await expect(page.getByTestId("messages-apply").getByTestId("message-success").count()).resolves.toBe(1);
    await expect(inView(page.getByTestId("message-success"))).resolves.toBe(true);
    await expect(page.getByRole("button", { name: /^3\. Apply/ }).getAttribute("aria-expanded")).resolves.toBe("false");
    const after = await snapshot(page);
    const first = expected.tables[0];
    if (first === undefined) throw new Error("no table");
    const statusRow = first.measures.find((m) => m.measure.includes("repeat child protection plans"));
    if (statusRow === undefined) throw new Error("no measure");
    const diff = changed(before[SHEET] ?? {}, after[SHEET] ?? {});
    const columns = new Set(diff.map((k) => Number(k.split(",")[1])));
    expect(columns.size).toBe(2); // only the two status and DOT columns
    const [statusIndex, dotIndex] = [...columns].sort((a, b) => a - b) as [number, number];
    expect((await cell(page, SHEET, statusRow.row, statusIndex + 1))?.value).toBe("✘");
    expect((await cell(page, SHEET, statusRow.row, dotIndex + 1))?.value).toBe("↓");
    // One status and one DOT per measure, and the two headings on each table's header row and on the
    // header the first table repeats after a page break.
    expect(diff.length).toBe(31 * 2 + (4 + 1) * 2);
    // Colour rules that test each cell's text: for each run of written cells, six for a status run and eight
    // for a DOT run (arrows, words, – and Not applicable), and one for each added column's header.
    const added = await rules(page, SHEET);
    const count = (text: string) => added.filter((t) => t === text).length;
    const statusRuns = count("✘");
    const dotRuns = count("Worse");
    expect(statusRuns).toBeGreaterThanOrEqual(4);
    expect(dotRuns).toBeGreaterThanOrEqual(4);
    for (const symbol of ["✓", "●", "✱", "□", "■"]) expect(count(symbol)).toBe(statusRuns);
    for (const arrow of ["↑", "→", "↓", "Improved", "Stable", "–", "Not applicable"])
      expect(count(arrow)).toBe(dotRuns);
    expect(added).toHaveLength(6 * statusRuns + 8 * dotRuns + count("Overall status") + count("DOT"));
    const settings = await page.evaluate((k) => window.__KPI_WORKBOOK__?.settings.get(k) ?? null, SETTINGS_KEY);
    expect(JSON.parse(settings ?? "{}")).toMatchObject({ version: 1, sheet: SHEET, mode: "value", recorded: "keep" });
    await shot(page, "3-apply");
    await page.getByRole("button", { name: /^3\. Apply/ }).click();
    await expect(page.getByTestId("next-write").textContent()).resolves.toMatch(
      /^Written\. A second write would write 31 statuses and 31 directions of travel again \(the tool's own cells refresh\)/,
    );
    await page.getByRole("button", { name: /^3\. Apply/ }).click();
    await expect(fitsPane(page)).resolves.toBeLessThanOrEqual(320);

    // 4. Reports: the Summary sheet, opened, with the council key and the counts.
    await page.getByRole("button", { name: "Summary", exact: true }).click();
    await page.getByText("Summary ready").waitFor();
    const summary = (await snapshot(page))["Summary"] ?? {};
    const texts = Object.values(summary).map((c) => c.value);
    expect(texts[0]).toBeDefined();
    expect((await cell(page, "Summary", 1, 1))?.value).toBe("KPI Scorecard: Summary");
    expect(texts).toContain("Measure has not progressed in accordance with target set");
    expect(await page.evaluate(() => window.__KPI_WORKBOOK__?.active)).toBe("Summary");
    await shot(page, "4-reports");
    await expect(fitsPane(page)).resolves.toBeLessThanOrEqual(320);
    // Every choice of Count statuses and Areas for improvement reads whole in its box at 320 pixels.
    for (const [name, values] of [
      ["Count statuses", ["recorded-else-computed", "recorded", "computed"]],
      ["Areas for improvement", ["direction", "special-cause"]],
    ] as const)
      for (const value of values) {
        await page.getByRole("combobox", { name }).selectOption(value);
        await expect(cutSelects(page)).resolves.toEqual([]);
      }
    await page.getByRole("combobox", { name: "Count statuses" }).selectOption("recorded-else-computed");
    await page.getByRole("combobox", { name: "Areas for improvement" }).selectOption("direction");

    // 5. Restore: every cell of the scorecard sheet exactly as before the write.
    await page.getByRole("button", { name: /^5\. Restore/ }).click();
    await expect(page.getByTestId("restore-point").textContent()).resolves.toContain(`${diff.length} cells`);
    await page.getByRole("button", { name: "Restore previous" }).click();
    await page.getByText("Restored", { exact: true }).waitFor();
    await expect(page.getByTestId("messages-restore").textContent()).resolves.toContain(
      "now count statuses that are no longer in the sheet: refresh them in Reports.",
    );
    const restored = await snapshot(page);
    expect(changed(before[SHEET] ?? {}, restored[SHEET] ?? {})).toEqual([]);
    await expect(rules(page, SHEET)).resolves.toEqual([]);
    await expect(page.getByTestId("restore-point").textContent()).resolves.toContain("No restore point");
    await shot(page, "5-restore");

    expect(errors).toEqual([]);
    // The only requests refused are office.js's own attempts to reach Microsoft; the pane makes none.
    expect(blocked.filter((u) => !/(microsoft|office|live)\.(com|net)/.test(new URL(u).hostname))).toEqual([]);
    await page.close();
  });

  it("keeps the statuses officers recorded, writes only where none was recorded, and follows a corrected column role", async () => {
    const expected = scoreGrids(councilPlan);
    const recorded = expected.measures.filter((m) => m.recordedStatusText !== null).length;
    const { page, errors } = await openPane(browser, server.url, councilPlan);
    await findScorecard(page);
    const sheet = councilPlan[0]?.sheet ?? "";
    const before = await snapshot(page);

    // A recorded status that differs from the computed one is named in the preview.
    const differs = expected.measures.filter(
      (m) =>
        (m.recordedStatus !== null && m.recordedStatus !== m.status) ||
        (m.recordedDot !== null && m.recordedDot !== m.dot),
    ).length;
    await page.getByRole("button", { name: /^Preview \d+ measures$/ }).click();
    await expect(page.getByRole("button", { name: `Differs from recorded (${differs})` }).count()).resolves.toBe(1);
    await page.getByRole("button", { name: `Differs from recorded (${differs})` }).click();
    await expect(page.getByRole("list", { name: "Measures" }).locator(":scope > li").count()).resolves.toBe(differs);
    await shot(page, "council-plan-differs");
    await page.getByRole("button", { name: `Differs from recorded (${differs})` }).click();

    await page.getByRole("button", { name: "Next: apply" }).click();
    // The 2019 scorecard has every status recorded, and a direction for 7 of its 10 measures.
    expect(recorded).toBe(10);
    await page.getByRole("button", { name: "Write 3 directions of travel" }).click();
    await page.getByTestId("message-success").waitFor();
    await expect(page.getByTestId("message-success").textContent()).resolves.toContain(
      "Wrote 3 directions of travel. Kept 10 statuses and 7 directions that officers had recorded.",
    );
    // Every status an officer typed is still there, exactly as typed.
    const after = await snapshot(page);
    for (const m of expected.measures.filter((x) => x.recordedStatusText !== null)) {
      const statusColumn = expected.tables.find((t) => t.measures.includes(m))?.table.roles.status;
      if (statusColumn === undefined) throw new Error("no status column");
      const k = `${m.row - 1},${statusColumn - 1}`;
      expect(after[sheet]?.[k]).toEqual(before[sheet]?.[k]);
    }

    // Correcting a column: reading the Target column as "Not used" leaves every measure without a target.
    await page.getByRole("button", { name: /^1\. Scorecard/ }).click();
    await page.getByRole("button", { name: "Correct columns…" }).click();
    const target = page
      .getByRole("combobox", { name: /is read as/ })
      .filter({ has: page.locator("option:checked", { hasText: "Target" }) })
      .first();
    await target.selectOption("other");
    await page.getByRole("button", { name: /^2\. Preview/ }).click();
    const firstReason = page.getByRole("list", { name: "Measures" }).locator(":scope > li").first();
    await firstReason.getByRole("button").click();
    await expect(firstReason.textContent()).resolves.toContain("no target");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("writes live formulas, freezes them into values before sharing, and restores the formulas", async () => {
    const expected = scoreGrids(directorate);
    const repeat = expected.measures.find((m) => m.measure.includes("repeat child protection plans"));
    if (repeat === undefined) throw new Error("no measure");
    const { page, errors } = await openPane(browser, server.url, directorate);
    await findScorecard(page);
    await page.getByRole("button", { name: "Preview 31 measures" }).click();
    await page.getByRole("button", { name: "Next: apply" }).click();
    await page.getByRole("radio", { name: /^Live formulas/ }).check();
    // Four measures have targets no formula can judge ("To achieve national completion rate", "Current build targets
    // reflected…"): their statuses are written as symbols (✱).
    const symbols = scoreGrids(directorate, { writeback: { mode: "formula", recorded: "keep", dotStyle: "arrow" } })
      .plan.symbolsNotFormulas;
    expect(symbols).toBe(4);
    await expect(page.getByTestId("symbols-not-formulas").textContent()).resolves.toMatch(
      /^4 cells get their symbols instead of a formula/,
    );
    await page.getByRole("button", { name: "Write 31 statuses and 31 directions of travel" }).click();
    await page.getByTestId("message-success").waitFor();
    // Column P holds the status, Q the DOT (added after the last period), as live formulas Excel calculates.
    const status = await cell(page, SHEET, repeat.row, 16);
    expect(status?.formula).toBe("=KPI.STATUS(L12,G12,E12)");
    expect(status?.value).toBe("✘");
    expect((await cell(page, SHEET, repeat.row, 17))?.formula).toMatch(/^=KPI\.DOT\(/);

    await page.getByRole("button", { name: /^5\. Restore/ }).click();
    await page.getByRole("button", { name: "Convert formulas to values" }).click();
    await page.getByText("Formulas converted").waitFor();
    await expect(page.getByTestId("message-success").textContent()).resolves.toContain(
      `Replaced ${62 - symbols} KPI formulas with their values.`,
    );
    expect(await cell(page, SHEET, repeat.row, 16)).toMatchObject({ value: "✘", formula: null, format: "@" });

    await page.getByRole("button", { name: "Restore previous" }).click();
    await page.getByText("Restored", { exact: true }).waitFor();
    expect((await cell(page, SHEET, repeat.row, 16))?.formula).toBe("=KPI.STATUS(L12,G12,E12)");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("works with the keyboard alone: Tab to Find scorecard, Enter, and the found tables are announced", async () => {
    const { page } = await openPane(browser, server.url, directorate);
    await page.getByRole("button", { name: "Find scorecard" }).waitFor();
    for (let i = 0; i < 12; i++) {
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
      if (focused === "Find scorecard") break;
      await page.keyboard.press("Tab");
    }
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Find scorecard");
    await page.keyboard.press("Enter");
    await page.getByTestId("found").waitFor();
    await expect(page.getByTestId("found").getAttribute("role")).resolves.toBe("status");
    // Every form control has an accessible name.
    const unnamed = await page.evaluate(
      () =>
        [...document.querySelectorAll("select, input, button")].filter((el) => {
          const labelled =
            el.getAttribute("aria-label") ??
            (el.id === "" ? null : document.querySelector(`label[for="${el.id}"]`)?.textContent) ??
            el.textContent;
          return (labelled ?? "").trim() === "" && el.getAttribute("aria-labelledby") === null;
        }).length,
    );
    expect(unnamed).toBe(0);
    await page.close();
  });

  it("at 320×700: shows what a scorecard needs, links to help, filters by a count, and says a failed write beside Write, in view", async () => {
    const expected = scoreGrids(directorate);
    const offTarget = expected.measures.filter((m) => m.status === "off-target").length;
    const { page, errors } = await openPane(browser, server.url, directorate);
    await page.getByTestId("empty-state").waitFor();
    await expect(page.getByTestId("empty-state").textContent()).resolves.toContain(
      "a header row with a Measure (or Indicator) or Ref No. column",
    );
    await shot(page, "0-empty");
    const help = page.getByRole("link", { name: "Help" });
    await expect(help.getAttribute("href")).resolves.toBe("help.html");
    await expect(page.evaluate(async () => (await fetch("help.html")).status)).resolves.toBe(200);

    await findScorecard(page);
    await expect(page.getByTestId("empty-state").count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Find again" }).count()).resolves.toBe(1);
    await page.getByRole("button", { name: "Preview 31 measures" }).click();
    const items = page.getByRole("list", { name: "Measures" }).locator(":scope > li");
    await page.getByRole("button", { name: `Off target: ${offTarget}. Show only these` }).click();
    await expect(items.count()).resolves.toBe(offTarget);
    await page
      .getByRole("button", { name: `On target: ${expected.summary.status["on-target"]}. Show only these` })
      .click();
    await expect(items.count()).resolves.toBe(expected.measures.filter((m) => m.status === "on-target").length);
    await shot(page, "2-preview-filtered");

    // An officer types over a measure's title after Find: the write refuses, and says so beside Write.
    await page.getByRole("button", { name: "Next: apply" }).click();
    const first = expected.tables[0];
    const measureColumn = first?.table.roles.measure;
    const row = first?.measures[0]?.row;
    if (measureColumn === undefined || measureColumn === null || row === undefined)
      throw new Error("no measure column");
    await page.evaluate(
      ([s, k]) =>
        window.__KPI_WORKBOOK__?.sheets
          .get(s as string)
          ?.cells.set(k as string, { value: "Typed over", formula: null, format: "General" }),
      [SHEET, `${row - 1},${measureColumn - 1}`] as const,
    );
    await page.getByRole("button", { name: "Write 31 statuses and 31 directions of travel" }).click();
    const warning = page.getByTestId("messages-apply").getByTestId("message-warning");
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toContain("The sheet has changed");
    await expect(inView(warning)).resolves.toBe(true);
    await shot(page, "3-apply-sheet-changed");

    // All reports, from a fresh read: three sheets, said beside the Reports buttons.
    await page.getByRole("button", { name: /^1\. Scorecard/ }).click();
    await page.getByRole("button", { name: "Find again" }).click();
    await page.getByTestId("found").waitFor();
    await page.getByRole("button", { name: /^4\. Reports/ }).click();
    await page.getByRole("button", { name: "All reports" }).click();
    const ready = page.getByTestId("messages-reports").getByTestId("message-success");
    await ready.waitFor();
    await expect(ready.textContent()).resolves.toContain(
      'Written to sheets "Summary", "Exceptions" and "Checks"; "Checks" is open.',
    );
    const sheets = await page.evaluate(() => [...(window.__KPI_WORKBOOK__?.sheets.keys() ?? [])]);
    expect(sheets).toEqual(expect.arrayContaining(["Summary", "Exceptions", "Checks"]));
    await expect(page.getByRole("button", { name: "Refresh all reports" }).count()).resolves.toBe(1);
    await shot(page, "4-all-reports");
    await expect(fitsPane(page)).resolves.toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says so, in plain words, when the saved settings are damaged, and detects the layout afresh", async () => {
    const { page, errors } = await openPane(browser, server.url, directorate, {
      [SETTINGS_KEY]: '{"version":1,"sheet":"x","roles":{"3":"<script>"}}',
    });
    await findScorecard(page);
    expect(errors).toEqual([]);
    await expect(page.getByTestId("message-warning").textContent()).resolves.toContain(
      "The saved KPI Scorecard settings were not valid: the role saved for column C;",
    );
    await expect(page.getByTestId("message-warning").textContent()).resolves.not.toContain("roles.3");
    await expect(page.getByTestId("found").textContent()).resolves.toContain("31 measures");
    await shot(page, "settings-warning");
    await page.close();
  });

  it("runs under a Content-Security-Policy that refuses eval and any request off its own origin", async () => {
    const { page, errors } = await openPane(browser, server.url, directorate);
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await findScorecard(page);
    // The whole flow up to here made no request the policy refused.
    expect(violations).toEqual([]);
    // Probes run by the page itself (code evaluated by the test harness is not subject to the policy).
    const probe = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const inline = document.createElement("script");
      inline.textContent = "window.__inlineRan = true";
      document.head.append(inline);
      // A string given to setTimeout is eval.
      (window.setTimeout as unknown as (code: string, ms: number) => void)("window.__evalRan = true", 0);
      await new Promise((r) => setTimeout(r, 100));
      let fetchResult = "sent";
      try {
        await fetch("https://example.com/telemetry", { method: "POST", body: "x" });
      } catch {
        fetchResult = "refused";
      }
      return { inline: w["__inlineRan"] === true, eval: w["__evalRan"] === true, fetchResult };
    });
    expect(probe).toEqual({ inline: false, eval: false, fetchResult: "refused" });
    expect(violations.some((v) => /script-src/.test(v))).toBe(true);
    expect(violations.some((v) => /connect-src/.test(v))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("handles a 5,000-measure sheet: the preview shows 100 at a time, and the write completes with its count", async () => {
    const rows: (string | number)[][] = [
      [
        "Ref No.",
        "Measure",
        "Good performance",
        "Frequency of reporting",
        "Target",
        "Q1 Apr - June 2023/24",
        "Q2 Jul - Sep 2023/24",
      ],
    ];
    for (let i = 0; i < 5000; i++)
      rows.push([
        `M${i + 1}`,
        `Measure ${i + 1}`,
        i % 2 ? "Low" : "High",
        "Monthly",
        i % 3 ? "85.0%" : "<8%",
        `${70 + (i % 20)}.5%`,
        `${71 + (i % 19)}.2%`,
      ]);
    const big = gridFromRows("Big", rows);
    const { page, errors } = await openPane(browser, server.url, [big]);
    await findScorecard(page);
    await expect(page.getByTestId("found").textContent()).resolves.toBe("Sheet Big: 1 table, 5,000 measures.");
    await page.getByRole("button", { name: "Preview 5,000 measures" }).click();
    const items = page.getByRole("list", { name: "Measures" }).locator(":scope > li");
    await expect(items.count()).resolves.toBe(100);
    await page.getByRole("button", { name: "Show 100 more" }).click();
    await expect(items.count()).resolves.toBe(200);
    await page.getByRole("button", { name: "Next: apply" }).click();
    await page.getByRole("button", { name: "Write 5,000 statuses and 5,000 directions of travel" }).click();
    await page.getByTestId("message-success").waitFor({ timeout: 60_000 });
    await expect(page.getByTestId("message-success").textContent()).resolves.toContain(
      "Wrote 5,000 statuses and 5,000 directions of travel.",
    );
    expect((await cell(page, "Big", 5001, 8))?.value).toMatch(/^[✓●✘]$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says what it looked for when the sheet holds no scorecard, and offers nothing to write", async () => {
    const empty: Grid = {
      sheet: "Notes",
      top: 1,
      left: 1,
      values: [["Minutes of the meeting"], ["Apologies: none"]],
      text: [["Minutes of the meeting"], ["Apologies: none"]],
      formats: [["General"], ["General"]],
    };
    const { page } = await openPane(browser, server.url, [empty]);
    await page.getByRole("button", { name: "Find scorecard" }).click();
    await page.getByTestId("message-warning").waitFor();
    await expect(page.getByTestId("message-warning").textContent()).resolves.toContain(
      'Nothing was found on sheet "Notes"',
    );
    await expect(page.getByRole("button", { name: /^3\. Apply/ }).isDisabled()).resolves.toBe(true);
    await page.close();
  });
  it("shows each measure's variation and assurance, with the reasons, and filters by variation (the SPC worked example)", async () => {
    const spc = (await readWorkbook(SPC_FIXTURE)).grids;
    const expected = scoreGrids(spc).measures;
    const { page, errors } = await openPane(browser, server.url, spc);
    await findScorecard(page);
    await page.getByRole("button", { name: "Preview 7 measures" }).click();
    const items = page.getByRole("list", { name: "Measures" }).locator(":scope > li");
    await expect(items.count()).resolves.toBe(7);
    // The pane gives the engine's (and the CLI's and the functions') answers, by its own badges.
    for (const m of expected) {
      const item = items.filter({ hasText: m.measure });
      await expect(item.locator("[data-variation]").getAttribute("data-variation")).resolves.toBe(m.spc.variation);
      await expect(item.locator("[data-variation]").getAttribute("data-assurance")).resolves.toBe(m.spc.assurance);
    }
    const outlier = items.filter({ hasText: "Missed bin collections" });
    await expect(outlier.getByRole("img", { name: "Variation: Special cause concerning" }).count()).resolves.toBe(1);
    await expect(outlier.getByRole("img", { name: "Assurance: Target consistently missed" }).count()).resolves.toBe(1);
    await outlier.getByRole("button").click();
    await expect(outlier.textContent()).resolves.toContain("the latest figure (160) is above the upper limit (134.5)");

    const filter = page.getByRole("combobox", { name: "Variation (signal or noise)" });
    await filter.selectOption("special-cause-concerning");
    await expect(items.count()).resolves.toBe(2);
    await expect(page.getByText("Showing 2 of 2 matching measures.", { exact: false }).count()).resolves.toBe(1);
    await filter.selectOption("common-cause");
    await expect(items.count()).resolves.toBe(3);
    await shot(page, "6-preview-signal");
    await expect(fitsPane(page)).resolves.toBeLessThanOrEqual(320);
    await filter.selectOption("all");
    await expect(items.count()).resolves.toBe(7);
    expect(errors).toEqual([]);
    await page.close();
  });
});
