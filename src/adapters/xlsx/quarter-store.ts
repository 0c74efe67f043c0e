/**
 * The file adapter's side of quarter to quarter: the ledger and the restore points read from the package's
 * custom XML parts (each validated by the domain: a damaged part falls back with a warning), and the restore
 * point of a write built from the grids as read, in the JSON shape the pane's restore reads.
 */
import { address, columnLetters } from "../../domain/sheet/a1";
import { isCellError, type Grid } from "../../domain/sheet/grid";
import { FILL_COLOURS, type WorkbookPlan } from "../../domain/plan/workbook-plan";
import {
  LEDGER_NAMESPACE,
  RESTORE_NAMESPACE,
  readLedger,
  readRestorePoints,
  type Ledger,
  type RestorePointEntry,
  type StoredPoint,
} from "../../domain/ledger";
import { partsInNamespace } from "./custom-xml";
import type { XlsxPackage } from "./package";

export interface QuarterRecord {
  ledger: Ledger;
  /** Restore points, newest first. */
  points: RestorePointEntry[];
  /** What was set aside, in words (a damaged ledger or restore point). */
  warnings: string[];
  /** The ledger's parts when they could not be read whole, to keep word for word beside the next ledger. */
  damagedLedger: string[];
}

export function readQuarterRecord(pkg: XlsxPackage): QuarterRecord {
  const ledgerXml = partsInNamespace(pkg, LEDGER_NAMESPACE).map((p) => p.xml);
  const ledger = readLedger(ledgerXml);
  const restore = readRestorePoints(partsInNamespace(pkg, RESTORE_NAMESPACE).map((p) => p.xml));
  return {
    ledger: ledger.ledger,
    points: restore.points,
    warnings: [ledger.warning, restore.warning].filter((w): w is string => w !== null),
    damagedLedger: ledger.warning === null ? [] : ledgerXml,
  };
}

type Scalar = string | number | boolean | null;

/** A cell as the pane's restore writes it back: its formula, else its constant. */
function contentAt(grid: Grid | undefined, row: number, column: number): { value: Scalar; format: string } {
  if (grid === undefined) return { value: null, format: "General" };
  const r = row - grid.top;
  const c = column - grid.left;
  const formula = grid.formulas?.[r]?.[c];
  const format = grid.formats[r]?.[c] ?? "General";
  if (typeof formula === "string" && formula !== "") return { value: formula, format };
  const v = grid.values[r]?.[c] ?? null;
  return { value: isCellError(v) ? v.error : v, format };
}

/**
 * What the write overwrites in the users' sheets, and what it puts there: one range per run of adjacent
 * rows in a column, and the colour rules it adds. Report sheets are the tool's and refreshed, not kept.
 */
export function restorePointOf(grids: readonly Grid[], plan: WorkbookPlan, savedAt: string): StoredPoint {
  const ranges: StoredPoint["ranges"] = [];
  let cells = 0;
  for (const edit of plan.edits) {
    const grid = grids.find((g) => g.sheet === edit.sheet);
    const sorted = [...edit.cells].sort((a, b) => a.column - b.column || a.row - b.row);
    for (let i = 0; i < sorted.length;) {
      let j = i + 1;
      while (j < sorted.length && sorted[j]!.column === sorted[i]!.column && sorted[j]!.row === sorted[j - 1]!.row + 1)
        j++;
      const run = sorted.slice(i, j);
      const first = run[0]!;
      const last = run[run.length - 1]!;
      const before = run.map((c) => contentAt(grid, c.row, c.column));
      ranges.push({
        sheet: edit.sheet,
        address:
          run.length === 1
            ? address(first.row, first.column)
            : `${address(first.row, first.column)}:${address(last.row, last.column)}`,
        formulas: before.map((b) => [b.value]),
        numberFormat: before.map((b) => [b.format]),
        written: run.map((c) => [
          c.value.kind === "text"
            ? c.value.text
            : c.value.kind === "formula"
              ? c.value.formula
              : c.value.kind === "number"
                ? c.value.number
                : null,
        ]),
      });
      cells += run.length;
      i = j;
    }
  }
  const rules: StoredPoint["rules"] = plan.colourRanges.map((r) => ({
    sheet: r.sheet,
    address: `${columnLetters(r.column)}${r.firstRow}:${columnLetters(r.column)}${r.lastRow}`,
    what: r.what,
    rules: r.rules.slice(0, 20).map((x): [string, string] => [x.text.slice(0, 100), FILL_COLOURS[x.fill]]),
  }));
  return { version: 1, savedAt, sheet: plan.edits[0]?.sheet ?? "", cells, ranges, rules };
}
