/** Every non-empty cell value of a workbook, keyed by sheet and address, for before/after comparisons. */
import ExcelJS from "exceljs";

export type CellMap = Map<string, unknown>;

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export function cellsOf(ws: ExcelJS.Worksheet): CellMap {
  const out: CellMap = new Map();
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      out.set(cell.address, JSON.parse(JSON.stringify(cell.value)) as unknown);
    });
  });
  return out;
}
