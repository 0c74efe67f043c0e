/**
 * Whose is a status or DOT cell: the tool's (it still holds exactly what the tool last wrote there, so it is
 * refreshed freely and is no one's judgement), an officer's (it differs: a judgement, kept), or unknown (no
 * write recorded there: a first run, judged as before the record existed). Rows and columns move between
 * quarters (a period column inserted before the status column), so a cell is found by its measure and kind
 * first, and by its address when the measure is not in the record (its title was edited, say).
 */
import { keyId } from "./measure-key";
import type { Ledger, MeasureKey, Write, WrittenCell } from "./schema";

export type Owner = "tool" | "officer" | "unknown";

export interface CellProvenance {
  owner: Owner;
  /** The newest write that put something in this cell, when one did. */
  write: Write | null;
  cell: WrittenCell | null;
}

interface Found {
  write: Write;
  cell: WrittenCell;
}

/** The newest write per cell and per measure, built once per run (a ledger holds up to 40 writes of many cells). */
export interface ProvenanceIndex {
  byAddress: Map<string, Found>;
  byMeasure: Map<string, Found>;
}

const cellId = (sheet: string, address: string) => `${sheet}\u0000${address.toUpperCase()}`;
const measureId = (key: MeasureKey, kind: WrittenCell["kind"]) => `${kind}\u0000${keyId(key)}`;

export function provenanceIndex(ledger: Ledger): ProvenanceIndex {
  const index: ProvenanceIndex = { byAddress: new Map(), byMeasure: new Map() };
  for (const write of ledger.writes)
    for (const cell of write.cells) {
      index.byAddress.set(cellId(cell.sheet, cell.address), { write, cell });
      index.byMeasure.set(measureId(cell.measure, cell.kind), { write, cell });
    }
  return index;
}

/** Where a cell is: its sheet and address, what it is for (`kind`, `measure`), and what it holds now (`cellContent`). */
export interface CellAt {
  sheet: string;
  address: string;
  kind: WrittenCell["kind"];
  measure?: MeasureKey;
}

export function provenance(ledger: Ledger | ProvenanceIndex, at: CellAt, content: string): CellProvenance {
  const index = "byAddress" in ledger ? ledger : provenanceIndex(ledger);
  const byMeasure = at.measure === undefined ? undefined : index.byMeasure.get(measureId(at.measure, at.kind));
  const byAddress = index.byAddress.get(cellId(at.sheet, at.address));
  const found = byMeasure ?? (byAddress?.cell.kind === at.kind ? byAddress : undefined);
  if (found === undefined) return { owner: "unknown", write: null, cell: null };
  const owner: Owner = content === found.cell.text ? "tool" : "officer";
  return { owner, write: found.write, cell: found.cell };
}
