/** The readable terminal report: the layout found, a line per measure, then the summary counts. */
import type { ScoreResult } from "../domain/pipeline";
import type { MeasureAssessment } from "../domain/assessment/types";
import { DIRECTIONS, STATUSES } from "../domain/judging/types";
import { DOT_ARROWS, STATUS_SYMBOLS } from "../domain/judging";
import { BASIS_WORDS, signalSentences } from "../domain/reports";
import { count, fitLine } from "./terminal";

export interface TextReportOptions {
  /** The terminal's width; undefined when piped, which keeps every line whole. */
  columns?: number | undefined;
  /** A line per measure (always without -o; with -o only when --verbose). */
  measures: boolean;
  /** The quarter-to-quarter lines (whose each status was, overrides, history, restore points). */
  quarter?: string[];
}

function cut(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= width ? flat.padEnd(width) : flat.slice(0, width - 1) + "…";
}

function measureLine(m: MeasureAssessment): string {
  const value = m.current?.raw || "–";
  const target = m.targetText || "no target";
  let status = `${STATUS_SYMBOLS[m.status]} ${DOT_ARROWS[m.dot]}`;
  if (m.override !== undefined) status += `  (override ${STATUS_SYMBOLS[m.override.status]}: ${m.override.reason})`;
  else if (m.recordedStatus !== null && m.recordedStatus !== m.status) {
    status += `  (recorded ${STATUS_SYMBOLS[m.recordedStatus]} differs)`;
  }
  return `  ${cut(m.ref ?? "", 10)} ${cut(m.measure, 44)} ${cut(value, 14)} vs ${cut(target, 16)} ${status}  ${m.reason}`;
}

export function formatTextReport(
  file: string,
  result: ScoreResult,
  options: TextReportOptions = { measures: true },
): string {
  const lines: string[] = [`KPI Scorecard: ${file}`];
  for (const { table, measures } of result.tables) {
    const label = (p: { label: string } | null) => p?.label ?? "none";
    // The header row as --json gives it (the last row of a two-row header).
    const headerRow = table.headerRows[table.headerRows.length - 1] ?? "?";
    lines.push("");
    lines.push(
      `Sheet '${table.sheet}', header row ${headerRow}${table.group ? `, ${table.group}` : ""}: ` +
        `${count(measures.length, "measure")}; current period ${label(table.current)}, compared with ${label(table.comparison)}`,
    );
    if (options.measures) for (const m of measures) lines.push(measureLine(m));
  }
  const s = result.summary;
  lines.push("");
  lines.push(`Summary: ${count(s.total, "measure")}, counting statuses ${BASIS_WORDS[s.basis]}`);
  for (const status of STATUSES) lines.push(`  ${STATUS_SYMBOLS[status]} ${status.padEnd(15)} ${s.status[status]}`);
  lines.push(`  Direction of travel: ` + DIRECTIONS.map((d) => `${DOT_ARROWS[d]} ${d} ${s.dot[d]}`).join(", "));
  for (const sentence of signalSentences(s.spc)) lines.push(`  Signal or noise: ${sentence}`);
  if (result.redFlags.length > 0) lines.push(`Red flags: ${result.redFlags.length}`);
  if (result.exceptions.length > 0) lines.push(`Areas for improvement: ${result.exceptions.length}`);
  if (result.checks.length > 0) lines.push(`Health checks: ${result.checks.length} to look at before publishing`);
  if (options.quarter !== undefined && options.quarter.length > 0) lines.push("", ...options.quarter);
  return lines.map((l) => fitLine(l, options.columns)).join("\n") + "\n";
}
