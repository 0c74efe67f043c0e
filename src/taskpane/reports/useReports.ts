/** Reports: plan a report sheet from the judged scorecard, write it (refreshed in place next time) and open it. */
import { useCallback, useState } from "react";
import type { ReportKind } from "../../domain/plan/workbook-plan";
import type { ExcelGateway } from "../gateway";
import type { Operation } from "../operation";
import { settingsFrom } from "../scorecard/options";
import type { Scorecard } from "../scorecard/useScorecard";
import { reportFailed, reportReady } from "./messages";
import { planReportSheet, stamp } from "./report-sheet";

export interface ReportsStep {
  report: (kind: ReportKind) => Promise<void>;
  /** Report sheets written this session, by kind, with the name they were given. */
  reports: Partial<Record<ReportKind, string>>;
}

export function useReports(gateway: ExcelGateway, { run, say }: Operation, { read, result, options }: Scorecard): ReportsStep {
  const [reports, setReports] = useState<Partial<Record<ReportKind, string>>>({});

  const report = useCallback(
    (kind: ReportKind) =>
      run("report", async () => {
        if (result === null || result.tables.length === 0) return;
        say(null);
        try {
          const sheet = planReportSheet(result, kind, options, stamp(new Date()));
          if (read !== null) await gateway.saveSettings(settingsFrom(read.grid.sheet, options));
          const { name } = await gateway.writeReport(sheet);
          setReports((r) => ({ ...r, [kind]: name }));
          say(reportReady(kind, name));
        } catch (err) {
          say(reportFailed(kind, err));
        }
      }),
    [gateway, run, say, read, result, options],
  );

  return { report, reports };
}
