/** Run the `scorecard` command in-process, capturing what it prints. */
import { main } from "../../src/cli/main";
import { ScorecardJsonSchema, type ScorecardJson } from "../../src/cli/json-report";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** How the run's terminal looks: a width for stdout, and whether stderr is a terminal. Default: both piped. */
export interface CliTerminal {
  columns?: number;
  errIsTerminal?: boolean;
  /** The time the run sees (default 2026-11-24 09:00 UTC). */
  now?: Date;
}

export async function runCli(args: string[], terminal: CliTerminal = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    now: () => terminal.now ?? new Date("2026-11-24T09:00:00Z"),
    columns: terminal.columns,
    errIsTerminal: terminal.errIsTerminal ?? false,
  });
  return { code, stdout, stderr };
}

/** Run with --json at the time `at`: the document, validated, and what the run printed. Fails on a non-zero exit. */
export async function scoreJson(args: string[], at: string): Promise<CliRun & { doc: ScorecardJson }> {
  const run = await runCli([...args, "--json"], { now: new Date(at) });
  if (run.code !== 0) throw new Error(run.stderr);
  return { ...run, doc: ScorecardJsonSchema.parse(JSON.parse(run.stdout)) };
}
