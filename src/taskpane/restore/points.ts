/** The restore points in an officer's words: what each write changed, and when. */
import type { RestorePoint } from "../gateway";
import { plural, savedAtWords } from "../words";

/** How many restore points the workbook keeps (the adapter drops the oldest beyond this). */
export const MAX_POINTS = 10;

/** "Q2 2023/24 write: 31 statuses, 31 DOTs, 2 report sheets", or the cells and sheet of a point that does not say. */
export function changeWords(point: RestorePoint): string {
  const c = point.change;
  if (c === null) return `${plural(point.cells, "cell", "cells")} on sheet "${point.sheet}"`;
  const what = [
    plural(c.statuses, "status", "statuses"),
    plural(c.dots, "DOT", "DOTs"),
    ...(c.reports === 0 ? [] : [plural(c.reports, "report sheet", "report sheets")]),
  ].join(", ");
  return `${c.period === null ? "Write" : `${c.period} write`}: ${what}`;
}

/** One line of the list: what changed, then when. */
export const pointWords = (point: RestorePoint): string => `${changeWords(point)} · ${savedAtWords(point.savedAt)}`;
