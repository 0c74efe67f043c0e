/** Reports: plan a report sheet from the judged scorecard, write it (refreshed in place next time) and open it. */
import { useCallback, useState } from "react";
import type { ReportKind } from "../../domain/plan/workbook-plan";
import type { ExcelGateway } from "../gateway";
import type { Operation } from "../operation";
import { settingsFrom } from "../scorecard/options";
import type { Scorecard } from "../scorecard/useScorecard";
import { allReportsReady, reportFailed, reportReady } from "./messages";
import { planReportSheet, stamp } from "./report-sheet";

export interface ReportsStep {
  report: (kind: ReportKind) => Promise<void>;
  /** Summary, Exceptions and Checks in one go, as one operation. */
  reportAll: () => Promise<void>;
  /** Report sheets written this session, by kind, with the name they were given. */
  reports: Partial<Record<ReportKind, string>>;
}

const ALL_REPORTS = ["summary", "exceptions", "checks"] as const satisfies readonly ReportKind[];

export function useReports(
  gateway: ExcelGateway,
  { run, say }: Operation,
  { read, result, options }: Scorecard,
): ReportsStep {
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

  const reportAll = useCallback(
    () =>
      run("report", async () => {
        if (result === null || result.tables.length === 0) return;
        say(null);
        const names: Partial<Record<ReportKind, string>> = {};
        let kind: ReportKind = ALL_REPORTS[0];
        try {
          if (read !== null) await gateway.saveSettings(settingsFrom(read.grid.sheet, options));
          const generatedAt = stamp(new Date());
          for (kind of ALL_REPORTS) {
            const { name } = await gateway.writeReport(planReportSheet(result, kind, options, generatedAt));
            names[kind] = name;
          }
          say(allReportsReady(names));
        } catch (err) {
          say(reportFailed(kind, err));
        }
        setReports((r) => ({ ...r, ...names }));
      }),
    [gateway, run, say, read, result, options],
  );

  return { report, reportAll, reports };
}
