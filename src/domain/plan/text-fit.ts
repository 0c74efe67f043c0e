/**
 * How much room text takes in a cell, estimated from character widths in Excel's column width unit (the
 * width of a digit in the default font, Calibri 11). Excel does not fit row heights to wrapped text when it
 * opens a file, so the plan gives each row its height from these estimates. They err wide: a row a little
 * tall reads fine, a row too short hides a line.
 */

/** Points per line of Calibri 11, with the cell's padding. */
export const LINE_HEIGHT = 15;
/** Excel's default row height in points. */
export const DEFAULT_ROW_HEIGHT = 15;

/**
 * Calibri's advance widths (units of 1/2048 em) for the characters reports use; at 11 pt one unit is about
 * 1/1000 of Excel's width unit (the 7-pixel digit cell). Anything else counts as a digit.
 */
const ADVANCE: Record<string, number> = {
  ...Object.fromEntries([..."0123456789£+<>=$#"].map((c) => [c, 1038])),
  a: 981,
  b: 1076,
  c: 866,
  d: 1076,
  e: 1019,
  f: 625,
  g: 964,
  h: 1076,
  i: 470,
  j: 490,
  k: 931,
  l: 470,
  m: 1636,
  n: 1076,
  o: 1080,
  p: 1076,
  q: 1076,
  r: 714,
  s: 801,
  t: 686,
  u: 1076,
  v: 925,
  w: 1464,
  x: 887,
  y: 927,
  z: 809,
  A: 1185,
  B: 1114,
  C: 1092,
  D: 1260,
  E: 1000,
  F: 941,
  G: 1292,
  H: 1276,
  I: 516,
  J: 653,
  K: 1064,
  L: 861,
  M: 1751,
  N: 1322,
  O: 1356,
  P: 1058,
  Q: 1378,
  R: 1112,
  S: 941,
  T: 998,
  U: 1314,
  V: 1162,
  W: 1822,
  X: 1063,
  Y: 998,
  Z: 959,
  " ": 463,
  ".": 517,
  ",": 511,
  ";": 548,
  ":": 548,
  "!": 544,
  "'": 452,
  '"': 821,
  "(": 621,
  ")": 621,
  "[": 628,
  "]": 628,
  "-": 627,
  "–": 1024,
  "—": 2048,
  "/": 791,
  "%": 1463,
  "&": 1401,
  "@": 1837,
  "•": 1024,
  "?": 949,
};
/** Width units per advance unit, with a margin for the renderer's rounding. */
const UNIT = 1.05 / 1000;

/** The width of one character in Excel's width unit. Symbols (✓ ● ✘ ↑) come from a wider fallback font. */
function charWidth(ch: string): number {
  const advance = ADVANCE[ch];
  if (advance !== undefined) return advance * UNIT;
  return ch.charCodeAt(0) > 0x2000 ? 1.6 : 1.1;
}

/** The width of `text` on one line, in digit widths; bold is a little wider. */
export function textWidth(text: string, bold = false): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return bold ? w * 1.06 : w;
}

/** What a column of `width` characters holds on one line, less the cell's padding. */
export const usableWidth = (width: number): number => Math.max(1, width - 0.4);

/**
 * The lines `text` wraps to in a column `width` characters wide, as Excel wraps: at spaces, and inside a
 * word only when the word alone is wider than the column. Line breaks in the text start new lines.
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  const room = usableWidth(width);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      const w = textWidth(word, bold);
      const gap = used === 0 ? 0 : textWidth(" ", bold);
      if (used > 0 && used + gap + w > room) {
        lines++;
        used = 0;
      }
      if (w > room) {
        // A word wider than the column breaks across lines.
        const extra = Math.ceil(w / room) - 1;
        lines += extra;
        used = w - extra * room;
      } else used += (used === 0 ? 0 : gap) + w;
    }
  }
  return lines;
}

/** The widest word of `text`: a wrapped header never breaks inside a word if its column is at least this wide. */
export function widestWord(text: string, bold = false): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => textWidth(w, bold)));
}
