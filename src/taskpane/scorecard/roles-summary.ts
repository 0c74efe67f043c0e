/** The columns as read, in one line for the collapsed Scorecard panel: "Measure C · Target E · 6 periods F–K". */
import { columnLetters } from "../../domain/sheet/a1";
import { COLUMN_ROLES, type ScorecardTable } from "../../domain/layout/scorecard";
import { ROLE_WORDS } from "../words";

export function rolesSummary(table: ScorecardTable): string {
  const parts: string[] = [];
  for (const role of COLUMN_ROLES) {
    if (role === "other") continue;
    const columns = table.columns.filter((c) => c.role === role).map((c) => c.column);
    const first = columns[0];
    const last = columns[columns.length - 1];
    if (first === undefined || last === undefined) continue;
    if (role === "period") {
      const span = first === last ? columnLetters(first) : `${columnLetters(first)}–${columnLetters(last)}`;
      parts.push(`${columns.length} ${columns.length === 1 ? "period" : "periods"} ${span}`);
    } else {
      parts.push(`${ROLE_WORDS[role]} ${columns.map(columnLetters).join(", ")}`);
    }
  }
  return parts.length === 0 ? "No column roles found" : parts.join(" · ");
}
