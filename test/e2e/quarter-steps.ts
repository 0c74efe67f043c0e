/**
 * What an officer does in the pane between quarters, as the browser tests and the docs pictures both drive it:
 * find the scorecard, write, type next quarter's figures or a status into the page's mock workbook.
 */
import type { Page } from "playwright-core";

export async function find(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Find scorecard" }).click();
  await page.getByTestId("found").waitFor();
}

/** No motion under way: Fluent's accordion panels expand and collapse with Web Animations. */
const still = (page: Page) =>
  page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));

/**
 * Write from the Apply step and wait for what the pane says about it. Anything but "Statuses written" fails
 * with the pane's own words and any error the page raised meanwhile, so a failed write says why.
 */
export async function write(page: Page): Promise<void> {
  const raised: string[] = [];
  const onError = (e: Error) => raised.push(e.message);
  page.on("pageerror", onError);
  try {
    const header = page.getByRole("button", { name: /^3\. Apply/ });
    if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
    await page.waitForFunction(() => document.querySelector("main")?.getAttribute("aria-busy") === "false");
    await still(page);
    const said = page.getByTestId("messages-apply").locator("[data-testid^='message-']");
    if ((await said.count()) > 0) throw new Error("A message from before this write is still beside Apply");
    const button = page.getByRole("button", { name: /^Write \d+ (status|direction)/ });
    await button.scrollIntoViewIfNeeded();
    await still(page);
    await button.click();
    // The pane answers a click at once: busy, then a message. Seen in CI (twice, on a loaded machine, never
    // here): a click that started nothing. Say so, and click once more, so the run shows what happened.
    const answered = () =>
      page.waitForFunction(
        () =>
          document.querySelector("main")?.getAttribute("aria-busy") === "true" ||
          document.querySelector("[data-testid='messages-apply'] [data-testid^='message-']") !== null,
        undefined,
        { timeout: 15_000 },
      );
    if (
      !(await answered().then(
        () => true,
        () => false,
      ))
    ) {
      console.warn("quarter-steps write(): the Write click started nothing in 15 s; clicking again");
      await still(page);
      await button.click();
    }
    await said
      .first()
      .waitFor({ timeout: 60_000 })
      .catch(async () => {
        const busy = await page.locator("main").getAttribute("aria-busy");
        throw new Error(
          `The pane said nothing within 60 s of Write (busy: ${busy}; page errors: ${raised.join("; ") || "none"})`,
        );
      });
    const words = (await said.first().textContent()) ?? "";
    if (!words.startsWith("Statuses written"))
      throw new Error(`The pane did not write: it said "${words}" (page errors: ${raised.join("; ") || "none"})`);
  } finally {
    page.off("pageerror", onError);
  }
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
