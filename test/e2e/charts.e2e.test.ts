/**
 * Pictures in the task pane, in Debian's headless Chromium: each measure's trend as an inline chart in the
 * Preview, the statuses by group as bars in Reports, and after "All reports" the Summary's two charts in the
 * (mock) workbook and the Exceptions' Trend column. On the Council Plan example: five priorities, five quarters.
 */
import path from "node:path";
import type { Browser } from "playwright-core";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import type { Grid } from "../../src/domain/sheet/grid";
import { scoreGrids } from "../../src/domain/pipeline";
import { CHART_NAMES } from "../../src/domain/reports/charts";
import { buildForBrowser, launch, openPane, paneDir, root, screenshots, serve, shot } from "./harness";

const COUNCIL_PLAN = path.join(root, "examples", "council-plan-2019-q1.xlsx");

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let grids: Grid[];

beforeAll(async () => {
  buildForBrowser();
  server = await serve(paneDir);
  browser = await launch();
  grids = (await readWorkbook(COUNCIL_PLAN)).grids;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("pictures in the task pane", () => {
  it("draws each measure's trend in the Preview, statuses by group in Reports, and the Summary's charts in the workbook", async () => {
    const expected = scoreGrids(grids);
    const { page, errors } = await openPane(browser, server.url, grids);
    await page.getByRole("button", { name: "Find scorecard" }).click();
    await page.getByTestId("found").waitFor();
    await page.getByRole("button", { name: "Preview 10 measures" }).click();

    // Preview: an inline chart for every measure with a figure in its trend, named for its periods.
    const items = page.getByRole("list", { name: "Measures" }).locator(":scope > li");
    await expect(items.count()).resolves.toBe(10);
    const withFigures = expected.measures.filter((m) => m.trend.some((p) => p.value !== null));
    await expect(items.locator("svg[data-sparkline]").count()).resolves.toBe(withFigures.length);
    const bins = items.filter({ hasText: "missed bins" });
    await expect(
      bins.getByRole("img", { name: "Trend over 5 periods, Q1 Apr - June 2018 to Q1 Apr - June 2019" }).count(),
    ).resolves.toBe(1);
    // Five figures, one line through them, its newest point marked.
    await expect(bins.locator("svg[data-sparkline] polyline").getAttribute("points")).resolves.toMatch(
      /^(\d+(\.\d)?,\d+(\.\d)? ){4}\d+(\.\d)?,\d+(\.\d)?$/,
    );
    await shot(page, "2-preview-trends");
    await items.first().screenshot({ path: path.join(screenshots, "2-preview-trend-item.png") });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);

    // Reports: a stacked bar per priority, in the chart's colours and with its key.
    await page.getByRole("button", { name: /^4\. Reports/ }).click();
    const bars = page.locator("figure[data-chart='status-by-group']");
    await expect(bars.getByRole("img").count()).resolves.toBe(5);
    await expect(bars.getByRole("img", { name: /^Corporate Priority 2.*: 2 near target$/ }).count()).resolves.toBe(1);
    await expect(bars.locator("rect[data-status='off-target']").count()).resolves.toBe(4);
    await expect(bars.getByRole("list", { name: "Key" }).textContent()).resolves.toBe("● Near target✘ Off target");

    await page.getByRole("button", { name: "All reports" }).click();
    // Three sheets and two charts through the mock: slow on a loaded machine.
    await page.getByTestId("messages-reports").getByTestId("message-success").waitFor({ timeout: 90_000 });
    const charts = await page.evaluate(() =>
      (window.__KPI_WORKBOOK__?.sheets.get("Summary")?.charts ?? []).map((c) => ({
        name: c.name,
        type: c.type,
        series: c.series.map((s) => s.name),
      })),
    );
    expect(charts.map((c) => c.name)).toEqual([CHART_NAMES.statusByGroup, CHART_NAMES.direction]);
    expect(charts[0]?.type).toBe("BarStacked");
    expect(charts[0]?.series[2]).toBe("✘ Off target");
    // The Exceptions' Trend column holds the text sparkline (Office.js has no sparklines).
    const trendCells = await page.evaluate(() => {
      const sheet = window.__KPI_WORKBOOK__?.sheets.get("Exceptions");
      return [...(sheet?.cells.values() ?? [])].map((c) => c.value).filter((v) => /^[▁▂▃▄▅▆▇█ ]+$/.test(String(v)));
    });
    expect(trendCells.length).toBe(expected.exceptions.length + expected.redFlags.length - 1); // 3.B3 has no figure
    await shot(page, "4-reports-charts");
    await bars.scrollIntoViewIfNeeded();
    await bars.screenshot({ path: path.join(screenshots, "4-reports-status-bars.png"), animations: "disabled" });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
    await page.close();
  });
});
