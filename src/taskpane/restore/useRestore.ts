/**
 * Restore previous and Convert formulas to values: both change cells the preview was judged from, so
 * each reads the sheet again after it, and the restore point is read afresh.
 */
import { useCallback } from "react";
import type { ExcelGateway } from "../gateway";
import type { Operation } from "../operation";
import type { Scorecard } from "../scorecard/useScorecard";
import { converted, convertFailed, nothingToRestore, restored, restoreFailed } from "./messages";

export interface RestoreStep {
  restore: (id?: string) => Promise<void>;
  convert: () => Promise<void>;
}

export function useRestore(
  gateway: ExcelGateway,
  { run, say }: Operation,
  { read, readScope, reread }: Scorecard,
  refreshRestorePoint: () => Promise<void>,
): RestoreStep {
  const restore = useCallback(
    (id?: string) =>
      run("restore", async () => {
        say(null);
        try {
          const outcome = await gateway.restorePrevious(id);
          say(outcome === null ? nothingToRestore : restored(outcome));
          if (outcome !== null && read !== null) await reread(read, readScope);
        } catch (err) {
          say(restoreFailed(err));
        }
        await refreshRestorePoint();
      }),
    [gateway, run, say, read, readScope, refreshRestorePoint, reread],
  );

  const convert = useCallback(
    () =>
      run("convert", async () => {
        say(null);
        try {
          const outcome = await gateway.convertFormulasToValues();
          say(converted(outcome));
          // The converted cells are the add-in's own writes: read them again so a later Apply sees them.
          if (outcome.converted > 0 && read !== null) await reread(read, readScope);
        } catch (err) {
          say(convertFailed(err));
        }
        await refreshRestorePoint();
      }),
    [gateway, run, say, read, readScope, refreshRestorePoint, reread],
  );

  return { restore, convert };
}
