/** Lines for a person at a terminal: counted nouns, and lines cut to the window (never when piped). */

/** "1 measure", "2 measures", "No measures". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n === 0 ? "No" : n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

/** The line cut to the terminal's width with an ellipsis; whole when the width is unknown (piped output). */
export function fitLine(line: string, columns: number | undefined): string {
  if (columns === undefined || columns < 20) return line;
  const chars = [...line];
  return chars.length <= columns ? line : chars.slice(0, columns - 1).join("") + "…";
}
