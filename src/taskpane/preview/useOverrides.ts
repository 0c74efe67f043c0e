/**
 * Overrides from the Preview: an officer sets a measure's status by hand, with a reason, until a named period,
 * or takes one off. Each is checked by the engine (a reason, a period after the current one), stored at once in
 * the workbook's record (the pane writes the next ledger), and the sheet is judged again with it.
 */
import { useCallback } from "react";
import type { MeasureAssessment } from "../../domain/assessment/types";
import type { Status } from "../../domain/judging/types";
import { measureKey, resolveOverride, setOverride, type MeasureKey } from "../../domain/ledger";
import type { ExcelGateway } from "../gateway";
import { failure, type PaneMessage } from "../message";
import type { Operation } from "../operation";
import type { Scorecard } from "../scorecard/useScorecard";
import { STATUS_SHORT } from "../words";
import { withoutOverride } from "./overrides";

export interface OverrideInput {
  status: Status;
  reason: string;
  until: string;
}

export interface OverrideStep {
  setOverride: (m: MeasureAssessment, input: OverrideInput) => Promise<void>;
  removeOverride: (key: MeasureKey) => Promise<void>;
}

const noRecord: PaneMessage = {
  intent: "warning",
  title: "Overrides need the workbook's record",
  text: "This Excel cannot keep KPI Scorecard's record in the workbook (it needs ExcelApi 1.5), so an override could not be kept.",
};

export function useOverrides(
  gateway: ExcelGateway,
  { run, say }: Operation,
  { read, result, setLedger }: Scorecard,
  now: () => Date = () => new Date(),
): OverrideStep {
  const set = useCallback(
    (m: MeasureAssessment, input: OverrideInput) =>
      run("override", async () => {
        say(null);
        if (read === null || result === null) return;
        if (read.record === undefined) return say(noRecord);
        const at = now().toISOString();
        const ask = (measure: string) => resolveOverride({ measure, ...input }, result.tables, at);
        // By ref, or by title where the ref is shared (or there is none).
        let resolved = ask(m.ref ?? m.measure);
        if (!resolved.ok && m.ref !== null) resolved = ask(m.measure);
        if (!resolved.ok)
          return say({ intent: "warning", title: "Override not set", text: `Nothing was changed: ${resolved.error}.` });
        // Known as the record knows it: where its ref is shared on the sheet, by its title (resolveOverride keys it
        // by the ref it was asked by, which the binding would not find again).
        const key =
          result.quarter.bindings[result.measures.findIndex((x) => x.sheet === m.sheet && x.row === m.row)]?.key;
        const next = setOverride(
          read.record.ledger,
          key === undefined ? resolved.override : { ...resolved.override, measure: key },
        );
        try {
          await gateway.saveLedger(next);
          setLedger(next);
          say({
            intent: "success",
            title: "Override set",
            text: `${key === undefined ? (m.ref ?? m.measure) : (key.ref ?? key.measure)} counts as ${STATUS_SHORT[input.status]} (${resolved.override.reason}) until ${resolved.override.until}; the computed status returns then. Write to put it in the sheet.`,
          });
        } catch (err) {
          say(failure("Could not keep the override", err));
        }
      }),
    [gateway, run, say, read, result, setLedger, now],
  );

  const remove = useCallback(
    (key: MeasureKey) =>
      run("override", async () => {
        say(null);
        if (read?.record === undefined || result === null) return;
        const next = withoutOverride(
          read.record.ledger,
          measureKey(key.sheet, key.ref, key.measure),
          result.tables.map((t) => t.table),
        );
        try {
          await gateway.saveLedger(next);
          setLedger(next);
          say({
            intent: "success",
            title: "Override removed",
            text: `${key.ref ?? key.measure} is judged as computed (or as an officer recorded it) again. Write to put it in the sheet.`,
          });
        } catch (err) {
          say(failure("Could not remove the override", err));
        }
      }),
    [gateway, run, say, read, result, setLedger],
  );

  return { setOverride: set, removeOverride: remove };
}
