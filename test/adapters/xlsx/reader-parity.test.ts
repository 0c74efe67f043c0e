/** The package reader gives the grids ExcelJS gave on the examples, cell for cell (fills aside, which ExcelJS's reader never read). */
import * as path from "node:path";
import ExcelJS from "exceljs";
import { readWorkbook } from "../../../src/adapters/xlsx/read-workbook";
import { gridFromWorksheet } from "../../support/exceljs-grid";

const examples = path.join(__dirname, "..", "..", "..", "examples");

test.each(["council-plan-2019-q1.xlsx", "corporate-plan-2016-q2.xlsx", "directorate-performance-2023-q2.xlsx"])(
  "%s reads as ExcelJS read it",
  async (name) => {
    const file = path.join(examples, name);
    const { grids } = await readWorkbook(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const old = wb.worksheets.map(gridFromWorksheet);
    expect(grids.map((g) => g.sheet)).toEqual(old.map((g) => g.sheet));
    grids.forEach((g, i) => {
      const o = old[i]!;
      const { fills, ...rest } = g;
      if (fills !== undefined) expect(fills).toHaveLength(g.values.length);
      expect(rest.values).toEqual(o.values);
      expect(rest.text).toEqual(o.text);
      expect(rest.formats).toEqual(o.formats);
      expect(rest.formulas).toEqual(o.formulas);
      expect(new Set(rest.merges!.map((m) => JSON.stringify(m)))).toEqual(
        new Set(o.merges!.map((m) => JSON.stringify(m))),
      );
    });
  },
);
