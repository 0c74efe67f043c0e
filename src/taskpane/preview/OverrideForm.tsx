/** One measure's override: the status the officer sets, a reason (required), and the period it runs until. */
import { useState } from "react";
import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { STATUSES, type Status } from "../../domain/judging/types";
import { STATUS_SYMBOLS } from "../../domain/judging";
import { STATUS_SHORT } from "../words";
import type { OverrideInput } from "./useOverrides";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXS,
  },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface OverrideFormProps {
  /** The status the override starts from (the computed one). */
  initial: Status;
  until: string[];
  busy: boolean;
  onSet: (input: OverrideInput) => void;
  onCancel: () => void;
}

export function OverrideForm({ initial, until, busy, onSet, onCancel }: OverrideFormProps) {
  const styles = useStyles();
  const [status, setStatus] = useState<Status>(initial);
  const [reason, setReason] = useState("");
  const [to, setTo] = useState(until[0] ?? "");
  const missing = reason.trim() === "";
  return (
    <form
      className={styles.form}
      aria-label="Override"
      onSubmit={(e) => {
        e.preventDefault();
        if (!missing && to !== "") onSet({ status, reason: reason.trim(), until: to });
      }}
    >
      <Field label="Status">
        <Select aria-label="Override status" value={status} onChange={(_, d) => setStatus(d.value as Status)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_SYMBOLS[s]} {STATUS_SHORT[s]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Reason" required validationMessage={missing ? "Say why, as the report will show it" : undefined}>
        <Input
          aria-label="Override reason"
          value={reason}
          maxLength={500}
          placeholder="Recovery plan agreed by DMT"
          onChange={(_, d) => setReason(d.value)}
        />
      </Field>
      <Field
        label="Until"
        hint="It applies to the periods before this one; the computed status returns then."
        validationMessage={until.length === 0 ? "No later period can be placed after the current one" : undefined}
      >
        <Select aria-label="Override until" value={to} onChange={(_, d) => setTo(d.value)}>
          {until.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" size="small" disabled={busy || missing || to === ""}>
          Set override
        </Button>
        <Button size="small" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
