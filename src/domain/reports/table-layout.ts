/**
 * A report table as cells: a header row in the header style, body rows bordered and aligned by column,
 * wide cells merged over the columns they span. Sheets place tables; this gives each one its look.
 */
import type { PageSetup, PlanCell } from "../plan/workbook-plan";

export interface TableColumn {
  header: string;
  /** How the column's cells align: words left, figures right, symbols centred. */
  align: "left" | "center" | "right";
  /** Whether long text wraps in the column (it always does in the header). */
  wrap?: boolean;
  /** Columns the column spans on the sheet (merged), when the sheet's grid is narrower than it needs. */
  span?: number;
}

const BLANK: PlanCell = { value: { kind: "blank" } };

/** A cell over `span` columns: the cell, then the blank cells the merge covers (bordered like it). */
export function spanned(cell: PlanCell, span: number): PlanCell[] {
  if (span <= 1) return [cell];
  const covered: PlanCell = cell.border === true ? { ...BLANK, border: true } : BLANK;
  return [{ ...cell, span }, ...Array.from({ length: span - 1 }, () => covered)];
}

function styled(cell: PlanCell, column: TableColumn): PlanCell[] {
  const wraps = column.wrap === true && cell.value.kind === "text";
  const out: PlanCell = {
    ...cell,
    border: true,
    valign: "top",
    align: cell.align ?? column.align,
    ...(wraps || cell.wrap === true ? { wrap: true } : {}),
  };
  return spanned(out, column.span ?? 1);
}

/** The header row: bold on the header fill, wrapped so no heading is cut off, aligned as its column. */
export function headerRow(columns: readonly TableColumn[]): PlanCell[] {
  return columns.flatMap((c) =>
    spanned(
      {
        value: { kind: "text", text: c.header },
        bold: true,
        fill: "header",
        wrap: true,
        border: true,
        valign: "top",
        align: c.align,
      },
      c.span ?? 1,
    ),
  );
}

/** A table: its header row, then each body row (one cell per column) styled by its column. */
export function table(columns: readonly TableColumn[], body: readonly PlanCell[][]): PlanCell[][] {
  return [
    headerRow(columns),
    ...body.map((cells) => cells.flatMap((cell, i) => (columns[i] === undefined ? [cell] : styled(cell, columns[i])))),
  ];
}

/** A4 with narrow side margins; the footer names the sheet and the page, so a printed page says where it is from. */
export function pageSetup(orientation: PageSetup["orientation"], titleRows?: PageSetup["titleRows"]): PageSetup {
  return {
    orientation,
    paper: "A4",
    fitToWidth: 1,
    ...(titleRows === undefined ? {} : { titleRows }),
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    footer: "&A, page &P of &N",
  };
}
