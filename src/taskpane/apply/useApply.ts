/**
 * Apply: save the officer's choices with the workbook, write the plan (the gateway keeps a restore point
 * first), then read the same cells again so the preview shows what the sheet now holds.
 */
import { useCallback, useState } from "react";
import { SheetChangedError, type ExcelGateway } from "../gateway";
import type { Operation } from "../operation";
import { settingsFrom } from "../scorecard/options";
import type { Scorecard } from "../scorecard/useScorecard";
import { applyFailed, nothingToWrite, recordFailed, sheetChanged, written } from "./messages";
import { quarterOf, scoreSheet } from "../scorecard/options";
import { writeCounts } from "./write-counts";
import { periodId } from "../../domain/layout/period-id";

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
  now: () => Date = () => new Date(),
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
        // Judged again at the time of the write: the record's write and snapshots carry it.
        const at = now().toISOString();
        const final = read.record === undefined ? result : scoreSheet(read.grid, options, quarterOf(read, at));
        const history = final.plan.sheets.find((s) => s.kind === "history");
        let started = false;
        let stored = true;
        try {
          await gateway.saveSettings(settingsFrom(read.grid.sheet, options));
          await gateway.applyPlan(
            final.plan,
            (done, total) => {
              started = true;
              setProgress({ done, total });
            },
            {
              period: final.tables[0]?.table.current == null ? null : periodId(final.tables[0].table.current),
              reports: history === undefined ? 0 : 1,
              ...(final.publish === null ? {} : { writeId: final.publish.write.id }),
            },
          );
          // The statuses are written: now the record of them, and the History sheet that shows it.
          if (final.publish !== null) {
            stored = false;
            if (history !== undefined) await gateway.writeReport(history, { activate: false });
            await gateway.saveLedger(final.publish.ledger);
            stored = true;
          }
          say(written(counts));
          setApplied((n) => n + 1);
        } catch (err) {
          say(
            err instanceof SheetChangedError
              ? sheetChanged(err.message)
              : stored
                ? applyFailed(err, started)
                : recordFailed(err),
          );
        }
        await refreshRestorePoint();
        await reread(
          read,
          readScope,
          result.plan.addedColumns.map((c) => c.column),
        );
      }),
    [gateway, run, say, setProgress, read, readScope, result, options, refreshRestorePoint, reread, now],
  );

  return { apply, applied };
}
