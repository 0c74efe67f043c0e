/** The restore point kept in the workbook, read on opening and after every operation that may change it. */
import { useCallback, useEffect, useState } from "react";
import type { ExcelGateway, RestorePoint } from "../gateway";

export function useRestorePoint(gateway: ExcelGateway): {
  restorePoint: RestorePoint | null;
  refresh: () => Promise<void>;
} {
  const [restorePoint, setRestorePoint] = useState<RestorePoint | null>(null);

  const refresh = useCallback(async () => {
    try {
      setRestorePoint(await gateway.restorePoint());
    } catch {
      // Not knowing whether a restore point exists only hides the button's details.
      setRestorePoint(null);
    }
  }, [gateway]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { restorePoint, refresh };
}
