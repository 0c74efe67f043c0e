/**
 * One argument cell as Excel hands it to a custom function. functions.json sets
 * `allowCustomDataForDataTypeAny`, so a cell may arrive as a data-type value rather than a bare number:
 * a formatted number (`{type: "Double", basicValue: 0.112, numberFormat: "0.0%"}`), an entity, an image,
 * or, with `allowErrorForDataTypeAny`, an error (`{type: "Error", basicValue: "#DIV/0!"}`). Each is read
 * as the cell it stands for; a formatted number keeps its format, which says the precision shown.
 */
import type { CellInput } from "../domain/sheet/grid";
import type { Cell, Scalar } from "../domain/judging/cell-judgement";

type Loose = Record<string, unknown>;

const scalar = (x: unknown): x is Scalar =>
  x === null || typeof x === "string" || typeof x === "number" || typeof x === "boolean";
/** Text that reads as no figure, with a reason the function's message carries. */
const described = (what: string): string => `(${what}, not a figure)`;

function errorCell(code: unknown): CellInput {
  const text = typeof code === "string" && code.startsWith("#") ? code : "#VALUE!";
  return { value: { error: text }, text };
}

/** A data-type value (Excel.CellValue) or a CustomFunctions.Error as the engine's cell. */
function fromObject(o: Loose): Cell {
  switch (o.type) {
    case "Double":
    case "FormattedNumber":
      return typeof o.basicValue === "number"
        ? {
            value: o.basicValue,
            format: typeof o.numberFormat === "string" && o.numberFormat !== "" ? o.numberFormat : "General",
          }
        : null;
    case "String":
    case "Boolean":
      return scalar(o.basicValue) ? o.basicValue : null;
    case "Empty":
      return null;
    case "Error":
      return errorCell(o.basicValue);
    case "Entity":
    case "LinkedEntity":
      // An entity shows its text in the cell ("Hackney", "11.2%"): read what the officer sees.
      return typeof o.text === "string" ? o.text : described("an entity");
    case "WebImage":
    case "LocalImage":
      return described("an image");
    case "Array":
      return described("an array");
    default:
      break;
  }
  // CustomFunctions.Error carries its code ("#N/A").
  if (typeof o.code === "string" && o.code.startsWith("#")) return errorCell(o.code);
  return scalar(o.basicValue) ? o.basicValue : described("a value of an unknown kind");
}

/** Any one cell of an argument as the engine reads it. */
export function readArgument(x: unknown): Cell {
  if (x === undefined) return null;
  if (scalar(x)) return x;
  if (typeof x === "object" && !Array.isArray(x)) return fromObject(x as Loose);
  return described("a range");
}

/** The bare value, for arguments read as words or whole numbers (polarity, tolerance, style, periods). */
export function plainOf(cell: Cell): Scalar {
  if (scalar(cell)) return cell;
  const v = cell.value;
  if (scalar(v)) return v;
  return v.error;
}
