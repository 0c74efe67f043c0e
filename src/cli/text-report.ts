/** The readable terminal report: the layout found, a line per measure, then the summary counts. */
import type { ScoreResult } from "../domain/pipeline";
import type { MeasureAssessment } from "../domain/assessment/types";
import { DIRECTIONS, STATUSES } from "../domain/judging/types";
import { DOT_ARROWS, STATUS_SYMBOLS } from "../domain/judging";

function cut(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= width ? flat.padEnd(width) : flat.slice(0, width - 1) + "…";
}

function measureLine(m: MeasureAssessment): string {
  const value = m.current?.raw || "–";
  const target = m.targetText || "no target";
  let status = `${STATUS_SYMBOLS[m.status]} ${DOT_ARROWS[m.dot]}`;
  if (m.recordedStatus !== null && m.recordedStatus !== m.status) {
    status += `  (recorded ${STATUS_SYMBOLS[m.recordedStatus]} differs)`;
  }
  return `  ${cut(m.ref ?? "", 10)} ${cut(m.measure, 44)} ${cut(value, 14)} vs ${cut(target, 16)} ${status}  ${m.reason}`;
}

export function formatTextReport(file: string, result: ScoreResult): string {
  const lines: string[] = [`KPI Scorecard: ${file}`];
  for (const { table, measures } of result.tables) {
    const label = (p: { label: string } | null) => p?.label ?? "none";
    lines.push("");
    lines.push(
      `Sheet '${table.sheet}', header row ${table.headerRows.join("-")}${table.group ? `, ${table.group}` : ""}: ` +
        `${measures.length} measures; current period ${label(table.current)}, compared with ${label(table.comparison)} ` +
        `(confidence ${Math.round(table.confidence * 100)}%)`,
    );
    for (const m of measures) lines.push(measureLine(m));
  }
  const s = result.summary;
  lines.push("");
  lines.push(`Summary: ${s.total} measures`);
  for (const status of STATUSES) lines.push(`  ${STATUS_SYMBOLS[status]} ${status.padEnd(15)} ${s.status[status]}`);
  lines.push(`  Direction of travel: ` + DIRECTIONS.map((d) => `${DOT_ARROWS[d]} ${d} ${s.dot[d]}`).join(", "));
  if (result.redFlags.length > 0) lines.push(`Red flags: ${result.redFlags.length}`);
  if (result.exceptions.length > 0) lines.push(`Areas for improvement: ${result.exceptions.length}`);
  if (result.checks.length > 0) lines.push(`Health checks: ${result.checks.length} to look at before publishing`);
  return lines.join("\n") + "\n";
}
