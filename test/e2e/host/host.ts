/**
 * The test host for the browser tests: an `Excel` global backed by office-addin-mock and a workbook
 * seeded from a fixture (window.__KPI_FIXTURE__, grids read from an example .xlsx, and optionally
 * window.__KPI_SETTINGS__, settings stored in that workbook). The task pane then runs its real Office.js
 * adapter against it. window.__KPI_WORKBOOK__ lets the test inspect cells.
 */
import type { Grid } from "../../../src/domain/sheet/grid";
import { MockWorkbook } from "../../support/mock-workbook";

declare global {
  interface Window {
    __KPI_FIXTURE__?: Grid[];
    __KPI_SETTINGS__?: Record<string, string>;
    __KPI_WORKBOOK__?: MockWorkbook;
  }
}

const grids = window.__KPI_FIXTURE__ ?? [];
const workbook = MockWorkbook.fromGrids(grids);
for (const [k, v] of Object.entries(window.__KPI_SETTINGS__ ?? {})) workbook.settings.set(k, v);
window.__KPI_WORKBOOK__ = workbook;
(window as unknown as { Excel: unknown }).Excel = workbook.excel();
