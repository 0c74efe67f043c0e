/**
 * The pane's state and actions: read the sheet, judge it with the officer's choices, apply, write
 * reports, restore. Every workbook operation goes through the ExcelGateway, so components never see
 * Excel, and every failure becomes a message in plain words rather than a console line.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { SheetChangedError, type ExcelGateway, type RestorePoint, type SheetRead } from "./gateway";
import type { ReportKind } from "../domain/plan/workbook-plan";
import { NO_SCORECARD_TITLE, noScorecardText } from "../domain/choices";
import { isReportSheet, type ScoreResult } from "../domain/pipeline";
import {
  applyMessage,
  DEFAULT_OPTIONS,
  errorWords,
  optionsFrom,
  planReportSheet,
  REPORT_NAMES,
  savedAtWords,
  scoreSheet,
  settingsFrom,
  stamp,
  writeCounts,
  type PaneOptions,
  type Scope,
} from "./model";

export type Intent = "success" | "warning" | "error" | "info";
export interface PaneMessage {
  intent: Intent;
  title: string;
  text: string;
}

export type Busy = "find" | "apply" | "report" | "restore" | "convert" | null;

export interface PaneState {
  read: SheetRead | null;
  result: ScoreResult | null;
  options: PaneOptions;
  busy: Busy;
  progress: { done: number; total: number } | null;
  message: PaneMessage | null;
  /** Corrupt settings that fell back to detection: shown until the next read. */
  settingsWarning: string | null;
  restorePoint: RestorePoint | null;
  /** Report sheets written this session, by kind, with the name they were given. */
  reports: Partial<Record<ReportKind, string>>;
  /** Bumped after every successful apply, so the flow can move on. */
  applied: number;
  /** Why nothing can be judged on the sheet that was read, while that is so. */
  notFound: PaneMessage | null;
}

export interface PaneActions {
  find: (scope: Scope) => Promise<void>;
  setOptions: (patch: Partial<PaneOptions>) => void;
  apply: () => Promise<void>;
  report: (kind: ReportKind) => Promise<void>;
  restore: () => Promise<void>;
  convert: () => Promise<void>;
  dismiss: () => void;
}

function plainError(what: string, err: unknown): PaneMessage {
  return { intent: "error", title: what, text: errorWords(err) };
}

export function usePane(gateway: ExcelGateway): [PaneState, PaneActions] {
  const [read, setRead] = useState<SheetRead | null>(null);
  const [options, setOptionsState] = useState<PaneOptions>(DEFAULT_OPTIONS);
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const [settingsWarning, setSettingsWarning] = useState<string | null>(null);
  const [restorePoint, setRestorePoint] = useState<RestorePoint | null>(null);
  const [reports, setReports] = useState<Partial<Record<ReportKind, string>>>({});
  const [applied, setApplied] = useState(0);
  // The scope the sheet was actually read with (the radio may have moved since).
  const [readScope, setReadScope] = useState<Scope>("used-range");
  // One workbook operation at a time: a second click while one runs is ignored.
  const running = useRef(false);

  const result = useMemo(() => (read === null ? null : scoreSheet(read.grid, options)), [read, options]);

  const refreshRestorePoint = useCallback(async () => {
    try {
      setRestorePoint(await gateway.restorePoint());
    } catch {
      // Not knowing whether a restore point exists only hides the button's details.
      setRestorePoint(null);
    }
  }, [gateway]);

  useEffect(() => {
    void refreshRestorePoint();
  }, [refreshRestorePoint]);

  const run = useCallback(async (kind: Exclude<Busy, null>, work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(kind);
    try {
      await work();
    } finally {
      running.current = false;
      setBusy(null);
      setProgress(null);
    }
  }, []);

  const find = useCallback(
    (scope: Scope) =>
      run("find", async () => {
        setMessage(null);
        try {
          const sheet = await gateway.readSheet(scope);
          setSettingsWarning(sheet.warning);
          // Reading the same sheet again keeps the officer's corrections, saved or not.
          const again = read !== null && read.grid.sheet === sheet.grid.sheet;
          setOptionsState((current) =>
            again ? { ...current, scope } : sheet.settings === null ? { ...DEFAULT_OPTIONS, scope } : optionsFrom(sheet.settings, scope),
          );
          setRead(sheet);
          setReadScope(scope);
        } catch (err) {
          setMessage(plainError("Could not read the sheet", err));
        }
        await refreshRestorePoint();
      }),
    [gateway, run, read, refreshRestorePoint],
  );

  const setOptions = useCallback((patch: Partial<PaneOptions>) => setOptionsState((o) => ({ ...o, ...patch })), []);

  /**
   * Read the same cells again after a write, keeping the officer's choices, whichever sheet is active now.
   * A selection is widened to take in the columns the write added.
   */
  const reread = useCallback(
    async (before: SheetRead, scope: Scope, addedColumns: number[] = []) => {
      const g = before.grid;
      const right = Math.max(g.left + (g.values[0]?.length ?? 1) - 1, ...addedColumns);
      const area = scope === "selection" ? { rowIndex: g.top - 1, columnIndex: g.left - 1, rowCount: g.values.length, columnCount: right - g.left + 1 } : null;
      try {
        setRead(await gateway.readAgain(g.sheet, area));
      } catch {
        // The write succeeded; a sheet renamed or gone since only leaves the preview as it was.
      }
    },
    [gateway],
  );

  const apply = useCallback(
    () =>
      run("apply", async () => {
        if (read === null || result === null || result.tables.length === 0) return;
        setMessage(null);
        const cells = result.plan.edits.reduce((n, e) => n + e.cells.length, 0);
        if (cells === 0) {
          setMessage({ intent: "info", title: "Nothing to write", text: "Every measure already has a status and direction of travel recorded. Choose Replace to overwrite them." });
          return;
        }
        const counts = writeCounts(result.measures, options.recorded);
        let started = false;
        try {
          await gateway.saveSettings(settingsFrom(read.grid.sheet, options));
          await gateway.applyPlan(result.plan, (done, total) => {
            started = true;
            setProgress({ done, total });
          });
          setMessage({ intent: "success", title: "Statuses written", text: applyMessage(counts) });
          setApplied((n) => n + 1);
        } catch (err) {
          if (err instanceof SheetChangedError) setMessage({ intent: "warning", title: "The sheet has changed", text: err.message });
          else {
            const m = plainError("Could not write the statuses", err);
            setMessage(started ? { ...m, text: `${m.text} Some rows were written before this; Restore previous puts back what was there.` } : m);
          }
        }
        await refreshRestorePoint();
        await reread(read, readScope, result.plan.addedColumns.map((c) => c.column));
      }),
    [gateway, run, read, readScope, result, options, refreshRestorePoint, reread],
  );

  const report = useCallback(
    (kind: ReportKind) =>
      run("report", async () => {
        if (result === null || result.tables.length === 0) return;
        setMessage(null);
        try {
          const sheet = planReportSheet(result, kind, options, stamp(new Date()));
          if (read !== null) await gateway.saveSettings(settingsFrom(read.grid.sheet, options));
          const { name } = await gateway.writeReport(sheet);
          setReports((r) => ({ ...r, [kind]: name }));
          setMessage({ intent: "success", title: `${REPORT_NAMES[kind]} ready`, text: `Written to sheet "${name}", which is now open.` });
        } catch (err) {
          setMessage(plainError(`Could not write the ${REPORT_NAMES[kind]} sheet`, err));
        }
      }),
    [gateway, run, read, result, options],
  );

  const restore = useCallback(
    () =>
      run("restore", async () => {
        setMessage(null);
        try {
          const outcome = await gateway.restorePrevious();
          if (outcome === null) {
            setMessage({ intent: "info", title: "Nothing to restore", text: "This workbook has no restore point: KPI Scorecard keeps one each time it writes, until it is used." });
          } else {
            const { point, kept } = outcome;
            const restored = point.cells - kept;
            const keptWords = kept === 0 ? "" : ` ${kept.toLocaleString("en-GB")} ${kept === 1 ? "cell was" : "cells were"} left as they are, because ${kept === 1 ? "it has" : "they have"} changed since that write.`;
            setMessage({
              intent: kept === 0 ? "success" : "warning",
              title: "Restored",
              text: `Put back ${restored.toLocaleString("en-GB")} cells on sheet "${point.sheet}" as they were before the write of ${savedAtWords(point.savedAt)}.${keptWords}`,
            });
            if (read !== null) await reread(read, readScope);
          }
        } catch (err) {
          setMessage(plainError("Could not restore", err));
        }
        await refreshRestorePoint();
      }),
    [gateway, run, read, readScope, refreshRestorePoint, reread],
  );

  const convert = useCallback(
    () =>
      run("convert", async () => {
        setMessage(null);
        try {
          const { converted, errors, spilling } = await gateway.convertFormulasToValues();
          const errorWords =
            (errors === 0 ? "" : ` ${errors.toLocaleString("en-GB")} ${errors === 1 ? "formula shows an error and was" : "formulas show an error and were"} left as ${errors === 1 ? "it is" : "they are"}: fix ${errors === 1 ? "it" : "them"} first.`) +
            (spilling === 0 ? "" : ` ${spilling.toLocaleString("en-GB")} ${spilling === 1 ? "formula spills over a range and was" : "formulas spill over ranges and were"} left: freeze a spill with Copy, then Paste Values.`);
          setMessage(
            converted === 0
              ? { intent: "info", title: "No KPI formulas converted", text: `The active sheet has no =KPI formulas with a value to keep.${errorWords}` }
              : { intent: errors + spilling === 0 ? "success" : "warning", title: "Formulas converted", text: `Replaced ${converted.toLocaleString("en-GB")} KPI formulas with their values. Restore is available.${errorWords}` },
          );
          // The converted cells are the add-in's own writes: read them again so a later Apply sees them.
          if (converted > 0 && read !== null) await reread(read, readScope);
        } catch (err) {
          setMessage(plainError("Could not convert the formulas", err));
        }
        await refreshRestorePoint();
      }),
    [gateway, run, read, readScope, refreshRestorePoint, reread],
  );

  const dismiss = useCallback(() => setMessage(null), []);

  // Said for as long as it is true, not just after the click that found it.
  const notFound = useMemo((): PaneMessage | null => {
    if (read === null || result === null || result.tables.length > 0) return null;
    if (isReportSheet(read.grid)) {
      return { intent: "info", title: "This is a report sheet", text: `"${read.grid.sheet}" was written by KPI Scorecard. Go to your scorecard sheet and choose Find scorecard.` };
    }
    const where = readScope === "selection" ? "the selection" : `sheet "${read.grid.sheet}"`;
    return { intent: "warning", title: NO_SCORECARD_TITLE, text: noScorecardText(where) };
  }, [read, result, readScope]);

  return [
    { read, result, options, busy, progress, message, settingsWarning, restorePoint, reports, applied, notFound },
    { find, setOptions, apply, report, restore, convert, dismiss },
  ];
}
