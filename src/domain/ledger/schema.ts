/**
 * The quarter-to-quarter record a workbook carries (issue #13): what the tool wrote where and for which
 * period (provenance), the frozen history of every publish, and the officers' overrides. One JSON document,
 * version 1, kept in a custom XML part by both faces. What is read back is untrusted: every string and
 * array is capped, so a hostile part cannot blow memory.
 */
import { z } from "zod";
import { DIRECTIONS, STATUSES } from "../judging/types";

/** Writes kept: older ones go (their cells are overwritten or an officer's by then). */
export const MAX_WRITES = 40;
export const MAX_CELLS_PER_WRITE = 20_000;
export const MAX_SNAPSHOTS = 100_000;
export const MAX_OVERRIDES = 2_000;

const text = (max: number) => z.string().max(max);
const label = text(120);
const iso = text(40);

export const MeasureKeySchema = z.strictObject({
  sheet: text(31),
  ref: label.nullable(),
  measure: text(500),
});

export const SettingsSchema = z.strictObject({
  tolerance: text(40),
  basis: text(40),
  mode: z.enum(["value", "formula"]),
  dotStyle: text(20),
  compare: text(120).optional(),
});

export const WrittenCellSchema = z.strictObject({
  sheet: text(31),
  address: z.string().regex(/^[A-Z]{1,3}[1-9]\d{0,6}$/),
  kind: z.enum(["status", "dot"]),
  /** Exactly what the tool left in the cell: the symbol text, or the formula. */
  text: text(1000),
  measure: MeasureKeySchema,
});

export const WriteSchema = z.strictObject({
  id: text(80),
  at: iso,
  face: z.enum(["cli", "pane"]),
  /** The current period's label. */
  period: label,
  comparison: label.nullable(),
  settings: SettingsSchema,
  cells: z.array(WrittenCellSchema).max(MAX_CELLS_PER_WRITE),
});

export const SnapshotSchema = z.strictObject({
  measure: MeasureKeySchema,
  period: label,
  value: text(500),
  target: text(500),
  status: z.enum(STATUSES),
  dot: z.enum(DIRECTIONS),
  reason: text(1000),
  source: z.enum(["computed", "recorded", "override"]),
  at: iso,
  writeId: text(80),
});

export const OverrideSchema = z.strictObject({
  measure: MeasureKeySchema,
  status: z.enum(STATUSES),
  reason: text(500).min(1),
  /** The override applies to periods before this one. */
  until: label.min(1),
  setAt: iso,
  setBy: text(120).optional(),
});

export const LedgerSchema = z.strictObject({
  version: z.literal(1),
  writes: z.array(WriteSchema).max(MAX_WRITES),
  history: z.array(SnapshotSchema).max(MAX_SNAPSHOTS),
  overrides: z.array(OverrideSchema).max(MAX_OVERRIDES),
});

export type MeasureKey = z.infer<typeof MeasureKeySchema>;
export type WriteSettings = z.infer<typeof SettingsSchema>;
export type WrittenCell = z.infer<typeof WrittenCellSchema>;
export type Write = z.infer<typeof WriteSchema>;
export type Snapshot = z.infer<typeof SnapshotSchema>;
export type Override = z.infer<typeof OverrideSchema>;
export type Ledger = z.infer<typeof LedgerSchema>;
export type SnapshotSource = Snapshot["source"];

export const EMPTY_LEDGER: Ledger = { version: 1, writes: [], history: [], overrides: [] };

export function isEmptyLedger(l: Ledger): boolean {
  return l.writes.length === 0 && l.history.length === 0 && l.overrides.length === 0;
}
