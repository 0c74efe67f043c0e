/** The file adapter's former writer (ExcelJS): kept for tests that compare its output with the surgical write's. */
import type ExcelJS from "exceljs";
import {
  FILL_COLOURS,
  isReportTitle,
  type Fill,
  type PlanCell,
  type SheetPlan,
  type WorkbookPlan,
} from "../../src/domain/plan/workbook-plan";

function argb(fill: Exclude<Fill, "none">): string {
  return "FF" + FILL_COLOURS[fill].slice(1).toUpperCase();
}

function writeCell(cell: ExcelJS.Cell, planned: PlanCell): void {
  const v = planned.value;
  // Strings are assigned as plain values: ExcelJS only writes a formula for a { formula } object,
  // so a title such as "=HYPERLINK(...)" stays text.
  if (v.kind === "text") cell.value = v.text;
  else if (v.kind === "number") cell.value = v.number;
  else if (v.kind === "formula") cell.value = { formula: v.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  else cell.value = null;
  cell.style = styleFor(cell.style, planned, v.kind === "number" ? v.format : undefined);
}

/**
 * Styles read from a file can be shared between cells, so a cell gets its own copy before a change;
 * copies are shared between cells that start from the same style and get the same change, which keeps
 * the saved workbook's style table (and the time to write it) small.
 */
const styleCache = new WeakMap<object, Map<string, Partial<ExcelJS.Style>>>();
const EMPTY_STYLE = {};

function styleFor(
  base: Partial<ExcelJS.Style> | undefined,
  planned: PlanCell,
  numFmt: string | undefined,
): Partial<ExcelJS.Style> {
  const from = base ?? EMPTY_STYLE;
  const key = `${planned.fill ?? ""}|${planned.bold === true ? 1 : 0}|${planned.wrap === true ? 1 : 0}|${numFmt ?? ""}`;
  let byKey = styleCache.get(from);
  if (byKey === undefined) {
    byKey = new Map();
    styleCache.set(from, byKey);
  }
  const cached = byKey.get(key);
  if (cached !== undefined) return cached;
  const style: Partial<ExcelJS.Style> = { ...from };
  if (numFmt !== undefined) style.numFmt = numFmt;
  if (planned.fill !== undefined && planned.fill !== "none") {
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(planned.fill) } };
  }
  if (planned.bold === true) style.font = { ...(style.font ?? {}), bold: true };
  if (planned.wrap === true) style.alignment = { ...(style.alignment ?? {}), wrapText: true, vertical: "top" };
  byKey.set(key, style);
  return style;
}

function isOwned(ws: ExcelJS.Worksheet): boolean {
  return isReportTitle(ws.getCell(1, 1).value);
}

/** The sheet to write a report into: ours to refresh, or a new one whose name does not clash with the user's. */
function reportSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name} (KPI${n === 2 ? "" : " " + (n - 1)})`;
    // Excel's sheet names ignore case: a user's "summary" blocks "Summary" as surely as "Summary" does.
    const existing = workbook.worksheets.find((ws) => ws.name.toLowerCase() === candidate.toLowerCase());
    if (existing === undefined) return workbook.addWorksheet(candidate);
    if (isOwned(existing)) {
      clearSheet(existing);
      return existing;
    }
  }
}

function clearSheet(ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.value = null;
      cell.style = {};
    });
  });
}

function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): void {
  const ws = reportSheet(workbook, plan.name);
  plan.rows.forEach((cells, r) => cells.forEach((planned, c) => writeCell(ws.getCell(r + 1, c + 1), planned)));
  // A cell that spans columns is merged over them, as the file adapter writes it.
  plan.rows.forEach((cells, r) =>
    cells.forEach((planned, c) => {
      if ((planned.span ?? 1) > 1) ws.mergeCells(r + 1, c + 1, r + 1, c + (planned.span ?? 1));
    }),
  );
  plan.columnWidths.forEach((width, c) => {
    ws.getColumn(c + 1).width = width;
  });
}

export function applyPlan(workbook: ExcelJS.Workbook, plan: WorkbookPlan): void {
  for (const { sheet, cells } of plan.edits) {
    const ws = workbook.getWorksheet(sheet);
    if (ws === undefined) throw new Error(`the plan names a sheet the workbook lacks: ${sheet}`);
    for (const edit of cells) writeCell(ws.getCell(edit.row, edit.column), edit);
  }
  for (const sheet of plan.sheets) writeSheet(workbook, sheet);
}
