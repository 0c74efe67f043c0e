/** A1-style addresses, for formulas the engine writes and for messages. */

export function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function address(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** `A` → 1, `XFD` → 16384 (either case). */
export function columnNumber(letters: string): number {
  return letters
    .toUpperCase()
    .split("")
    .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** A cell or a range (`H2`, `P12:Q25`, `$A$1:$B$3`), 1-based and in the order written; null when it is not one. */
export function parseRange(text: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/i.exec(text.trim());
  if (m === null) return null;
  const left = columnNumber(m[1] ?? "");
  const top = Number(m[2]);
  return {
    top,
    left,
    bottom: m[4] === undefined ? top : Number(m[4]),
    right: m[3] === undefined ? left : columnNumber(m[3]),
  };
}
