/** What the file adapter does with a plan's edits, on a sheet held as rows: the cells take the planned text or number. */
import type { ScoreResult } from "../../src/domain/pipeline";
import type { CellValue } from "../../src/domain/sheet/grid";

export function applyToRows(rows: CellValue[][], result: ScoreResult): CellValue[][] {
  const out = rows.map((r) => [...r]);
  for (const e of result.plan.edits)
    for (const c of e.cells) {
      const row = out[c.row - 1] as CellValue[];
      row[c.column - 1] = c.value.kind === "text" ? c.value.text : c.value.kind === "number" ? c.value.number : null;
    }
  return out;
}
