/**
 * Browser-test harness: build the pane with a local office.js (no network), serve it on 127.0.0.1,
 * and open it in Debian's Chromium with the office-addin-mock host seeded from a fixture workbook.
 * Never downloads a browser; blocks every request that is not to this machine.
 */
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { Grid } from "../../src/domain/sheet/grid";
import { inflateEntry, readZip } from "../../src/adapters/xlsx/zip";

export const root = path.resolve(__dirname, "../..");
export const paneDir = path.join(root, "build-e2e", "pane");
export const screenshots = path.join(root, "test", "e2e", "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Build the pane (with office.js copied locally) and the mock host, once per run. */
export function buildForBrowser(): void {
  const webpack = path.join(root, "node_modules", ".bin", "webpack");
  execFileSync(webpack, ["--mode", "production"], {
    cwd: root,
    stdio: "pipe",
    env: { ...process.env, KPI_LOCAL_OFFICE: "1", KPI_OUT_DIR: "build-e2e/pane" },
  });
  execFileSync(webpack, ["--config", "webpack.e2e.config.js"], { cwd: root, stdio: "pipe" });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".css": "text/css",
};

export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.join(dir, path.normalize(rel).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium); the tests never download a browser`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A 320×700 pane (Excel's task pane on a laptop) with the mock workbook as its Excel host. Requests off this machine are refused. */
export async function openPane(
  browser: Browser,
  baseUrl: string,
  grids: Grid[],
  settings: Record<string, string> = {},
  parts: string[] = [],
): Promise<{ page: Page; blocked: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
  const blocked: string[] = [];
  const errors: string[] = [];
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.protocol === "data:") return route.continue();
    blocked.push(url.href);
    return route.abort();
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(
    (fixture) => {
      const w = window as unknown as { __KPI_FIXTURE__: unknown; __KPI_SETTINGS__: unknown; __KPI_PARTS__: unknown };
      w.__KPI_FIXTURE__ = fixture.grids;
      w.__KPI_SETTINGS__ = fixture.settings;
      w.__KPI_PARTS__ = fixture.parts;
    },
    { grids, settings, parts } as unknown as Record<string, unknown>,
  );
  await page.addInitScript({ path: path.join(root, "build-e2e", "host.js") });
  await page.goto(`${baseUrl}/taskpane.html`);
  return { page, blocked, errors };
}

/** The custom XML parts an .xlsx file holds (customXml/item1.xml…), as Excel would open them. */
export function customXmlOf(bytes: Buffer): string[] {
  return readZip(bytes)
    .filter((e) => /^customXml\/item\d+\.xml$/i.test(e.name))
    .sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }))
    .map((e) =>
      inflateEntry(e)
        .toString("utf8")
        .replace(/^\uFEFF/, ""),
    );
}

/** Save the pane's workbook as a file keeps it, and open it again in a fresh page load. */
export async function saveAndReopen(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __KPI_SAVE__: () => void }).__KPI_SAVE__());
  await page.reload();
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}
