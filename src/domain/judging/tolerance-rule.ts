/**
 * Tolerance rules as councils state them, one grammar for `--tolerance`, the pane, `=KPI.RAG`'s tolerance
 * argument and the workbook's settings:
 *   "5%", "2pp", "0"                                   amber within 5% (2 points) of target, green only on it
 *   "amber within 10%", "amber is within 10%"          the same, in words
 *   "green 5% amber 10%", "green 5%, amber 10%"        green up to 5% short of target, amber to 10%, red beyond
 *   "green is on, above or within 5% of target; amber within 5–10%; red more than 10% away"
 *   "green on or within 10% of target"                 green to 10% short, then red (no amber band)
 * A band's width is the last figure of its clause (so "5–10%" is 10%); a red clause alone sets where amber ends.
 */
import type { Tolerance } from "./types";

export type RuleResult = { ok: true; tolerance: Tolerance } | { ok: false; reason: string };

const FIGURE = /(\d+(?:\.\d+)?)\s*(%|pp|percentage\s+points?|points?|pts?)?/gi;
const COLOUR = /\b(green|amber|yellow|red)\b/gi;

export const RULE_HELP =
  'a tolerance is a percentage such as 5%, points such as 2pp, or a rule such as "green within 5%, amber within 10%"';

/** True when the text is written as a rule (names a colour) rather than a single figure. */
export function isToleranceRule(text: string): boolean {
  return /\b(green|amber|yellow|red)\b/i.test(text);
}

type Width = { n: number; points: boolean };

function lastFigure(clause: string): Width | null | "mixed" {
  const figures = [...clause.matchAll(FIGURE)];
  if (figures.length === 0) return null;
  const kinds = new Set(figures.map((f) => ((f[2] ?? "%").toLowerCase().startsWith("%") ? "%" : "pp")));
  if (kinds.size > 1) return "mixed";
  const last = figures[figures.length - 1] as RegExpMatchArray;
  return { n: Number(last[1]), points: !(last[2] ?? "%").startsWith("%") };
}

export function parseToleranceRule(text: string): RuleResult {
  if (text.length > 200) return { ok: false, reason: RULE_HELP };
  const marks = [...text.matchAll(COLOUR)];
  if (marks.length === 0) return { ok: false, reason: RULE_HELP };
  const widths: Partial<Record<"green" | "amber" | "red", Width>> = {};
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i] as RegExpMatchArray;
    const colour =
      (mark[1] ?? "").toLowerCase() === "yellow"
        ? "amber"
        : ((mark[1] ?? "").toLowerCase() as "green" | "amber" | "red");
    const clause = text.slice((mark.index ?? 0) + mark[0].length, marks[i + 1]?.index ?? text.length);
    const width = lastFigure(clause);
    if (width === "mixed") return { ok: false, reason: `the ${colour} band mixes percentages and points` };
    // "green is on or above target" gives no figure: green is the target itself.
    if (width === null) {
      if (colour === "green") widths.green = { n: 0, points: false };
      continue;
    }
    if (widths[colour] !== undefined) return { ok: false, reason: `the ${colour} band is given twice` };
    widths[colour] = width;
  }
  const green = widths.green ?? { n: 0, points: widths.amber?.points ?? widths.red?.points ?? false };
  // Amber ends where red begins; with neither, there is no amber band past green.
  const amber = widths.amber ?? widths.red ?? green;
  const given = [widths.green, widths.amber, widths.red].filter(
    (w): w is Width => w !== undefined && (w.n > 0 || w === widths.amber),
  );
  if (new Set(given.map((w) => w.points)).size > 1)
    return { ok: false, reason: "the bands mix percentages and points: use one or the other" };
  if (widths.amber !== undefined && widths.red !== undefined && Math.abs(widths.red.n - widths.amber.n) > 1e-9) {
    return { ok: false, reason: `amber ends at ${widths.amber.n} but red starts at ${widths.red.n}: they must meet` };
  }
  if (amber.n < green.n)
    return { ok: false, reason: "the amber band must reach at least as far from target as the green band" };
  const points = amber.points;
  const tolerance: Tolerance = points
    ? { kind: "points", points: amber.n }
    : { kind: "relative", fraction: amber.n / 100 };
  if (green.n > 0) tolerance.green = points ? green.n : green.n / 100;
  return { ok: true, tolerance };
}
