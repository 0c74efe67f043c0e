/**
 * Colour rules for the status and DOT columns: conditional formats that test each cell's own text
 * (✓ green, ✘ red…), so a colour follows when an officer types another symbol.
 *
 * The ids of the rules the add-in adds are kept in the workbook's settings. So it never touches a
 * user's own rules (no clearAll), never adds the same rules twice to a column, and Restore removes
 * exactly the rules that a write added. What it reads back is untrusted, and validated with zod.
 */
import * as z from "zod/mini";
import { DOT_ARROWS, DOT_WORDS, STATUS_SYMBOLS } from "../domain/engine";
import { FILL_COLOURS, type ColourRange } from "../domain/plan";
import { blockAddress } from "./blocks";

export const RULES_KEY = "kpiScorecardRules";

export interface RuleSet {
  sheet: string;
  /** A1 address of the column range the rules apply to, e.g. `P12:P25`. */
  address: string;
  what: "status" | "dot";
  /** Conditional-format ids, as Excel gives them. */
  ids: string[];
}

const RuleSetsSchema = z
  .array(
    z.strictObject({
      sheet: z.string().check(z.minLength(1), z.maxLength(31)),
      address: z.string().check(z.regex(/^[A-Z]{1,3}\d{1,7}(:[A-Z]{1,3}\d{1,7})?$/)),
      what: z.enum(["status", "dot"]),
      ids: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(20)),
    }),
  )
  .check(z.maxLength(10_000));

/** Rule sets as stored (JSON text). Anything damaged reads as none: the worst case is a duplicate rule, never a lost one. */
export function readRuleSets(stored: unknown): RuleSet[] {
  if (typeof stored !== "string" || stored === "" || stored.length > 2_000_000) return [];
  try {
    const parsed = RuleSetsSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

const STATUS_RULES: [string, string][] = [
  [STATUS_SYMBOLS["on-target"], FILL_COLOURS.green],
  [STATUS_SYMBOLS["near-target"], FILL_COLOURS.amber],
  [STATUS_SYMBOLS["off-target"], FILL_COLOURS.red],
  [STATUS_SYMBOLS["in-development"], FILL_COLOURS.grey],
  [STATUS_SYMBOLS["not-applicable"], FILL_COLOURS.grey],
  [STATUS_SYMBOLS["not-available"], FILL_COLOURS.grey],
];

const DOT_RULES: [string, string][] = [
  [DOT_ARROWS.improved, FILL_COLOURS.green],
  [DOT_ARROWS.stable, FILL_COLOURS.amber],
  [DOT_ARROWS.worse, FILL_COLOURS.red],
  [DOT_WORDS.improved, FILL_COLOURS.green],
  [DOT_WORDS.stable, FILL_COLOURS.amber],
  [DOT_WORDS.worse, FILL_COLOURS.red],
];

interface Target {
  sheet: string;
  address: string;
  what: "status" | "dot";
  range: Excel.Range;
  existing: Excel.ConditionalFormatCollection;
}

export interface PreparedRules {
  tracked: Excel.Setting;
  targets: Target[];
}

function rangeOf(context: Excel.RequestContext, sheet: string, rowIndex: number, columnIndex: number, rows: number): Excel.Range {
  return context.workbook.worksheets.getItem(sheet).getRangeByIndexes(rowIndex, columnIndex, rows, 1);
}

/** Queue loads of the tracked rule sets and of the rules now on each range; the caller syncs. */
export function prepareRules(context: Excel.RequestContext, ranges: ColourRange[]): PreparedRules {
  const tracked = context.workbook.settings.getItemOrNullObject(RULES_KEY);
  tracked.load("value");
  const targets = ranges.map((r) => {
    const rows = r.lastRow - r.firstRow + 1;
    const range = rangeOf(context, r.sheet, r.firstRow - 1, r.column - 1, rows);
    const existing = range.conditionalFormats.load("items");
    return { sheet: r.sheet, address: blockAddress(r.firstRow - 1, r.column - 1, rows, 1), what: r.what, range, existing };
  });
  return { tracked, targets };
}

function trackedSets(prepared: PreparedRules): RuleSet[] {
  return prepared.tracked.isNullObject ? [] : readRuleSets(prepared.tracked.value);
}

export interface AddedRules {
  /** Rule sets still in place from before, kept in the record. */
  kept: RuleSet[];
  /** The new rules, whose ids are known after the next sync. */
  pending: { sheet: string; address: string; what: "status" | "dot"; formats: Excel.ConditionalFormat[] }[];
}

/** After the prepare sync: add rules where ours are not already in place. The caller syncs. */
export function addRules(prepared: PreparedRules): AddedRules {
  const live = (t: Target) => new Set(t.existing.items.map((f) => f.id));
  const sets = trackedSets(prepared);
  const kept: RuleSet[] = [];
  const pending: AddedRules["pending"] = [];
  for (const t of prepared.targets) {
    const ids = live(t);
    const ours = sets.find((s) => s.sheet === t.sheet && s.address === t.address && s.what === t.what && s.ids.length > 0 && s.ids.every((id) => ids.has(id)));
    if (ours !== undefined) continue;
    const formats = (t.what === "status" ? STATUS_RULES : DOT_RULES).map(([text, colour]) => {
      const cf = t.range.conditionalFormats.add("ContainsText");
      cf.textComparison.format.fill.color = colour;
      cf.textComparison.rule = { operator: "Contains", text };
      cf.load("id");
      return cf;
    });
    pending.push({ sheet: t.sheet, address: t.address, what: t.what, formats });
  }
  // Keep only records whose rules still exist on a range looked at now, or on ranges not looked at.
  for (const s of sets) {
    const target = prepared.targets.find((t) => t.sheet === s.sheet && t.address === s.address && t.what === s.what);
    if (target === undefined || s.ids.every((id) => live(target).has(id))) kept.push(s);
  }
  return { kept, pending };
}

/** After the sync that added them: the new rule sets, and the record of all of ours saved to settings. */
export function recordRules(context: Excel.RequestContext, added: AddedRules): RuleSet[] {
  const fresh = added.pending.map((p) => ({ sheet: p.sheet, address: p.address, what: p.what, ids: p.formats.map((f) => f.id) }));
  context.workbook.settings.add(RULES_KEY, JSON.stringify([...added.kept, ...fresh]));
  return fresh;
}

export interface PreparedRemoval {
  tracked: Excel.Setting;
  targets: { set: RuleSet; existing: Excel.ConditionalFormatCollection }[];
}

function parseAddress(address: string): { rowIndex: number; columnIndex: number; rows: number } | null {
  const m = /^([A-Z]{1,3})(\d{1,7})(?::[A-Z]{1,3}(\d{1,7}))?$/.exec(address);
  if (m === null) return null;
  const column = (m[1] ?? "").split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const top = Number(m[2]);
  const bottom = m[3] === undefined ? top : Number(m[3]);
  return { rowIndex: top - 1, columnIndex: column - 1, rows: bottom - top + 1 };
}

/** Queue loads for removing the rules a write added; the caller syncs. */
export function prepareRemoval(context: Excel.RequestContext, sets: RuleSet[]): PreparedRemoval {
  const tracked = context.workbook.settings.getItemOrNullObject(RULES_KEY);
  tracked.load("value");
  const targets: PreparedRemoval["targets"] = [];
  for (const set of sets) {
    const at = parseAddress(set.address);
    if (at === null) continue;
    const existing = rangeOf(context, set.sheet, at.rowIndex, at.columnIndex, at.rows).conditionalFormats.load("items");
    targets.push({ set, existing });
  }
  return { tracked, targets };
}

/** After the prepare sync: delete exactly those rules, and drop them from the record. The caller syncs. */
export function removeRules(context: Excel.RequestContext, prepared: PreparedRemoval): number {
  let removed = 0;
  for (const { set, existing } of prepared.targets) {
    const ids = new Set(set.ids);
    for (const f of existing.items) {
      if (ids.has(f.id)) {
        f.delete();
        removed++;
      }
    }
  }
  const gone = new Set(prepared.targets.map((t) => `${t.set.sheet}!${t.set.address}!${t.set.what}`));
  const remaining = (prepared.tracked.isNullObject ? [] : readRuleSets(prepared.tracked.value)).filter((s) => !gone.has(`${s.sheet}!${s.address}!${s.what}`));
  context.workbook.settings.add(RULES_KEY, JSON.stringify(remaining));
  return removed;
}
