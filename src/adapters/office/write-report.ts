/**
 * Write a report sheet (Summary, Exceptions, Checks) in place: blocks of rows plus a few format ranges, one
 * request per block under Excel on the web's 5 MB limit (an Exceptions sheet of a big scorecard is tens of
 * thousands of rows); most reports are one block.
 */
import { FILL_COLOURS, type SheetPlan } from "../../domain/plan/workbook-plan";
import { CHUNK_BYTES, formatOf, formulaOf } from "./blocks";
import { reportSheet } from "./owned-sheets";
import { writeCharts } from "./write-charts";

/** Runs of cells in a row with the same fill, so fills cost one range each, not one per cell. */
function fillRuns(plan: SheetPlan): { row: number; column: number; length: number; colour: string }[] {
  const runs: { row: number; column: number; length: number; colour: string }[] = [];
  plan.rows.forEach((cells, r) => {
    let c = 0;
    while (c < cells.length) {
      const fill = cells[c]?.fill;
      if (fill === undefined || fill === "none") {
        c++;
        continue;
      }
      let end = c + 1;
      while (end < cells.length && cells[end]?.fill === fill) end++;
      runs.push({ row: r, column: c, length: end - c, colour: FILL_COLOURS[fill] });
      c = end;
    }
  });
  return runs;
}

/** `activate`: show the sheet (a report asked for); the History sheet refreshed with a write stays behind. */
export async function writeReport(
  context: Excel.RequestContext,
  plan: SheetPlan,
  activate = true,
): Promise<{ name: string }> {
  const sheet = await reportSheet(context, plan.name);
  const width = Math.max(1, ...plan.rows.map((r) => r.length));
  const formulas = plan.rows.map((row) =>
    Array.from({ length: width }, (_, c) => (row[c] === undefined ? "" : formulaOf(row[c].value))),
  );
  const formats = plan.rows.map((row) =>
    Array.from({ length: width }, (_, c) => (row[c] === undefined ? "General" : formatOf(row[c].value))),
  );
  const runs = fillRuns(plan);
  // Rows in blocks under the request limit: a row's JSON, twice (formulas and formats), and its format ranges.
  let start = 0;
  while (start < plan.rows.length) {
    let end = start;
    let bytes = 0;
    while (end < plan.rows.length) {
      const size = JSON.stringify(formulas[end]).length + JSON.stringify(formats[end]).length + 300;
      if (end > start && bytes + size > CHUNK_BYTES) break;
      bytes += size;
      end++;
    }
    const range = sheet.getRangeByIndexes(start, 0, end - start, width);
    range.numberFormat = formats.slice(start, end);
    range.formulas = formulas.slice(start, end);
    range.format.wrapText = false;
    for (const run of runs)
      if (run.row >= start && run.row < end)
        sheet.getRangeByIndexes(run.row, run.column, 1, run.length).format.fill.color = run.colour;
    for (let r = start; r < end; r++) {
      const row = plan.rows[r] ?? [];
      const boldTo = row.findIndex((c) => c.bold !== true);
      const bold = boldTo === -1 ? row.length : boldTo;
      if (bold > 0) sheet.getRangeByIndexes(r, 0, 1, bold).format.font.bold = true;
    }
    start = end;
    if (start < plan.rows.length) await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one sync per block under the request limit
  }
  // Column widths are given in characters; Excel wants points (about 7 per character).
  plan.columnWidths.forEach((w, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round(w * 7);
  });
  await writeCharts(context, sheet, plan);
  if (activate) sheet.activate();
  sheet.load("name");
  await context.sync();
  return { name: sheet.name };
}
