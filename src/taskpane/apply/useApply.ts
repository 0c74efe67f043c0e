/**
 * Apply: save the officer's choices with the workbook, write the plan (the gateway keeps a restore point
 * first), then read the same cells again so the preview shows what the sheet now holds.
 */
import { useCallback, useState } from "react";
import { SheetChangedError, type ExcelGateway } from "../gateway";
import type { Operation } from "../operation";
import { settingsFrom } from "../scorecard/options";
import type { Scorecard } from "../scorecard/useScorecard";
import { applyFailed, nothingToWrite, sheetChanged, written } from "./messages";
import { writeCounts } from "./write-counts";

export interface ApplyStep {
  apply: () => Promise<void>;
  /** Bumped after every successful apply, so the flow can move on. */
  applied: number;
}

export function useApply(
  gateway: ExcelGateway,
  { run, say, setProgress }: Operation,
  scorecard: Scorecard,
  refreshRestorePoint: () => Promise<void>,
): ApplyStep {
  const [applied, setApplied] = useState(0);
  const { read, readScope, result, options, reread } = scorecard;

  const apply = useCallback(
    () =>
      run("apply", async () => {
        if (read === null || result === null || result.tables.length === 0) return;
        say(null);
        if (result.plan.edits.every((e) => e.cells.length === 0)) {
          say(nothingToWrite);
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
          say(written(counts));
          setApplied((n) => n + 1);
        } catch (err) {
          say(err instanceof SheetChangedError ? sheetChanged(err.message) : applyFailed(err, started));
        }
        await refreshRestorePoint();
        await reread(
          read,
          readScope,
          result.plan.addedColumns.map((c) => c.column),
        );
      }),
    [gateway, run, say, setProgress, read, readScope, result, options, refreshRestorePoint, reread],
  );

  return { apply, applied };
}
