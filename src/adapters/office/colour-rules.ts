/**
 * Colour rules for the status and DOT columns: conditional formats that test each cell's own text
 * (✓ green, ✘ red…), so a colour follows when an officer types another symbol.
 *
 * A rule is the add-in's when its content says so: a "contains" text rule with one of the add-in's texts
 * and that text's fill, over exactly the column range the add-in coloured. (Excel gives conditional
 * formats no lasting identity: their `id` is their priority, which changes as rules are added.) So Apply
 * never touches an officer's own rules (no clearAll) and never adds the same set twice, and Restore
 * removes exactly the sets that a write added.
 */
import * as z from "zod/mini";
import { FILL_COLOURS, type ColourRange } from "../../domain/plan/workbook-plan";
import { blockAddress, parseBlockAddress } from "./blocks";

/** A column range the add-in coloured: recorded with the restore point, so Restore can take the rules off. */
export interface RuleSet {
  sheet: string;
  /** A1 address of the column range, e.g. `P12:P25`. */
  address: string;
  what: "status" | "dot" | "header";
  /** Each text the rules test and its colour (#RRGGBB), as the plan gave them. */
  rules: [text: string, colour: string][];
}

export const RuleSetSchema = z.strictObject({
  sheet: z.string().check(z.minLength(1), z.maxLength(31)),
  address: z.string().check(z.regex(/^[A-Z]{1,3}\d{1,7}(:[A-Z]{1,3}\d{1,7})?$/)),
  what: z.enum(["status", "dot", "header"]),
  rules: z.optional(
    z.array(z.tuple([z.string().check(z.maxLength(100)), z.string().check(z.regex(/^#[0-9A-Fa-f]{6}$/))])).check(z.maxLength(20)),
  ),
  /** Kept by an earlier version, which named rules by id; read and ignored. */
  ids: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(20))),
});

/** One recorded rule set, or null when the record is damaged (it is then left alone, never guessed at). */
export function readRuleSet(stored: unknown): RuleSet | null {
  if (typeof stored !== "string" || stored.length > 5000) return null;
  try {
    const parsed = RuleSetSchema.safeParse(JSON.parse(stored));
    if (!parsed.success) return null;
    const { sheet, address, what } = parsed.data;
    // A record from before rules were recorded: the status or DOT set that version added.
    const rules = parsed.data.rules ?? (what === "header" ? [] : EARLIER_RULES[what]);
    return { sheet, address, what, rules };
  } catch {
    return null;
  }
}

/** What an earlier version added, before each set was recorded with its rules (the same texts and colours). */
const EARLIER_RULES: Record<"status" | "dot", [string, string][]> = {
  status: [
    ["✓", FILL_COLOURS.green],
    ["●", FILL_COLOURS.amber],
    ["✘", FILL_COLOURS.red],
    ["✱", FILL_COLOURS.grey],
    ["□", FILL_COLOURS.grey],
    ["■", FILL_COLOURS.grey],
  ],
  dot: [
    ["↑", FILL_COLOURS.green],
    ["→", FILL_COLOURS.amber],
    ["↓", FILL_COLOURS.red],
    ["Improved", FILL_COLOURS.green],
    ["Stable", FILL_COLOURS.amber],
    ["Worse", FILL_COLOURS.red],
  ],
};

interface Area {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
}

/** A column range and the rules that touch it, loaded in two steps (the rules, then what each says). */
export interface RuleTarget extends RuleSet {
  area: Area;
  range: Excel.Range;
  formats: Excel.ConditionalFormatCollection;
  details: { format: Excel.ConditionalFormat; where: Excel.Range }[];
}

function target(context: Excel.RequestContext, set: RuleSet, area: Area): RuleTarget {
  const range = context.workbook.worksheets.getItem(set.sheet).getRangeByIndexes(area.rowIndex, area.columnIndex, area.rowCount, 1);
  const formats = range.conditionalFormats.load("items"); // eslint-disable-line office-addins/no-navigational-load -- a collection is read through its items (their scalar properties only)
  return { ...set, area, range, formats, details: [] };
}

/** Step 1: queue loading the rules on each column range the plan colours. The caller syncs. */
export function prepareRules(context: Excel.RequestContext, ranges: ColourRange[]): RuleTarget[] {
  return ranges.map((r) => {
    const area = { rowIndex: r.firstRow - 1, columnIndex: r.column - 1, rowCount: r.lastRow - r.firstRow + 1 };
    const rules = r.rules.map(({ text, fill }): [string, string] => [text, FILL_COLOURS[fill]]);
    return target(context, { sheet: r.sheet, address: blockAddress(area.rowIndex, area.columnIndex, area.rowCount, 1), what: r.what, rules }, area);
  });
}

/** Step 1, for Restore: the same, for the rule sets a write recorded. The caller syncs. */
export function prepareRecorded(context: Excel.RequestContext, sets: RuleSet[]): RuleTarget[] {
  return sets.flatMap((s) => {
    const area = parseBlockAddress(s.address);
    return area === null ? [] : [target(context, s, area)];
  });
}

/** Step 2, after that sync: queue loading what each text rule tests, its fill and where it applies. The caller syncs. */
export function loadRuleDetails(targets: RuleTarget[]): void {
  for (const t of targets) {
    t.details = t.formats.items
      .filter((f) => f.type === "ContainsText")
      .map((format) => {
        format.textComparison.load("rule");
        format.textComparison.format.fill.load("color");
        const where = format.getRangeOrNullObject().load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
        return { format, where };
      });
  }
}

/** After step 2's sync: the add-in's own rules on a target, by the text each tests. */
function ours(t: RuleTarget): Map<string, Excel.ConditionalFormat> {
  const wanted = new Map(t.rules.map(([text, colour]) => [text, colour.toUpperCase()]));
  const found = new Map<string, Excel.ConditionalFormat>();
  for (const { format, where } of t.details) {
    if (where.isNullObject) continue;
    const same = where.rowIndex === t.area.rowIndex && where.columnIndex === t.area.columnIndex && where.rowCount === t.area.rowCount && where.columnCount === 1;
    const rule = format.textComparison.rule;
    const colour = (format.textComparison.format.fill.color ?? "").toUpperCase();
    if (same && rule.operator === "Contains" && wanted.get(rule.text) === colour && !found.has(rule.text)) found.set(rule.text, format);
  }
  return found;
}

/** After step 2's sync: the ranges that lack the add-in's full set (a partial set, say after an officer deleted one rule, counts). */
export function missingRules(targets: RuleTarget[]): RuleTarget[] {
  return targets.filter((t) => ours(t).size !== t.rules.length);
}

/**
 * Colour the ranges `missingRules` found, replacing a partial set whole. Called after the restore point that
 * records them is saved, so no rule is ever added without a record of it. The caller syncs.
 */
export function addRules(missing: RuleTarget[]): void {
  for (const t of missing) {
    for (const format of ours(t).values()) format.delete();
    for (const [text, colour] of t.rules) {
      const cf = t.range.conditionalFormats.add("ContainsText");
      cf.textComparison.format.fill.color = colour;
      cf.textComparison.rule = { operator: "Contains", text };
    }
  }
}

/** After step 2's sync, for Restore: delete the add-in's rules on the recorded ranges. The caller syncs. */
export function removeRules(targets: RuleTarget[]): number {
  let removed = 0;
  for (const t of targets) {
    for (const format of ours(t).values()) {
      format.delete();
      removed++;
    }
  }
  return removed;
}
