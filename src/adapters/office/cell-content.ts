/**
 * Cells as Office.js gives them back and takes them in: comparing what a cell holds now with what it held,
 * and writing a kept value back so that Excel does not read it afresh (text "0123" must not become 123).
 */
import { contentOf } from "../../domain/sheet/grid";

/** Whether a cell still holds what it held: formulas compared without regard to case, as Excel may recase them. */
export function sameContent(now: unknown, then: string): boolean {
  // A `formulas` entry as text, in the same form as the grid's cellContent.
  const a = contentOf(now);
  if (a === then) return true;
  return a.startsWith("=") && then.startsWith("=") && a.toUpperCase() === then.toUpperCase();
}

/**
 * Text that Excel might read as something else if typed in: a number ("(123)", "$100", "£5"), a date
 * ("Mar-24", "March 2024", "1/2"), a percentage, TRUE, an error or a formula. Erring towards the prefix
 * is safe: it only keeps text as text.
 */
function wouldBeReread(text: string): boolean {
  return (
    /^[\s=+\-@#'.(\d$£€¥]/.test(text) ||
    /%\s*$/.test(text) ||
    /^(true|false)$/i.test(text) ||
    /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s\-/.,]*\d/i.test(text)
  );
}

/**
 * What to write back through `formulas` to restore a cell exactly. A text constant Excel would re-read
 * gets Excel's text prefix (an apostrophe), unless its own format is text ("@"), which is restored first.
 */
export function restorable(formula: unknown, value: unknown, valueType: unknown, numberFormat: unknown): unknown {
  const isTextConstant = valueType === "String" && typeof formula === "string" && formula === value;
  if (isTextConstant && numberFormat !== "@" && wouldBeReread(formula)) return `'${formula}`;
  return formula;
}
