/**
 * Apply a plan to the workbook: keep a restore point, then write rectangular blocks in chunks under
 * the request limit, with calculation and screen updating suspended. The number of syncs is a small
 * constant plus a few per chunk, whatever the number of measures.
 */
import { FILL_COLOURS, type WorkbookPlan } from "../domain/plan";
import { STATUS_SYMBOLS, DOT_ARROWS, DOT_WORDS } from "../domain/engine";
import { chunk, toBlocks, type Block } from "./blocks";
import type { ApplyResult, Progress } from "./gateway";
import { saveRestorePoint, type SavedRange } from "./restore";

/** Conditional formats test the cell's own text, so colours follow when an officer types another symbol. */
const TEXT_FILLS: [string, string][] = [
  [STATUS_SYMBOLS["on-target"], FILL_COLOURS.green],
  [STATUS_SYMBOLS["near-target"], FILL_COLOURS.amber],
  [STATUS_SYMBOLS["off-target"], FILL_COLOURS.red],
  [STATUS_SYMBOLS["in-development"], FILL_COLOURS.grey],
  [STATUS_SYMBOLS["not-applicable"], FILL_COLOURS.grey],
  [STATUS_SYMBOLS["not-available"], FILL_COLOURS.grey],
  [DOT_ARROWS.improved, FILL_COLOURS.green],
  [DOT_ARROWS.stable, FILL_COLOURS.amber],
  [DOT_ARROWS.worse, FILL_COLOURS.red],
  [DOT_WORDS.improved, FILL_COLOURS.green],
  [DOT_WORDS.stable, FILL_COLOURS.amber],
  [DOT_WORDS.worse, FILL_COLOURS.red],
];

function suspend(context: Excel.RequestContext): void {
  const app = context.application as Partial<Excel.Application>;
  if (typeof app.suspendApiCalculationUntilNextSync === "function") app.suspendApiCalculationUntilNextSync();
  if (typeof app.suspendScreenUpdatingUntilNextSync === "function") app.suspendScreenUpdatingUntilNextSync();
}

function rangeOf(context: Excel.RequestContext, b: Block, rows = b.formulas.length, columns = b.formulas[0]?.length ?? 1): Excel.Range {
  return context.workbook.worksheets.getItem(b.sheet).getRangeByIndexes(b.rowIndex, b.columnIndex, rows, columns);
}

/** Read what each block will overwrite: one sync per chunk. */
async function readPrevious(context: Excel.RequestContext, chunks: Block[][]): Promise<SavedRange[]> {
  const saved: SavedRange[] = [];
  for (const c of chunks) {
    const ranges = c.map((b) => rangeOf(context, b).load(["formulas", "numberFormat"]));
    await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one sync per chunk under the request limit
    c.forEach((b, i) => {
      const r = ranges[i] as Excel.Range;
      saved.push({ sheet: b.sheet, rowIndex: b.rowIndex, columnIndex: b.columnIndex, formulas: r.formulas, numberFormat: r.numberFormat });
    });
  }
  return saved;
}

function writeBlock(context: Excel.RequestContext, b: Block): void {
  const range = rangeOf(context, b);
  // Formats before values: "@" keeps text literal, so nothing from a user's cell becomes a formula.
  range.numberFormat = b.numberFormat;
  range.formulas = b.formulas;
  // No bold or fills here: "Restore previous" brings back values, formulas and number formats exactly,
  // so the add-in changes nothing else in the user's sheet. Colours come from conditional formats.
}

/** One set of text rules per written column run. */
function addConditionalFormats(context: Excel.RequestContext, blocks: Block[]): void {
  for (const b of blocks) {
    const range = rangeOf(context, b);
    range.conditionalFormats.clearAll();
    for (const [text, colour] of TEXT_FILLS) {
      const cf = range.conditionalFormats.add("ContainsText");
      cf.textComparison.format.fill.color = colour;
      cf.textComparison.rule = { operator: "Contains", text };
    }
  }
}

export async function applyPlan(context: Excel.RequestContext, plan: WorkbookPlan, progress?: Progress, now: () => Date = () => new Date()): Promise<ApplyResult> {
  const blocks = plan.edits.flatMap((e) => toBlocks(e.sheet, e.cells));
  const chunks = chunk(blocks);
  const started = countSyncs(context);
  await saveRestorePoint(context, await readPrevious(context, chunks), now().toISOString());
  let done = 0;
  const total = blocks.reduce((n, b) => n + b.formulas.length, 0);
  for (const c of chunks) {
    suspend(context);
    c.forEach((b) => writeBlock(context, b));
    await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one sync per chunk under the request limit
    done += c.reduce((n, b) => n + b.formulas.length, 0);
    progress?.(done, total);
  }
  addConditionalFormats(context, blocks);
  await context.sync();
  const cells = blocks.reduce((n, b) => n + b.formulas.length * (b.formulas[0]?.length ?? 0), 0);
  return { cells, chunks: chunks.length, syncs: countSyncs(context) - started };
}

/** Syncs are counted by wrapping context.sync once per context, for the result and the benchmarks. */
const counters = new WeakMap<object, { n: number }>();
export function countSyncs(context: Excel.RequestContext): number {
  let counter = counters.get(context);
  if (counter === undefined) {
    counter = { n: 0 };
    counters.set(context, counter);
    const original = context.sync.bind(context);
    const c = counter;
    context.sync = (<T>(passThroughValue?: T) => {
      c.n++;
      return original(passThroughValue);
    }) as typeof context.sync;
  }
  return counter.n;
}
