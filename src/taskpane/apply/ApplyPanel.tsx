/** Step 3: write statuses and directions of travel, only where the officer agrees, with a restore point first. */
import {
  Button,
  Field,
  makeStyles,
  ProgressBar,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { ScoreResult } from "../../domain/pipeline";
import type { RecordedChoice, WriteMode } from "../../domain/plan/writeback";
import type { RestorePoint } from "../gateway";
import { MAX_POINTS } from "../restore/points";
import type { PaneOptions } from "../scorecard/options";
import { plural, savedAtWords } from "../words";
import { writeCounts, writeLabel } from "./write-counts";
import { nextWriteWords } from "./messages";
import { describePlace, writePlaces } from "./write-places";
import { statusWordsOf } from "../../domain/plan/status-words";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  places: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ApplyPanelProps {
  result: ScoreResult;
  options: PaneOptions;
  /** Any workbook operation under way: the buttons wait. */
  busy: boolean;
  /** This panel's write under way: the progress bar shows. */
  applying: boolean;
  progress: { done: number; total: number } | null;
  /** The restore point this write will replace, if any. */
  restorePoint: RestorePoint | null;
  /** A write was made this session: say what the next one would do rather than the restore-point text. */
  written: boolean;
  onOptions: (patch: Partial<PaneOptions>) => void;
  onApply: () => void;
}

export function ApplyPanel({
  result,
  options,
  busy,
  applying,
  progress,
  restorePoint,
  written,
  onOptions,
  onApply,
}: ApplyPanelProps) {
  const styles = useStyles();
  const { keptStatuses: recordedStatuses, keptDirections: recordedDots } = writeCounts(result.measures, "keep");
  const counts = writeCounts(result.measures, options.recorded);
  const places = writePlaces(result);
  // A status column kept in words is written in its words (status-words.ts): the choice says which.
  const words = result.tables.map(statusWordsOf).find((w) => Object.keys(w).length > 0);
  const statusesAs =
    words === undefined
      ? "Symbols (✓ ● ✘"
      : `The sheet's own words (${[words["on-target"], words["near-target"], words["off-target"]].join(", ")}`;
  const nothing = counts.statuses + counts.directions === 0;
  // With the workbook's record, cells are known as the tool's own (refreshed) or an officer's (kept unless replaced).
  const withRecord = result.quarter.bindings.some((b) => b.status !== "first-run" && b.status !== "empty");
  const toolOwn = result.quarter.bindings.filter((b) => b.status === "tool").length;

  return (
    <div className={styles.stack}>
      <Field label="Write">
        <RadioGroup value={options.mode} onChange={(_, d) => onOptions({ mode: d.value as WriteMode })}>
          <Radio
            value="value"
            label={`${statusesAs} and ${options.dotStyle === "word" ? "Improved, Stable, Worse" : "arrows"})`}
          />
          <Radio
            value="formula"
            label="Live formulas (=KPI.STATUS, =KPI.DOT) that update with the figures; colleagues without KPI Scorecard see #NAME? until you convert them to values"
          />
        </RadioGroup>
      </Field>
      {toolOwn > 0 && (
        <Text size={200} data-testid="tool-own">
          {`${plural(toolOwn, "status", "statuses")} in the sheet ${toolOwn === 1 ? "is" : "are"} the tool's own from an earlier write: ${toolOwn === 1 ? "it refreshes" : "they refresh"} for this period.`}
        </Text>
      )}
      {recordedStatuses + recordedDots > 0 && (
        <Field
          label={
            withRecord
              ? `Officers' judgements in the sheet: ${plural(recordedStatuses, "status", "statuses")}, ${plural(recordedDots, "direction", "directions")}`
              : `Already in the sheet: ${recordedStatuses} statuses, ${recordedDots} directions`
          }
        >
          <RadioGroup value={options.recorded} onChange={(_, d) => onOptions({ recorded: d.value as RecordedChoice })}>
            <Radio value="keep" label={withRecord ? "Keep them (each shown beside the computed one)" : "Keep them"} />
            <Radio
              value="replace"
              label={
                withRecord
                  ? "Replace officers' statuses too, with the computed ones"
                  : "Replace them with the computed ones"
              }
            />
          </RadioGroup>
        </Field>
      )}
      {options.mode === "formula" && result.plan.symbolsNotFormulas > 0 && (
        <Text size={200} data-testid="symbols-not-formulas">
          {result.plan.symbolsNotFormulas.toLocaleString("en-GB")}{" "}
          {result.plan.symbolsNotFormulas === 1 ? "cell gets its symbol" : "cells get their symbols"} instead of a
          formula: a formula sees only the value, target and polarity, so it would not reach the same judgement (a
          cumulative, relative or benchmark target, tolerance bands, an in-year measure, a figure that cannot be read).
        </Text>
      )}
      <div>
        <Text weight="semibold">Where it writes</Text>
        <ul className={styles.places} aria-label="Where it writes">
          {places.map((p) => (
            <li key={`${p.sheet}-${p.firstRow}`}>
              <Text size={200}>{describePlace(p)}</Text>
            </li>
          ))}
        </ul>
        {written ? (
          <Text size={200} data-testid="next-write">
            {nextWriteWords(counts)}
          </Text>
        ) : (
          <Text size={200}>
            Besides these cells it adds colour rules to the same columns (and headings where it adds columns); nothing
            else in your sheet changes. What these cells hold now is kept in the workbook, so Restore can put it back
            {restorePoint === null
              ? "."
              : `, as a new restore point beside the one of ${savedAtWords(restorePoint.savedAt)} (the newest ${MAX_POINTS} are kept).`}
          </Text>
        )}
      </div>
      {applying && (
        // Until the first chunk is written the bar cannot say how far: it moves without a value.
        <Field
          label={
            progress === null || progress.total === 0
              ? "Keeping what is there, then writing…"
              : `Writing… ${progress.done.toLocaleString("en-GB")} of ${progress.total.toLocaleString("en-GB")} rows`
          }
        >
          {progress === null || progress.total === 0 ? (
            <ProgressBar />
          ) : (
            <ProgressBar value={progress.done / progress.total} />
          )}
        </Field>
      )}
      <div>
        <Button
          appearance="primary"
          disabled={busy || nothing}
          onClick={onApply}
          icon={applying ? <Spinner size="tiny" /> : undefined}
        >
          {writeLabel(counts)}
        </Button>
      </div>
    </div>
  );
}
