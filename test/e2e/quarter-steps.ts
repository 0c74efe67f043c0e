/**
 * What an officer does in the pane between quarters, as the browser tests and the docs pictures both drive it:
 * find the scorecard, write, type next quarter's figures or a status into the page's mock workbook.
 */
import type { Page } from "playwright-core";

export async function find(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Find scorecard" }).click();
  await page.getByTestId("found").waitFor();
}

export async function write(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^3\. Apply/ }).click();
  await page.getByRole("button", { name: /^Write \d+ status/ }).click();
  await page.getByText("Statuses written", { exact: true }).waitFor();
}

/** An officer types the next quarter's figures (last quarter's, some moved) into `column` of `sheet`. */
export const typeFigures = (page: Page, sheet: string, rows: number[], column: number) =>
  page.evaluate(
    ([s0, rs, c]) => {
      const s = window.__KPI_WORKBOOK__?.sheets.get(s0 as string);
      (rs as number[]).forEach((r, i) => {
        const last = s?.cells.get(`${r - 1},${(c as number) - 2}`);
        if (last === undefined || last.value === null) return;
        const v = typeof last.value !== "number" ? last.value : last.value * [0.8, 1.15, 1][i % 3]!;
        s?.cells.set(`${r - 1},${(c as number) - 1}`, { value: v, formula: null, format: last.format });
      });
    },
    [sheet, rows, column] as const,
  );

/** An officer types `value` (as text) into one cell of `sheet`. */
export const type = (page: Page, sheet: string, row: number, column: number, value: string) =>
  page.evaluate(
    ([s, r, c, v]) =>
      window.__KPI_WORKBOOK__?.sheets
        .get(s as string)
        ?.cells.set(`${(r as number) - 1},${(c as number) - 1}`, { value: v as string, formula: null, format: "@" }),
    [sheet, row, column, value] as const,
  );
