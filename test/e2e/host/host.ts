/**
 * The test host for the browser tests: an `Excel` global backed by office-addin-mock and a workbook
 * seeded from a fixture (window.__KPI_FIXTURE__, grids read from an example .xlsx, optionally
 * window.__KPI_SETTINGS__, settings stored in that workbook, and window.__KPI_PARTS__, the custom XML parts
 * a file holds, e.g. the ones the CLI wrote). The task pane then runs its real Office.js adapter against it.
 * window.__KPI_WORKBOOK__ lets the test inspect cells. window.__KPI_SAVE__() saves the workbook as a file
 * keeps it (sessionStorage), and the next load of the page reopens that file instead of the fixture.
 */
import type { Grid } from "../../../src/domain/sheet/grid";
import { MockWorkbook } from "../../support/mock-workbook";

declare global {
  interface Window {
    __KPI_FIXTURE__?: Grid[];
    __KPI_SETTINGS__?: Record<string, string>;
    __KPI_PARTS__?: string[];
    __KPI_WORKBOOK__?: MockWorkbook;
    __KPI_SAVE__?: () => void;
  }
}

const SAVED = "kpi-e2e-saved-workbook";

/** The saved file, if any: office.js's sandboxed frames (where this script also runs) may not touch storage. */
function savedFile(): string | null {
  try {
    return window.sessionStorage.getItem(SAVED);
  } catch {
    return null;
  }
}

function open(): MockWorkbook {
  const saved = savedFile();
  if (saved !== null) return MockWorkbook.reopen(saved);
  const workbook = MockWorkbook.fromGrids(window.__KPI_FIXTURE__ ?? []);
  for (const [k, v] of Object.entries(window.__KPI_SETTINGS__ ?? {})) workbook.settings.set(k, v);
  (window.__KPI_PARTS__ ?? []).forEach((xml) => workbook.seedPart(xml));
  return workbook;
}

const workbook = open();
window.__KPI_WORKBOOK__ = workbook;
window.__KPI_SAVE__ = () => window.sessionStorage.setItem(SAVED, workbook.save());
(window as unknown as { Excel: unknown }).Excel = workbook.excel();
