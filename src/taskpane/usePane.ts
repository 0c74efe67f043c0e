/**
 * The pane's state and actions, put together from one hook per step: the scorecard read and judged,
 * Apply, Reports, Restore, and the one operation under way with its message. Every workbook operation
 * goes through the ExcelGateway, so components never see Excel, and every failure becomes a message in
 * plain words rather than a console line.
 */
import { useCallback } from "react";
import type { ReportKind } from "../domain/plan/workbook-plan";
import type { ScoreResult } from "../domain/pipeline";
import type { ExcelGateway, RestorePoint, SheetRead } from "./gateway";
import type { PaneMessage } from "./message";
import { useOperation, type Busy } from "./operation";
import type { PaneOptions, Scope } from "./scorecard/options";
import { useScorecard } from "./scorecard/useScorecard";
import { useApply } from "./apply/useApply";
import { useReports } from "./reports/useReports";
import { useRestore } from "./restore/useRestore";
import { useRestorePoint } from "./restore/useRestorePoint";
import { useOverrides, type OverrideInput } from "./preview/useOverrides";
import type { MeasureAssessment } from "../domain/assessment/types";
import type { MeasureKey } from "../domain/ledger";

export type { Busy };

export interface PaneState {
  read: SheetRead | null;
  result: ScoreResult | null;
  options: PaneOptions;
  busy: Busy;
  progress: { done: number; total: number } | null;
  message: PaneMessage | null;
  /** The operation that left the message: it shows in that step's panel. */
  messageFrom: Busy;
  /** Corrupt settings that fell back to detection: shown until the next read. */
  settingsWarning: string | null;
  /** The newest restore point, if any. */
  restorePoint: RestorePoint | null;
  /** Every restore point, newest first. */
  restorePoints: RestorePoint[];
  /** Report sheets written this session, by kind, with the name they were given. */
  reports: Partial<Record<ReportKind, string>>;
  /** Bumped after every successful apply, so the flow can move on. */
  applied: number;
  /** Why nothing can be judged on the sheet that was read, while that is so. */
  notFound: PaneMessage | null;
  /** The workbook's quarter-to-quarter record was damaged and set aside: in words, until the next read. */
  recordWarning: string | null;
}

export interface PaneActions {
  find: (scope: Scope) => Promise<void>;
  setOptions: (patch: Partial<PaneOptions>) => void;
  apply: () => Promise<void>;
  report: (kind: ReportKind) => Promise<void>;
  reportAll: () => Promise<void>;
  /** Put back the writes down to the chosen point (the newest when none is given). */
  restore: (id?: string) => Promise<void>;
  setOverride: (m: MeasureAssessment, input: OverrideInput) => Promise<void>;
  removeOverride: (key: MeasureKey) => Promise<void>;
  convert: () => Promise<void>;
  dismiss: () => void;
}

export function usePane(gateway: ExcelGateway): [PaneState, PaneActions] {
  const operation = useOperation();
  const { restorePoints, refresh } = useRestorePoint(gateway);
  const restorePoint = restorePoints[0] ?? null;
  const scorecard = useScorecard(gateway, operation, refresh);
  const { apply, applied } = useApply(gateway, operation, scorecard, refresh);
  const { report, reportAll, reports } = useReports(gateway, operation, scorecard);
  const { restore, convert } = useRestore(gateway, operation, scorecard, refresh);
  const { setOverride, removeOverride } = useOverrides(gateway, operation, scorecard);
  const { read, result, options, settingsWarning, notFound, find, setOptions } = scorecard;
  const { busy, progress, message, messageFrom, say } = operation;
  const dismiss = useCallback(() => say(null), [say]);

  return [
    {
      read,
      result,
      options,
      busy,
      progress,
      message,
      messageFrom,
      settingsWarning,
      restorePoint,
      restorePoints,
      reports,
      applied,
      notFound,
      recordWarning: read?.record?.warning ?? null,
    },
    { find, setOptions, apply, report, reportAll, restore, convert, setOverride, removeOverride, dismiss },
  ];
}
