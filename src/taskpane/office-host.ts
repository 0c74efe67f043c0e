/**
 * Starting inside Office: wait for Office.js, check that the host is Excel, and read the Office
 * theme so the pane can follow it. The only place the pane's entry point meets `Office.*`.
 */
import { createOfficeGateway, excelIsPresent } from "../adapters/office/office-gateway";
import type { ExcelGateway } from "./gateway";

export type PaneTheme = "light" | "dark";

export type OfficeStart =
  { kind: "ready"; gateway: ExcelGateway; theme: PaneTheme } | { kind: "not-excel"; message: string };

/** Dark when the Office theme's body background is dark (Office's dark grey and black themes). */
export function themeOf(background: string | undefined | null): PaneTheme {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec((background ?? "").trim());
  if (m === null) return "light";
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? "ff", 16) / 255) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5 ? "dark" : "light";
}

function officeTheme(): PaneTheme {
  try {
    return themeOf(Office.context?.officeTheme?.bodyBackgroundColor);
  } catch {
    // officeTheme is missing on older hosts and outside Office.
    return "light";
  }
}

export async function startInOffice(): Promise<OfficeStart> {
  await Office.onReady();
  if (!excelIsPresent()) {
    return {
      kind: "not-excel",
      message: "KPI Scorecard works inside Excel. Open it from the Home tab of an Excel workbook.",
    };
  }
  return { kind: "ready", gateway: createOfficeGateway(), theme: officeTheme() };
}
