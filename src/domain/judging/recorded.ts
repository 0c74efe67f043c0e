/**
 * What an officer recorded in a measure's status and DOT cells: the text as typed (words, letters, symbols,
 * emoji), or for a status with no text, the cell's fill alone; for a value arrow, the fill that says whether
 * the move was good.
 */
import { cellText, type CellInput } from "../sheet/grid";
import { fillWord, statusOfFill } from "./fill-status";
import { parseDirectionSymbol, parseStatusSymbol } from "./symbols";
import type { Direction, Status } from "./types";

export interface Recorded<T> {
  /** What the cell records, or null when it records nothing we can read. */
  value: T | null;
  /** The text as typed, `(red fill)` for a fill with no text, or null when the cell holds neither. */
  text: string | null;
}

export function recordedStatus(cell: CellInput | null): Recorded<Status> {
  if (cell === null) return { value: null, text: null };
  const text = cellText(cell);
  if (text !== "") return { value: parseStatusSymbol(text), text };
  const byFill = statusOfFill(cell.fill);
  return byFill === null ? { value: null, text: null } : { value: byFill, text: `(${fillWord(byFill)} fill)` };
}

const ARROW = /^[↑↓⬆⬇▲▼⇧⇩↗↘]/u;

export function recordedDirection(cell: CellInput | null): Recorded<Direction> {
  if (cell === null) return { value: null, text: null };
  const text = cellText(cell);
  if (text === "") return { value: null, text: null };
  const read = parseDirectionSymbol(text);
  // A value arrow follows the number; its green or red fill says whether that was good.
  const colour = ARROW.test(text.replace(/[\ufe0e\ufe0f]/g, "")) ? statusOfFill(cell.fill) : null;
  if (colour === "on-target") return { value: "improved", text };
  if (colour === "off-target") return { value: "worse", text };
  return { value: read, text };
}
