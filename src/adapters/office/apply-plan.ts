/**
 * Apply a plan to the workbook: check the cells still hold what the plan was made from, keep a restore
 * point, then write rectangular blocks in chunks under the request limit, with calculation and screen
 * updating suspended. The number of syncs is a small constant plus a few per chunk, whatever the number
 * of measures.
 */
import type { Anchor, WorkbookPlan } from "../../domain/plan/workbook-plan";
import { blockAddress, chunk, responseBytes, toBlocks, type Block } from "./blocks";
import { RESPONSE_BUDGET } from "./block-reads";
import { contentOf } from "../../domain/sheet/grid";
import { restorable, sameContent } from "./cell-content";
import { addRules, loadRuleDetails, missingRules, prepareRules } from "./colour-rules";
import { SheetChangedError, type ApplyResult, type Progress, type RestoreChange, type WriteAbout } from "./results";
import { saveRestorePoint, type SavedRange } from "./restore";
import type { Supports } from "./api-sets";
import { widthInPoints } from "./write-report";

/**
 * Once per write, before its first chunk (repeated calls make the window flicker): calculation (ExcelApi 1.6,
 * within the manifest's 1.7) and, where the host has ExcelApi 1.9, screen updating. Each lasts until the next sync.
 */
function suspend(context: Excel.RequestContext, supports: Supports): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  if (supports("1.9")) context.workbook.application.suspendScreenUpdatingUntilNextSync();
}

function rangeOf(
  context: Excel.RequestContext,
  b: Block,
  rows = b.formulas.length,
  columns = b.formulas[0]?.length ?? 1,
): Excel.Range {
  return context.workbook.worksheets.getItem(b.sheet).getRangeByIndexes(b.rowIndex, b.columnIndex, rows, columns);
}

/**
 * Read what each block will overwrite, and check it is what the plan was made from: one sync per chunk,
 * sized by what the response will hold (four properties of each cell), under Excel on the web's 5 MB limit.
 */
async function readPrevious(context: Excel.RequestContext, blocks: Block[]): Promise<SavedRange[]> {
  const saved: SavedRange[] = [];
  for (const c of chunk(blocks, RESPONSE_BUDGET, responseBytes)) {
    const ranges = c.map((b) => rangeOf(context, b).load(["formulas", "values", "valueTypes", "numberFormat"]));
    await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one sync per chunk under the request limit
    c.forEach((b, i) => {
      const r = ranges[i] as Excel.Range;
      checkUnchanged(b, r.formulas);
      saved.push({
        sheet: b.sheet,
        rowIndex: b.rowIndex,
        columnIndex: b.columnIndex,
        formulas: r.formulas.map((row, y) =>
          row.map((f, x) => restorable(f, r.values[y]?.[x], r.valueTypes[y]?.[x], r.numberFormat[y]?.[x])),
        ),
        numberFormat: r.numberFormat,
        written: b.formulas,
      });
    });
  }
  return saved;
}

/**
 * Check each table's measure column against the plan, in pieces sized by what the response will hold
 * (the titles' formulas), one sync per batch under the response limit: usually one in all.
 */
async function checkAnchors(context: Excel.RequestContext, anchors: Anchor[]): Promise<void> {
  const pieces: Anchor[] = [];
  for (const a of anchors) {
    let start = 0;
    let bytes = 0;
    a.contents.forEach((c, i) => {
      bytes += 2 * (c.length + 4);
      if (bytes > RESPONSE_BUDGET / 2 || i === a.contents.length - 1) {
        pieces.push({ ...a, firstRow: a.firstRow + start, contents: a.contents.slice(start, i + 1) });
        start = i + 1;
        bytes = 0;
      }
    });
  }
  let batch: { a: Anchor; range: Excel.Range }[] = [];
  let bytes = 0;
  const flush = async () => {
    await context.sync();
    for (const { a, range } of batch) checkAnchor(a, range.formulas);
    batch = [];
    bytes = 0;
  };
  for (const a of pieces) {
    const size = a.contents.reduce((n, c) => n + 2 * (c.length + 4), 0);
    if (batch.length > 0 && bytes + size > RESPONSE_BUDGET / 2) await flush(); // one sync per batch under the response limit
    batch.push({
      a,
      range: context.workbook.worksheets
        .getItem(a.sheet)
        .getRangeByIndexes(a.firstRow - 1, a.column - 1, a.contents.length, 1)
        .load("formulas"),
    });
    bytes += size;
  }
  if (batch.length > 0) await flush();
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

/** The write's statuses and DOTs: the edits inside each table's status and DOT rows. */
export function changeOf(plan: WorkbookPlan, about: WriteAbout = {}): RestoreChange {
  const count = (what: "status" | "dot") =>
    plan.edits.reduce(
      (n, e) =>
        n +
        e.cells.filter((c) =>
          plan.colourRanges.some(
            (r) =>
              r.what === what &&
              r.sheet === e.sheet &&
              r.column === c.column &&
              c.row >= r.firstRow &&
              c.row <= r.lastRow,
          ),
        ).length,
      0,
    );
  return {
    period: about.period ?? null,
    statuses: count("status"),
    dots: count("dot"),
    reports: about.reports ?? 0,
    ...(about.writeId === undefined ? {} : { writeId: about.writeId }),
  };
}

/**
 * Columns the add-in added (they were empty) get the width their heading needs and centred symbols, as the
 * file adapter gives them. The user's own columns keep their formats: Restore brings back only contents.
 */
function layAddedColumns(context: Excel.RequestContext, plan: WorkbookPlan): void {
  for (const added of plan.addedColumns) {
    const sheet = context.workbook.worksheets.getItem(added.sheet);
    sheet.getRangeByIndexes(0, added.column - 1, 1, 1).format.columnWidth = widthInPoints(added.width);
    const rows = plan.edits
      .filter((e) => e.sheet === added.sheet)
      .flatMap((e) => e.cells.filter((c) => c.column === added.column).map((c) => c.row));
    if (rows.length === 0) continue;
    const top = Math.min(...rows);
    sheet.getRangeByIndexes(top - 1, added.column - 1, Math.max(...rows) - top + 1, 1).format.horizontalAlignment =
      "Center" as Excel.HorizontalAlignment;
  }
}

export async function applyPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  supports: Supports,
  progress?: Progress,
  now: () => Date = () => new Date(),
  about: WriteAbout = {},
): Promise<ApplyResult> {
  const blocks = plan.edits.flatMap((e) => toBlocks(e.sheet, e.cells));
  const chunks = chunk(blocks);
  const started = countSyncs(context);
  // The colour rules on the plan's columns are loaded with the first check of the measure columns.
  const rules = prepareRules(context, plan.colourRanges);
  await checkAnchors(context, plan.anchors);
  const previous = await readPrevious(context, blocks);
  if (plan.anchors.length === 0 && blocks.length === 0) await context.sync();
  loadRuleDetails(rules, supports);
  await context.sync();
  // Rules go on where the add-in's are not already; the restore point records them first, with every
  // cell's content before and after, so Restore can undo exactly this write and leave later edits alone.
  const missing = missingRules(rules);
  await saveRestorePoint(
    context,
    previous,
    now().toISOString(),
    missing.map(({ sheet, address, what, rules }) => ({ sheet, address, what, rules })),
    changeOf(plan, about),
  );
  addRules(missing);
  let done = 0;
  const total = blocks.reduce((n, b) => n + b.formulas.length, 0);
  if (chunks.length > 0) suspend(context, supports);
  for (const c of chunks) {
    c.forEach((b) => writeBlock(context, b));
    await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one sync per chunk under the request limit
    done += c.reduce((n, b) => n + b.formulas.length, 0);
    progress?.(done, total);
  }
  // Calculation was suspended for the first chunk: Excel leaves it to the add-in to recalculate what depends
  // on the cells written (and the =KPI formulas, which show #BUSY! until they are calculated). With no cells
  // to write, the rules need this sync of their own.
  if (chunks.length > 0) context.workbook.application.calculate("Recalculate");
  layAddedColumns(context, plan);
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
