/** One planned cell as sheet XML: text as an inline string (never a formula), numbers, the engine's formulas. */
import type { PlanCell, PlanValue } from "../../domain/plan/workbook-plan";
import { FILL_COLOURS } from "../../domain/plan/workbook-plan";
import type { StyleChange } from "./styles";
import { escapeText } from "./xml";

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32767;

export function clampText(s: string): string {
  return s.length <= MAX_CELL_TEXT ? s : s.slice(0, MAX_CELL_TEXT - 1) + "…";
}

export function cellXml(ref: string, xf: number, value: PlanValue): string {
  const s = xf === 0 ? "" : ` s="${xf}"`;
  switch (value.kind) {
    case "text": {
      if (value.text === "") return `<c r="${ref}"${s}/>`; // Excel has no empty text constant: a blank cell
      const t = clampText(value.text);
      const space = /^\s|\s$/.test(t) ? ' xml:space="preserve"' : "";
      return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeText(t)}</t></is></c>`;
    }
    case "number":
      return Number.isFinite(value.number)
        ? `<c r="${ref}"${s}><v>${value.number}</v></c>`
        : `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
    case "formula":
      return `<c r="${ref}"${s}><f>${escapeText(value.formula.replace(/^=/, ""))}</f></c>`;
    default:
      return `<c r="${ref}"${s}/>`;
  }
}

/** What the plan changes about a cell's style (nothing for a plain value). */
export function styleChange(planned: PlanCell): StyleChange {
  const change: StyleChange = {};
  const v = planned.value;
  if (v.kind === "number" && v.format !== undefined) change.numFmt = v.format;
  if (planned.fill !== undefined && planned.fill !== "none") change.fill = FILL_COLOURS[planned.fill].toUpperCase();
  if (planned.bold === true) change.bold = true;
  if (planned.wrap === true) change.wrap = true;
  if (planned.align !== undefined) change.align = planned.align;
  if (planned.valign !== undefined) change.valign = planned.valign;
  if (planned.border === true) change.border = true;
  return change;
}

export const isNoChange = (c: StyleChange) =>
  c.fill === undefined &&
  c.bold !== true &&
  c.wrap !== true &&
  c.numFmt === undefined &&
  c.align === undefined &&
  c.valign === undefined &&
  c.border !== true;
