/**
 * `scorecard <input.xlsx> [-o output.xlsx] …`: the engine, headless, on .xlsx files.
 * Exit 0 on success, 1 with a one-line message for bad input (and nothing written).
 */
import * as path from "node:path";
import { readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { Command, CommanderError } from "commander";
import { CliOptionsSchema, describeOptionError } from "./options";
import { readWorkbook, WorkbookReadError } from "../adapters/xlsx/read-workbook";
import { applyPlan, checkTarget, saveAtomically, WorkbookWriteError } from "../adapters/xlsx/write-workbook";
import { formatTextReport } from "./text-report";
import { toJson } from "./json-report";
import { quarterJson, quarterLines } from "./quarter-report";
import { outputProblem } from "./output-path";
import { progressBar } from "./progress";
import { scoreGrids } from "../domain/pipeline";
import { readQuarterRecord, restorePointOf } from "../adapters/xlsx/quarter-store";
import {
  keepNewest,
  ledgerToParts,
  LEDGER_NAMESPACE,
  RESTORE_NAMESPACE,
  restorePointIdOf,
  restorePointLabel,
  restorePointToParts,
  SET_ASIDE_NAMESPACE,
  setAsideParts,
  type RestorePointEntry,
} from "../domain/ledger";
import { noScorecardLine } from "../domain/choices";
import type { CompareChoice, Period, ScorecardTable } from "../domain/layout/scorecard";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  now: () => Date;
  /** The terminal's width when stdout is one; undefined when piped (lines are then kept whole). */
  columns?: number | undefined;
  /** Whether stderr is a terminal: the progress bar is drawn only there. */
  errIsTerminal?: boolean;
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  now: () => new Date(),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  errIsTerminal: process.stderr.isTTY === true,
};

/** The package's version, from package.json beside src/ and build/. */
function version(): string {
  try {
    const manifest = JSON.parse(readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as {
      version?: unknown;
    };
    return typeof manifest.version === "string" ? manifest.version : "unknown";
  } catch {
    return "unknown";
  }
}

/** A failure the user can fix: reported as one line, exit 1. */
class UsageError extends Error {}

function parseArgs(argv: string[], io: Io) {
  const program = new Command()
    .name("scorecard")
    .description("Judge a council KPI scorecard workbook: status, direction of travel, summary and exception reports.")
    .argument("<input.xlsx>", "the workbook to read (it is never changed)")
    .version(version(), "-V, --version", "print the version and exit")
    .option("-o, --output <file>", "write a scored copy of the workbook here (.xlsx or .xlsm)")
    .option("--sheet <name>", "only this sheet (repeat for more)", (v: string, acc: string[] | undefined) => [
      ...(acc ?? []),
      v,
    ])
    .option(
      "--current <label>",
      'the period being reported, e.g. "Q2 Jul - Sep 2023/24" (default: the latest with data)',
    )
    .option("--compare <choice>", "previous (default), last-year, or a period label")
    .option(
      "--period <label>",
      'the period a column headed Current or This quarter holds, e.g. "Q2 2024/25" (default: as the sheet\'s title names it)',
    )
    .option(
      "--tolerance <t>",
      'how close counts as near target: 5% of target (default), 2pp (points), or a council\'s rule ("green within 5%, amber within 10%")',
    )
    .option(
      "--recorded <choice>",
      "keep (default): leave statuses officers typed; replace: overwrite them too (as --replace-officer)",
    )
    .option(
      "--replace-officer",
      "overwrite the statuses and DOTs officers typed this period too (the tool's own are always refreshed)",
    )
    .option(
      "--override <measure=status>",
      'set a measure\'s status by hand, e.g. "1.A5=amber" (ref or title; repeat for more); needs --reason and --until',
      (v: string, acc: string[] | undefined) => [...(acc ?? []), v],
    )
    .option("--reason <text>", 'why, shown with the override in every report, e.g. "recovery plan agreed by DMT"')
    .option("--until <period>", "the period the override expires at: it applies to the periods before it")
    .option("--set-by <name>", "who set the override (kept with it)")
    .option("--basis <basis>", "which status the reports count: recorded-else-computed (default), recorded or computed")
    .option(
      "--worsening <how>",
      "what makes an area for improvement worsening: direction (of travel; default) or special-cause (only special cause concerning variation)",
    )
    .option("--reports <list>", "report sheets to write with -o (default: summary,exceptions,checks)")
    .option("--json", "print one JSON document to stdout instead of the text report")
    .option("--verbose", "with -o, also print a line per measure")
    .option("-q, --quiet", "print nothing but errors and warnings")
    .addHelpText(
      "after",
      [
        "",
        "Quarter to quarter: with -o the workbook keeps a record of what the tool wrote (custom XML parts the",
        "Excel add-in reads too), a KPI History sheet and up to 10 restore points. On the next run the tool's own",
        "statuses are refreshed, an officer's are kept, last quarter's come from the history, and an override",
        "applies until its period:",
        '  scorecard q3.xlsx -o q3-scored.xlsx --override "1.A5=amber" --reason "recovery plan agreed by DMT" \\',
        '      --until "Q4 Jan - Mar 2023/24"',
      ].join("\n"),
    )
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
function checkNamedPeriods(
  tables: ScorecardTable[],
  options: { current?: string | undefined; compare: CompareChoice; input: string },
  io: Io,
): void {
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
      const shown =
        labels
          .slice(0, 12)
          .map((l) => `'${l}'`)
          .join(", ") + (labels.length > 12 ? ", …" : "");
      const choices = flag === "--compare" ? "choose previous, last-year or one of its periods: " : "its periods are ";
      throw new UsageError(`${flag} '${label}' is not a period of ${options.input}; ${choices}${shown}`);
    }
    const where = without
      .map((t) => `'${t.sheet}' header row ${t.headerRows[t.headerRows.length - 1] ?? "?"}`)
      .join(", ");
    io.err(
      `scorecard: warning: ${flag} '${label}' is not a period of ${without.length} of ${tables.length} tables (${where}); their measures have no ${flag === "--current" ? "current figure" : "comparison"}\n`,
    );
  }
}

/** Inputs this big take a few seconds: worth a progress bar. */
const LONG_WORK_BYTES = 512 * 1024;

async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    return 0; // the reader says what is wrong with it
  }
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let progress = progressBar(io.err, 1, false);
  try {
    const options = parseArgs(argv, io);
    if (options === null) return 0;
    // Refused before reading, so a wrong name costs nothing and nothing is written.
    const outputTrouble = options.output === undefined ? null : await outputProblem(options.output);
    if (outputTrouble !== null) throw new UsageError(outputTrouble);
    progress = progressBar(
      io.err,
      options.output === undefined ? 2 : 3,
      io.errIsTerminal === true && !options.quiet && (await sizeOf(options.input)) >= LONG_WORK_BYTES,
    );
    progress.step(`Reading ${path.basename(options.input)}…`);
    const { pkg, grids } = await readWorkbook(options.input);
    const wanted = options.sheet;
    const missing = wanted.filter((name) => !grids.some((g) => g.sheet === name));
    if (missing.length > 0)
      throw new UsageError(`no sheet named ${missing.map((m) => `'${m}'`).join(", ")} in ${options.input}`);
    const selected = wanted.length === 0 ? grids : grids.filter((g) => wanted.includes(g.sheet));
    const rows = selected.reduce((n, g) => n + g.values.length, 0);
    progress.step(`Judging ${rows.toLocaleString("en-GB")} rows…`);

    // The workbook's own record of earlier writes: what the tool wrote, the history, overrides, restore points.
    const record = readQuarterRecord(pkg);
    for (const w of record.warnings) io.err(`scorecard: warning: ${w}\n`);
    const at = io.now().toISOString();
    const result = scoreGrids(selected, {
      detect: {
        ...(options.current === undefined ? {} : { current: options.current }),
        ...(options.period === undefined ? {} : { periodName: options.period }),
        compare: options.compare,
      },
      ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }),
      writeback: {
        mode: "value",
        recorded: options.replaceOfficer || options.recorded === "replace" ? "replace" : "keep",
        dotStyle: "arrow",
      },
      reports: options.output === undefined ? [] : options.reports,
      basis: options.basis,
      worsening: options.worsening,
      source: path.basename(options.input),
      generatedAt: at.slice(0, 16).replace("T", " "),
      ledger: record.ledger,
      sheetNames: grids.map((g) => g.sheet),
      at,
      face: "cli",
      overrides: options.override.map((o) => ({
        ...o,
        reason: options.reason ?? "",
        until: options.until ?? "",
        ...(options.setBy === undefined ? {} : { setBy: options.setBy }),
      })),
    });
    if (result.tables.length === 0) {
      throw new UsageError(noScorecardLine(options.input));
    }
    // --period names what a Current column holds: where every current period is dated, it changes nothing.
    if (options.period !== undefined && result.tables.every((t) => t.table.current?.name === undefined))
      io.err(
        `scorecard: warning: --period '${options.period}' was not used: no table's current period is headed by position (Current, This quarter); its heading names the period\n`,
      );
    // A refused override sets nothing, so nothing is written.
    if (result.quarter.errors.length > 0) throw new UsageError(`--override: ${result.quarter.errors.join("; ")}`);
    checkNamedPeriods(
      result.tables.map((t) => t.table),
      options,
      io,
    );
    let restorePoint: RestorePointEntry | null = null;
    if (options.output !== undefined && result.publish !== null) {
      progress.step(`Writing ${path.basename(options.output)}…`);
      // Refusals (a shared-formula master, a protected sheet…) throw before anything is written.
      checkTarget(pkg, options.output);
      const { write } = result.publish;
      // The figures and the write's id ride on the point as the pane's do: the pane restoring it takes the write
      // out of the ledger too.
      const change = {
        period: write.period,
        statuses: write.cells.filter((c) => c.kind === "status").length,
        dots: write.cells.filter((c) => c.kind === "dot").length,
        reports: result.plan.sheets.length,
        writeId: write.id,
      };
      restorePoint = {
        id: write.id,
        label: restorePointLabel({ ...change, reportSheets: change.reports, at, face: "cli" }),
        point: restorePointOf(grids, result.plan, at),
        change,
      };
      const kept = new Set(keepNewest(record.points, restorePoint).map((p) => p.id));
      const written = applyPlan(pkg, grids, result.plan, [
        { namespace: LEDGER_NAMESPACE, xmls: ledgerToParts(result.publish.ledger) },
        // A damaged ledger is kept word for word beside the new one (nothing else is dropped to make room).
        {
          namespace: SET_ASIDE_NAMESPACE,
          xmls: setAsideParts(record.damagedLedger, LEDGER_NAMESPACE, at),
          drop: () => false,
        },
        {
          namespace: RESTORE_NAMESPACE,
          xmls: restorePointToParts(restorePoint),
          // Points past the newest 10 go; the others stay as they are.
          drop: (p) => {
            const id = restorePointIdOf(p.xml) ?? "";
            return id === write.id || !kept.has(id);
          },
        },
      ]);
      await saveAtomically(written.bytes, options.output);
    }
    progress.done();
    const quarter = { ledger: record.ledger, warnings: record.warnings, points: record.points, written: restorePoint };
    if (options.json)
      io.out(JSON.stringify(toJson(options.input, result, quarterJson(result, quarter)), null, 2) + "\n");
    else if (!options.quiet) {
      // With -o the officer wants the summary and where it went; the measures are in the file (or --verbose).
      io.out(
        formatTextReport(options.input, result, {
          columns: io.columns,
          measures: options.output === undefined || options.verbose,
          quarter: quarterLines(result, quarter),
        }),
      );
      if (options.output !== undefined) io.out(`Wrote ${options.output}\n`);
    }
    return 0;
  } catch (err) {
    progress.done();
    if (err instanceof UsageError || err instanceof WorkbookReadError || err instanceof WorkbookWriteError) {
      io.err(`scorecard: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
