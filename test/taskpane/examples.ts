/** The real example scorecards the pane's tests judge, read once with the file adapter. */
import path from "node:path";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import type { Grid } from "../../src/domain/sheet/grid";

const examples = path.resolve(__dirname, "../../examples");

async function firstSheet(file: string): Promise<Grid> {
  return (await readWorkbook(path.join(examples, file))).grids[0] as Grid;
}

/** Four directorate tables on one sheet, 31 measures, no status or DOT columns. */
export const directorateGrid = (): Promise<Grid> => firstSheet("directorate-performance-2023-q2.xlsx");
/** Five priority tables with recorded statuses. */
export const councilPlanGrid = (): Promise<Grid> => firstSheet("council-plan-2019-q1.xlsx");
