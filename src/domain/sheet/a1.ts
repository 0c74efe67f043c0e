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
