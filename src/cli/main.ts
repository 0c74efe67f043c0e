/**
 * `scorecard <input.xlsx> [-o output.xlsx] …`: the engine, headless, on .xlsx files.
 * Exit 0 on success, 1 with a one-line message for bad input (and nothing written).
 */
import * as path from "node:path";
import { Command, CommanderError } from "commander";
import { CliOptionsSchema, describeOptionError } from "./options";
import { readWorkbook, WorkbookReadError } from "../adapters/xlsx/read-workbook";
import { applyPlan, checkTarget, saveAtomically, WorkbookWriteError } from "../adapters/xlsx/write-workbook";
import { formatTextReport } from "./text-report";
import { toJson } from "./json-report";
import { scoreGrids } from "../domain/pipeline";
import { noScorecardLine } from "../domain/choices";
import type { CompareChoice, Period, ScorecardTable } from "../domain/layout/scorecard";

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  now: () => Date;
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  now: () => new Date(),
};

/** A failure the user can fix: reported as one line, exit 1. */
class UsageError extends Error {}

function parseArgs(argv: string[], io: Io) {
  const program = new Command()
    .name("scorecard")
    .description("Judge a council KPI scorecard workbook: status, direction of travel, summary and exception reports.")
    .argument("<input.xlsx>", "the workbook to read (it is never changed)")
    .option("-o, --output <file>", "write a scored copy of the workbook here")
    .option("--sheet <name>", "only this sheet (repeat for more)", (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option("--current <label>", "the period being reported, e.g. \"Q2 Jul - Sep 2023/24\"")
    .option("--compare <choice>", "previous | last-year | a period label", "previous")
    .option("--tolerance <t>", "how close counts as near target: 5% of target, 2pp (points), or a council's rule (\"green within 5%, amber within 10%\")")
    .option("--recorded <choice>", "keep (default): leave statuses officers typed; replace: overwrite them", "keep")
    .option("--basis <basis>", "which status the reports count: recorded-else-computed (default), recorded or computed", "recorded-else-computed")
    .option("--reports <list>", "report sheets to write with -o: summary,exceptions,checks", "summary,exceptions,checks")
    .option("--json", "print one JSON document to stdout instead of the text report", false)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: () => undefined });
  try {
    program.parse(argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version") return null;
      throw new UsageError(err.message.replace(/^error: /, ""));
    }
    throw err;
  }
  const o = program.opts<Record<string, unknown>>();
  const parsed = CliOptionsSchema.safeParse({ ...o, input: program.args[0], output: o["output"] });
  if (!parsed.success) throw new UsageError(describeOptionError(parsed.error));
  return parsed.data;
}

/**
 * A period named with --current or --compare must exist: in no table, it is a mistake (exit 1, nothing
 * written, the labels listed); in only some tables, those tables' measures have no figure, which is said.
 */
function checkNamedPeriods(tables: ScorecardTable[], options: { current?: string | undefined; compare: CompareChoice; input: string }, io: Io): void {
  const named: [string, string | undefined, (t: ScorecardTable) => Period | null][] = [
    ["--current", options.current, (t) => t.current],
    ["--compare", options.compare.kind === "label" ? options.compare.label : undefined, (t) => t.comparison],
  ];
  for (const [flag, label, column] of named) {
    if (label === undefined) continue;
    const without = tables.filter((t) => column(t) === null);
    if (without.length === 0) continue;
    if (without.length === tables.length) {
      const labels = [...new Set(tables.flatMap((t) => t.periods.map((p) => p.label)))];
      const shown = labels.slice(0, 12).map((l) => `'${l}'`).join(", ") + (labels.length > 12 ? ", …" : "");
      throw new UsageError(`${flag} '${label}' is not a period of ${options.input}; its periods are ${shown}`);
    }
    const where = without.map((t) => `'${t.sheet}' header row ${t.headerRows[t.headerRows.length - 1] ?? "?"}`).join(", ");
    io.err(`scorecard: warning: ${flag} '${label}' is not a period of ${without.length} of ${tables.length} tables (${where}); their measures have no ${flag === "--current" ? "current figure" : "comparison"}\n`);
  }
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    const options = parseArgs(argv, io);
    if (options === null) return 0;
    const big = (n: number) => n >= 2000;
    const { pkg, grids } = await readWorkbook(options.input);
    const wanted = options.sheet;
    const missing = wanted.filter((name) => !grids.some((g) => g.sheet === name));
    if (missing.length > 0) throw new UsageError(`no sheet named ${missing.map((m) => `'${m}'`).join(", ")} in ${options.input}`);
    const selected = wanted.length === 0 ? grids : grids.filter((g) => wanted.includes(g.sheet));
    const rows = selected.reduce((n, g) => n + g.values.length, 0);
    if (big(rows)) io.err(`Judging ${rows.toLocaleString("en-GB")} rows in ${selected.length} sheet(s)…\n`);

    const result = scoreGrids(selected, {
      detect: { ...(options.current === undefined ? {} : { current: options.current }), compare: options.compare },
      ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }),
      writeback: { mode: "value", recorded: options.recorded, dotStyle: "arrow" },
      reports: options.output === undefined ? [] : options.reports,
      basis: options.basis,
      source: path.basename(options.input),
      generatedAt: io.now().toISOString().slice(0, 16).replace("T", " "),
    });
    if (result.tables.length === 0) {
      throw new UsageError(noScorecardLine(options.input));
    }
    checkNamedPeriods(result.tables.map((t) => t.table), options, io);
    if (options.output !== undefined) {
      // Refusals (a shared-formula master, a protected sheet…) throw before anything is written.
      checkTarget(pkg, options.output);
      const written = applyPlan(pkg, grids, result.plan);
      await saveAtomically(written.bytes, options.output);
      if (big(rows)) io.err(`Wrote ${options.output}\n`);
    }
    if (options.json) io.out(JSON.stringify(toJson(options.input, result), null, 2) + "\n");
    else {
      io.out(formatTextReport(options.input, result));
      if (options.output !== undefined) io.out(`Wrote ${options.output}\n`);
    }
    return 0;
  } catch (err) {
    if (err instanceof UsageError || err instanceof WorkbookReadError || err instanceof WorkbookWriteError) {
      io.err(`scorecard: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
