/**
 * Apply a plan to the workbook: check the cells still hold what the plan was made from, keep a restore
 * point, then write rectangular blocks in chunks under the request limit, with calculation and screen
 * updating suspended. The number of syncs is a small constant plus a few per chunk, whatever the number
 * of measures.
 */
import type { Anchor, WorkbookPlan } from "../../domain/plan/workbook-plan";
import { blockAddress, chunk, toBlocks, type Block } from "./blocks";
import { contentOf } from "../../domain/sheet/grid";
import { restorable, sameContent } from "./cell-content";
import { addRules, loadRuleDetails, missingRules, prepareRules } from "./colour-rules";
import { SheetChangedError, type ApplyResult, type Progress } from "./results";
import { saveRestorePoint, type SavedRange } from "./restore";

function suspend(context: Excel.RequestContext): void {
  const app = context.application as Partial<Excel.Application>;
  if (typeof app.suspendApiCalculationUntilNextSync === "function") app.suspendApiCalculationUntilNextSync();
  if (typeof app.suspendScreenUpdatingUntilNextSync === "function") app.suspendScreenUpdatingUntilNextSync();
}

function rangeOf(context: Excel.RequestContext, b: Block, rows = b.formulas.length, columns = b.formulas[0]?.length ?? 1): Excel.Range {
  return context.workbook.worksheets.getItem(b.sheet).getRangeByIndexes(b.rowIndex, b.columnIndex, rows, columns);
}

/** Read what each block will overwrite, and check it is what the plan was made from: one sync per chunk. */
async function readPrevious(context: Excel.RequestContext, chunks: Block[][]): Promise<SavedRange[]> {
  const saved: SavedRange[] = [];
  for (const c of chunks) {
    const ranges = c.map((b) => rangeOf(context, b).load(["formulas", "values", "valueTypes", "numberFormat"]));
    await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one sync per chunk under the request limit
    c.forEach((b, i) => {
      const r = ranges[i] as Excel.Range;
      checkUnchanged(b, r.formulas);
      saved.push({
        sheet: b.sheet,
        rowIndex: b.rowIndex,
        columnIndex: b.columnIndex,
        formulas: r.formulas.map((row, y) => row.map((f, x) => restorable(f, r.values[y]?.[x], r.valueTypes[y]?.[x], r.numberFormat[y]?.[x]))),
        numberFormat: r.numberFormat,
        written: b.formulas,
      });
    });
  }
  return saved;
}

/** The measure column as read: a difference means rows were inserted, deleted or moved since. */
function checkAnchor(a: Anchor, now: unknown[][]): void {
  a.contents.forEach((then, i) => {
    if (sameContent(now[i]?.[0], then)) return;
    const cell = blockAddress(a.firstRow - 1 + i, a.column - 1, 1, 1);
    throw new SheetChangedError(
      `Sheet "${a.sheet}" has changed since it was read: ${cell} held "${then.slice(0, 40)}" and now holds "${contentOf(now[i]?.[0]).slice(0, 40)}" (rows inserted or moved?). Nothing was written; choose Find again.`,
    );
  });
}

function checkUnchanged(b: Block, now: unknown[][]): void {
  b.before.forEach((row, y) =>
    row.forEach((then, x) => {
      if (then === undefined || sameContent(now[y]?.[x], then)) return;
      const cell = blockAddress(b.rowIndex + y, b.columnIndex + x, 1, 1);
      const shown = contentOf(now[y]?.[x]);
      throw new SheetChangedError(
        `Sheet "${b.sheet}" has changed since it was read: ${cell} now holds ${shown === "" ? "nothing" : `"${shown.slice(0, 40)}"`}. Nothing was written; choose Find again.`,
      );
    }),
  );
}

function writeBlock(context: Excel.RequestContext, b: Block): void {
  const range = rangeOf(context, b);
  // Formats before values: "@" keeps text literal, so nothing from a user's cell becomes a formula.
  range.numberFormat = b.numberFormat;
  range.formulas = b.formulas;
  // No bold or fills here: "Restore previous" brings back values, formulas and number formats exactly,
  // so the add-in changes nothing else in the user's sheet. Colours come from conditional formats
  // (colour-rules.ts), which Restore removes.
}

export async function applyPlan(context: Excel.RequestContext, plan: WorkbookPlan, progress?: Progress, now: () => Date = () => new Date()): Promise<ApplyResult> {
  const blocks = plan.edits.flatMap((e) => toBlocks(e.sheet, e.cells));
  const chunks = chunk(blocks);
  const started = countSyncs(context);
  // The colour rules on the plan's columns are loaded with the first read of what will be overwritten.
  const rules = prepareRules(context, plan.colourRanges);
  const anchors = plan.anchors.map((a) => ({ a, range: context.workbook.worksheets.getItem(a.sheet).getRangeByIndexes(a.firstRow - 1, a.column - 1, a.contents.length, 1).load("formulas") }));
  const previous = await readPrevious(context, chunks);
  if (chunks.length === 0) await context.sync();
  for (const { a, range } of anchors) checkAnchor(a, range.formulas);
  loadRuleDetails(rules);
  await context.sync();
  // Rules go on where the add-in's are not already; the restore point records them first, with every
  // cell's content before and after, so Restore can undo exactly this write and leave later edits alone.
  const missing = missingRules(rules);
  await saveRestorePoint(context, previous, now().toISOString(), missing.map(({ sheet, address, what, rules }) => ({ sheet, address, what, rules })));
  addRules(missing);
  let done = 0;
  const total = blocks.reduce((n, b) => n + b.formulas.length, 0);
  for (const c of chunks) {
    suspend(context);
    c.forEach((b) => writeBlock(context, b));
    await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one sync per chunk under the request limit
    done += c.reduce((n, b) => n + b.formulas.length, 0);
    progress?.(done, total);
  }
  // The rules went out with the first chunk; with no cells to write they need a sync of their own.
  if (chunks.length === 0) await context.sync();
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
