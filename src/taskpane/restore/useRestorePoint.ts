/** The restore points kept in the workbook, newest first: read on opening and after every operation that may change them. */
import { useCallback, useEffect, useState } from "react";
import type { ExcelGateway, RestorePoint } from "../gateway";

export function useRestorePoint(gateway: ExcelGateway): {
  restorePoints: RestorePoint[];
  refresh: () => Promise<void>;
} {
  const [restorePoints, setRestorePoints] = useState<RestorePoint[]>([]);

  const refresh = useCallback(async () => {
    try {
      setRestorePoints(await gateway.restorePoints());
    } catch {
      // Not knowing which restore points exist only hides the list.
      setRestorePoints([]);
    }
  }, [gateway]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { restorePoints, refresh };
}
