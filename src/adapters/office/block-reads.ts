/**
 * Reading a big area in blocks of whole rows, each block its own request and sync, sized so that each
 * response stays under Excel on the web's 5 MB limit: the first block by a generous guess per cell, the
 * next by what the rows read so far really cost; a block that still comes back too big is read again
 * in halves. The number of syncs grows with the bytes read, not with the number of measures.
 */
import type { SheetArea } from "./results";

/** Bytes aimed at per response: half the limit, for the estimate's sake. */
export const RESPONSE_BUDGET = 2_500_000;

const isTooBig = (e: unknown) =>
  typeof e === "object" && e !== null && (e as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded";

export interface BlockReader<T> {
  /** Queue the block's loads and sync (one sync). */
  read: (block: SheetArea) => Promise<T>;
  /** What the block's response cost, roughly (its JSON). */
  bytes: (result: T) => number;
  /** The first guess per cell, before any row has been read. */
  guessPerCell: number;
}

/** Read `area` block by block, handing each block and its first row's offset to `each`, in order. */
export async function readInBlocks<T>(
  area: SheetArea,
  reader: BlockReader<T>,
  each: (result: T, block: SheetArea) => void,
): Promise<void> {
  let perRow = reader.guessPerCell * Math.max(1, area.columnCount);
  let row = 0;
  while (row < area.rowCount) {
    const rows = Math.max(1, Math.min(area.rowCount - row, Math.floor(RESPONSE_BUDGET / perRow)));
    const block = {
      rowIndex: area.rowIndex + row,
      columnIndex: area.columnIndex,
      rowCount: rows,
      columnCount: area.columnCount,
    };
    let result: T;
    try {
      // One request per block, each under the response limit.
      result = await reader.read(block);
    } catch (e) {
      // A single row too big for a response cannot be read here: Excel's error says so.
      if (!isTooBig(e) || rows === 1) throw e;
      perRow = Math.ceil(RESPONSE_BUDGET / Math.floor(rows / 2));
      continue;
    }
    perRow = Math.max(perRow / 4, (reader.bytes(result) / rows) * 1.5);
    each(result, block);
    row += rows;
  }
}
