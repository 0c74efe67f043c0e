/** Where Apply will write, for each table, in words the officer agrees to before anything changes. */
import { columnLetters } from "../../domain/sheet/a1";
import type { ScoreResult } from "../../domain/pipeline";
import { statusColumns } from "../../domain/plan/writeback";

export interface WritePlace {
  sheet: string;
  /** Column letters, e.g. "H". */
  status: string;
  dot: string;
  /** Which columns are added after the last period, because the table has none for them. */
  addsStatus: boolean;
  addsDot: boolean;
  firstRow: number;
  lastRow: number;
}

/** Where Apply will write, for each table: what the officer agrees to before anything changes. */
export function writePlaces(result: ScoreResult): WritePlace[] {
  return result.tables
    .filter((t) => t.table.measures.length > 0)
    .map((t) => {
      const { table } = t;
      const columns = statusColumns(t);
      const rows = table.measures.map((m) => m.row);
      return {
        sheet: table.sheet,
        status: columnLetters(columns.status),
        dot: columnLetters(columns.dot),
        addsStatus: table.roles.status === undefined,
        addsDot: table.roles.dot === undefined,
        firstRow: Math.min(...rows),
        lastRow: Math.max(...rows),
      };
    });
}

export function describePlace(p: WritePlace): string {
  const where = p.firstRow === p.lastRow ? `row ${p.firstRow}` : `rows ${p.firstRow}–${p.lastRow}`;
  if (p.addsStatus && p.addsDot) return `adds Overall status and DOT columns at ${p.status} and ${p.dot}, ${where}`;
  if (p.addsDot) return `column ${p.status} (status), and adds a DOT column at ${p.dot}, ${where}`;
  if (p.addsStatus) return `adds an Overall status column at ${p.status}, and column ${p.dot} (DOT), ${where}`;
  return `column ${p.status} (status) and ${p.dot} (DOT), ${where}`;
}
