/**
 * Refs and titles in separate columns, however they are headed: `Indicator` or `KPI` holding `CS01` beside a
 * `Description` holding the words; and the title of a measure row whose own title cell is empty (merged over
 * Primary / Secondary sub-rows, or left blank).
 */
import type { Grid } from "../sheet/grid";
import { textAt } from "./cells";

/** `CS01`, `HR11`, `1.A5`, `B.13 (SC)`, `NI 117`, `PI-04a`: short, with a digit, and no word of four letters or more. */
export function looksLikeRef(text: string): boolean {
  const t = text.trim();
  if (t === "" || t.length > 16 || !/\d/.test(t)) return false;
  if (/[a-z]{4,}/i.test(t.replace(/\([^)]*\)/g, ""))) return false;
  if (/^(19|20)\d{2}\s*[/\-–]\s*\d{2,4}$/.test(t)) return false; // a year, 2024/25
  return t.split(/\s+/).length <= 3 && !/%|£|\d\s*[-–]\s*\d{2,}/.test(t);
}

/** The body texts of a column below the header, up to `limit` non-blank ones. */
function sample(grid: Grid, column: number, from: number, limit = 25): string[] {
  const out: string[] = [];
  const last = grid.top + grid.values.length - 1;
  for (let row = from; row <= last && out.length < limit; row++) {
    const t = textAt(grid, row, column);
    if (t !== "") out.push(t);
  }
  return out;
}

const mostlyRefs = (texts: string[]) => texts.length > 0 && texts.filter(looksLikeRef).length / texts.length >= 0.8;

/**
 * Which of a header's measure-named columns holds refs: when two columns are named for the measure (`Indicator`
 * and `Description`) and there is no ref column, the one whose cells are mostly refs is the ref column.
 */
export function refColumnAmong(grid: Grid, measureColumns: number[], bodyTop: number): number | null {
  if (measureColumns.length < 2) return null;
  const refs = measureColumns.filter((c) => mostlyRefs(sample(grid, c, bodyTop)));
  return refs.length === 1 ? (refs[0] as number) : null;
}

/**
 * A measure row's title: its own cell, else the merged cell above that covers it (a title over sub-rows),
 * else "(untitled, row N)" so that the row is still judged and counted.
 */
export function measureTitle(grid: Grid, row: number, column: number | undefined): string {
  if (column === undefined) return "";
  const own = textAt(grid, row, column);
  if (own !== "") return own;
  const merge = grid.merges?.find((m) => m.top < row && row <= m.bottom && m.left <= column && column <= m.right);
  const above = merge === undefined ? "" : textAt(grid, merge.top, merge.left);
  return above !== "" ? above : `(untitled, row ${row})`;
}
