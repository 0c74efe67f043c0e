/**
 * The sheet as read and the officer's choices for it: Find reads it, every change of choice judges it
 * again at once, and a write's caller reads the same cells again afterwards.
 */
import { useCallback, useMemo, useState } from "react";
import type { ScoreResult } from "../../domain/pipeline";
import type { Ledger } from "../../domain/ledger";
import type { ExcelGateway, SheetRead } from "../gateway";
import type { PaneMessage } from "../message";
import type { Operation } from "../operation";
import { notFoundMessage, readFailed } from "./messages";
import { DEFAULT_OPTIONS, optionsFrom, quarterOf, scoreSheet, type PaneOptions, type Scope } from "./options";

export interface Scorecard {
  read: SheetRead | null;
  /** The scope the sheet was actually read with (the radio may have moved since). */
  readScope: Scope;
  result: ScoreResult | null;
  options: PaneOptions;
  /** Corrupt settings that fell back to detection: shown until the next read. */
  settingsWarning: string | null;
  /** Why nothing can be judged on the sheet that was read, while that is so. */
  notFound: PaneMessage | null;
  find: (scope: Scope) => Promise<void>;
  setOptions: (patch: Partial<PaneOptions>) => void;
  /** When the sheet was read (ISO). */
  readAt: string;
  /** The record changed (an override set or removed): judge again with it, without reading the cells. */
  setLedger: (ledger: Ledger) => void;
  /** Read the cells of `before` again after a write; a selection is widened to the columns it added. */
  reread: (before: SheetRead, scope: Scope, addedColumns?: number[]) => Promise<void>;
}

/** The choices to judge a fresh read with: kept when it is the same sheet again, else the saved ones. */
function optionsForRead(current: PaneOptions, previous: SheetRead | null, sheet: SheetRead, scope: Scope): PaneOptions {
  // Reading the same sheet again keeps the officer's corrections, saved or not.
  if (previous !== null && previous.grid.sheet === sheet.grid.sheet) return { ...current, scope };
  return sheet.settings === null ? { ...DEFAULT_OPTIONS, scope } : optionsFrom(sheet.settings, scope);
}

export function useScorecard(
  gateway: ExcelGateway,
  { run, say }: Operation,
  refreshRestorePoint: () => Promise<void>,
): Scorecard {
  const [read, setRead] = useState<SheetRead | null>(null);
  const [options, setOptionsState] = useState<PaneOptions>(DEFAULT_OPTIONS);
  const [readScope, setReadScope] = useState<Scope>("used-range");
  const [settingsWarning, setSettingsWarning] = useState<string | null>(null);

  // When the sheet was read: a preview's write is stamped with it (Apply judges again at its own time).
  const [readAt, setReadAt] = useState(() => new Date().toISOString());
  const result = useMemo(
    () => (read === null ? null : scoreSheet(read.grid, options, quarterOf(read, readAt))),
    [read, options, readAt],
  );

  const find = useCallback(
    (scope: Scope) =>
      run("find", async () => {
        say(null);
        try {
          const sheet = await gateway.readSheet(scope);
          setSettingsWarning(sheet.warning);
          setOptionsState((current) => optionsForRead(current, read, sheet, scope));
          setRead(sheet);
          setReadAt(new Date().toISOString());
          setReadScope(scope);
        } catch (err) {
          say(readFailed(err));
        }
        await refreshRestorePoint();
      }),
    [gateway, run, say, read, refreshRestorePoint],
  );

  const setOptions = useCallback((patch: Partial<PaneOptions>) => setOptionsState((o) => ({ ...o, ...patch })), []);

  // Whichever sheet is active now, the same cells by name, keeping the officer's choices.
  const reread = useCallback(
    async (before: SheetRead, scope: Scope, addedColumns: number[] = []) => {
      const g = before.grid;
      const right = Math.max(g.left + (g.values[0]?.length ?? 1) - 1, ...addedColumns);
      const area =
        scope === "selection"
          ? { rowIndex: g.top - 1, columnIndex: g.left - 1, rowCount: g.values.length, columnCount: right - g.left + 1 }
          : null;
      try {
        setRead(await gateway.readAgain(g.sheet, area));
        setReadAt(new Date().toISOString());
      } catch {
        // The write succeeded; a sheet renamed or gone since only leaves the preview as it was.
      }
    },
    [gateway],
  );

  // Said for as long as it is true, not just after the click that found it.
  const notFound = useMemo(
    () => (read === null || result === null || result.tables.length > 0 ? null : notFoundMessage(read.grid, readScope)),
    [read, result, readScope],
  );

  const setLedger = useCallback(
    (ledger: Ledger) =>
      setRead((r) =>
        r === null ? r : { ...r, record: { ledger, warning: null, history: r.record?.history ?? null } },
      ),
    [],
  );

  return { read, readScope, readAt, result, options, settingsWarning, notFound, find, setOptions, setLedger, reread };
}
