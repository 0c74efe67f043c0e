/**
 * Which period a column headed by position (Current, This quarter) holds. The record keeps quarters apart by
 * it, so the pane shows what it took from the sheet's title and lets the officer say it where nothing does.
 * Not kept in the workbook's settings: next quarter it would name the wrong quarter.
 */
import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Period } from "../../domain/layout/scorecard";
import { namedPeriod } from "../../domain/layout/position-names";

export interface PeriodNameFieldProps {
  current: Period;
  /** What the officer typed, once it names a period; null when they have not. */
  asked: string | null;
  onValid: (name: string | null) => void;
}

export function PeriodNameField({ current, asked, onValid }: PeriodNameFieldProps) {
  const [text, setText] = useState(asked ?? "");
  useEffect(() => setText(asked ?? ""), [asked]);
  const typed = text.trim();
  const wrong = typed !== "" && namedPeriod(typed) === null;
  const fromTitle = asked === null ? (current.name ?? null) : null;
  const hint =
    fromTitle !== null
      ? `${fromTitle}, as the sheet's title names it. Type another period if that is wrong.`
      : current.name === undefined
        ? undefined
        : `${current.name}, as you named it.`;
  return (
    <Field
      label={`"${current.label}" holds`}
      hint={hint}
      validationState={wrong ? "error" : current.name === undefined ? "warning" : "none"}
      validationMessage={
        wrong
          ? `Name the period with its year, such as Q2 2024/25 or Sep 2024. Still judging it as ${current.name ?? current.label}.`
          : current.name === undefined
            ? "Nothing on the sheet says which period: type it (e.g. Q2 2024/25), or next quarter's write will take these statuses for its own."
            : undefined
      }
    >
      <Input
        value={text}
        placeholder={current.name ?? "e.g. Q2 2024/25"}
        aria-label={`The period "${current.label}" holds`}
        onChange={(_, d) => {
          setText(d.value);
          const t = d.value.trim();
          if (t === "") onValid(null);
          else if (namedPeriod(t) !== null) onValid(t);
        }}
      />
    </Field>
  );
}
