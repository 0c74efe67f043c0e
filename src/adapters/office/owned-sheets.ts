/** The sheets the add-in owns: report sheets (titled in A1) and the hidden restore sheet. */
import { isReportTitle } from "../../domain/plan/workbook-plan";

export const RESTORE_SHEET = "KPI Scorecard restore";

/**
 * The sheet to write a report into: ours to refresh in place, or a new one whose name does not clash
 * with an unrelated sheet of the user's. Never deletes a sheet (that would clear Excel's undo history).
 */
export async function reportSheet(context: Excel.RequestContext, name: string): Promise<Excel.Worksheet> {
  const candidates = [name, `${name} (KPI)`, `${name} (KPI 2)`, `${name} (KPI 3)`];
  const sheets = candidates.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
  sheets.forEach((s) => s.load("name"));
  await context.sync();
  // Only sheets that exist can be asked for their A1.
  const titles = sheets.map((s) => (s.isNullObject ? null : s.getRangeByIndexes(0, 0, 1, 1).load("values")));
  if (titles.some((t) => t !== null)) await context.sync();
  for (let i = 0; i < candidates.length; i++) {
    const sheet = sheets[i] as Excel.Worksheet;
    const a1 = titles[i];
    if (a1 === null || a1 === undefined) return context.workbook.worksheets.add(candidates[i]);
    const title = a1.values[0]?.[0];
    if (isReportTitle(title)) {
      sheet.getRange().clear();
      return sheet;
    }
  }
  throw new Error(
    `Sheets named ${candidates.map((c) => `"${c}"`).join(", ")} already hold your own data: rename one to make room for the ${name} report.`,
  );
}
