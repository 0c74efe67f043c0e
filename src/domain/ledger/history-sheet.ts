/**
 * The History sheet ("KPI History"): the frozen history shown to officers, one row per snapshot, refreshed from
 * the record on each write. The part is the truth; the sheet is a view, read back only when the part is gone
 * (a workbook whose custom XML was stripped keeps its history).
 */
import type { Grid } from "../sheet/grid";
import { DOT_ARROWS, STATUS_SYMBOLS, parseDirectionSymbol, parseStatusSymbol } from "../judging/symbols";
import { REPORT_TITLE_PREFIX, text, type PageSetup, type PlanCell, type SheetPlan } from "../plan/workbook-plan";
import { rowHeightsOf } from "../plan/row-heights";
import { measureKey } from "./measure-key";
import { MAX_SNAPSHOTS, SnapshotSchema, type Snapshot } from "./schema";

export const HISTORY_SHEET = "KPI History";
export const HISTORY_TITLE = `${REPORT_TITLE_PREFIX}: History`;
const HEADERS = [
  "Period",
  "Ref",
  "Measure",
  "Value",
  "Target",
  "Status",
  "DOT",
  "Reason",
  "Source",
  "Published at",
  "Sheet",
] as const;
/** Printed as the report sheets are (eleven columns: landscape), its header row on every page. */
const PAGE: PageSetup = {
  orientation: "landscape",
  paper: "A4",
  fitToWidth: 1,
  titleRows: { first: 3, last: 3 },
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  footer: "&A, page &P of &N",
};
const WIDTHS = [22, 26, 50, 14, 16, 8, 6, 70, 10, 22, 24];
/** Columns whose words wrap (ref, measure, value, target, reason), so a printed row is never cut off at the next column. */
const WRAPS = new Set([1, 2, 3, 4, 7]);
/** Status and DOT symbols centred, as on the other report sheets. */
const CENTRED = new Set([5, 6]);
const SOURCE_WORDS: Record<Snapshot["source"], string> = {
  computed: "computed",
  recorded: "recorded",
  override: "override",
};

export function planHistorySheet(history: readonly Snapshot[]): SheetPlan {
  const t = (s: string, extra: Partial<PlanCell> = {}): PlanCell => ({ value: text(s), ...extra });
  const rows: PlanCell[][] = [
    [t(HISTORY_TITLE, { bold: true })],
    [
      t(
        "What each publish recorded, one row per measure and period. Past periods are never re-rated; this sheet is refreshed from the workbook's record on every write.",
      ),
    ],
    HEADERS.map((h) => t(h, { bold: true, fill: "header", wrap: true, border: true, valign: "top" })),
    ...history.map((s) =>
      [
        t(s.period),
        t(s.measure.ref ?? ""),
        t(s.measure.measure),
        t(s.value),
        t(s.target),
        t(STATUS_SYMBOLS[s.status]),
        t(DOT_ARROWS[s.dot]),
        t(s.reason),
        t(SOURCE_WORDS[s.source]),
        t(s.at),
        t(s.measure.sheet),
      ].map((cell, c): PlanCell => ({
        ...cell,
        border: true,
        valign: "top",
        ...(WRAPS.has(c) ? { wrap: true } : {}),
        ...(CENTRED.has(c) ? { align: "center" } : {}),
      })),
    ),
  ];
  return {
    kind: "history",
    name: HISTORY_SHEET,
    rows,
    columnWidths: WIDTHS,
    rowHeights: rowHeightsOf(rows, WIDTHS),
    // The header row frozen, with filter buttons to pick out a measure or a period.
    freezeRows: 3,
    ...(history.length === 0
      ? {}
      : { autoFilter: { headerRow: 3, lastRow: 3 + history.length, firstColumn: 1, lastColumn: HEADERS.length } }),
    page: PAGE,
  };
}

export function isHistorySheet(grid: Grid): boolean {
  return (
    grid.top === 1 &&
    grid.left === 1 &&
    typeof grid.values[0]?.[0] === "string" &&
    grid.values[0][0].trim() === HISTORY_TITLE
  );
}

/** The snapshots a History sheet shows, for a workbook whose record part is missing. Rows that do not read are skipped. */
export function historyFromSheet(grid: Grid): Snapshot[] {
  if (!isHistorySheet(grid)) return [];
  const cell = (r: number, c: number) => (grid.text[r]?.[c] ?? "").trim();
  const header = grid.values.findIndex((_, r) => cell(r, 0) === "Period" && cell(r, 9) === "Published at");
  if (header < 0) return [];
  const out: Snapshot[] = [];
  for (let r = header + 1; r < grid.values.length && out.length < MAX_SNAPSHOTS; r++) {
    const [period, ref, title, value, target, status, dot, reason, source, at, sheet] = HEADERS.map((_, c) =>
      cell(r, c),
    );
    const parsed = SnapshotSchema.safeParse({
      measure: measureKey(sheet ?? "", ref === "" ? null : (ref ?? null), title ?? ""),
      period,
      value,
      target,
      status: parseStatusSymbol(status),
      dot: parseDirectionSymbol(dot),
      reason,
      source,
      at,
      writeId: "history-sheet",
    });
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}
