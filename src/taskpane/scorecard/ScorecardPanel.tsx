/** Step 1: find the scorecard, show what was understood, and let the officer correct it. */
import { useEffect, useState } from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  Link,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { columnLetters } from "../../domain/sheet/a1";
import { COLUMN_ROLES, type ColumnRole, type CompareChoice, type ScorecardTable } from "../../domain/layout/scorecard";
import type { ScoreResult } from "../../domain/pipeline";
import type { DotStyle } from "../../domain/plan/writeback";
import { labelOf, periodLabels, toleranceProblem, type PaneOptions, type Scope } from "./options";
import { DOT_STYLE_WORDS, ROLE_WORDS } from "../words";
import { useFitStyles } from "../styles";
import { rolesSummary } from "./roles-summary";
import { isPositionPeriod } from "../../domain/layout/position-periods";
import { PeriodNameField } from "./PeriodNameField";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  roles: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, alignItems: "flex-start" },
  needs: { margin: 0, paddingLeft: tokens.spacingHorizontalL },

  letter: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalXS },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

export interface ScorecardPanelProps {
  result: ScoreResult | null;
  sheet: string | null;
  options: PaneOptions;
  busy: boolean;
  onFind: (scope: Scope) => void;
  onOptions: (patch: Partial<PaneOptions>) => void;
  onNext: () => void;
}

const COMPARE_PREVIOUS = "previous";
const COMPARE_LAST_YEAR = "last-year";

function compareValue(c: CompareChoice): string {
  return c.kind === "label" ? `label:${c.label}` : c.kind;
}

function compareFrom(value: string): CompareChoice {
  if (value === COMPARE_PREVIOUS || value === COMPARE_LAST_YEAR) return { kind: value };
  return { kind: "label", label: value.replace(/^label:/, "") };
}

// Short enough for a 320-pixel pane: the group's name, its row and size said under the field.
function tableName(t: ScorecardTable, i: number): string {
  const name = t.group ?? `Table at row ${t.headerRows[t.headerRows.length - 1] ?? "?"}`;
  return `${i + 1}. ${name.length > 24 ? `${name.slice(0, 23)}…` : name}`;
}

/** Before anything is read: what the pane looks for, so an officer knows what to select. */
function EmptyState() {
  const styles = useStyles();
  return (
    <div data-testid="empty-state">
      <Text size={200}>A scorecard is a table with one measure a row. KPI Scorecard needs:</Text>
      <ul className={styles.needs}>
        <li>
          <Text size={200}>a header row with a Measure (or Indicator) or Ref No. column;</Text>
        </li>
        <li>
          <Text size={200}>a Target, or period columns such as Q2 Jul - Sep 2023/24, Apr-19 or Year end 2022/23;</Text>
        </li>
        <li>
          <Text size={200}>optionally Good performance (high or low), Overall status and DOT columns.</Text>
        </li>
      </ul>
      <Text size={200}>
        Open the sheet, or select the table, then choose Find scorecard.{" "}
        <Link href="help.html" target="_blank" rel="noopener">
          How it reads a scorecard
        </Link>
      </Text>
    </div>
  );
}

function ToleranceField({ value, onValid }: { value: string; onValid: (t: string) => void }) {
  // The field keeps what is typed; only a tolerance the engine reads reaches the options.
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const problem = toleranceProblem(text);
  return (
    <Field
      label="Near target (●) when within"
      hint="5% of the target, 2pp for percentage points, 0 for on/off only, or your rule: green within 5%, amber within 10%"
      validationState={problem === null ? "none" : "error"}
      validationMessage={problem === null ? undefined : `${problem} Still judging within ${value}.`}
    >
      <Input
        value={text}
        onChange={(_, d) => {
          setText(d.value);
          if (toleranceProblem(d.value) === null) onValid(d.value.trim() === "" ? "5%" : d.value.trim());
        }}
      />
    </Field>
  );
}

export function ScorecardPanel({ result, sheet, options, busy, onFind, onOptions, onNext }: ScorecardPanelProps) {
  const styles = useStyles();
  const fit = useFitStyles();
  const [tableIndex, setTableIndex] = useState(0);
  const [correcting, setCorrecting] = useState(false);
  const tables = result?.tables.map((t) => t.table) ?? [];
  const table = tables[Math.min(tableIndex, tables.length - 1)];
  const measures = result?.measures.length ?? 0;
  const labels = periodLabels(tables);
  const autoCurrent = labelOf(tables[0]?.current);

  const setRole = (column: number, role: ColumnRole) => onOptions({ roles: { ...options.roles, [column]: role } });

  return (
    <div className={styles.stack}>
      <Field label="Look in">
        <RadioGroup
          layout="horizontal"
          value={options.scope}
          onChange={(_, d) => onOptions({ scope: d.value as Scope })}
        >
          <Radio value="used-range" label="Whole sheet" />
          <Radio value="selection" label="Selection" />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        {/* One primary button a panel: Find until something is found, then Preview. */}
        <Button
          appearance={result === null ? "primary" : "secondary"}
          onClick={() => onFind(options.scope)}
          disabled={busy}
          icon={busy ? <Spinner size="tiny" /> : undefined}
        >
          {busy ? "Reading the sheet…" : result === null ? "Find scorecard" : "Find again"}
        </Button>
      </div>
      {result === null && !busy && <EmptyState />}

      {result !== null && tables.length > 0 && table !== undefined && (
        <>
          <Text role="status" data-testid="found">
            Sheet <strong>{sheet}</strong>: {tables.length} {tables.length === 1 ? "table" : "tables"},{" "}
            {measures.toLocaleString("en-GB")} {measures === 1 ? "measure" : "measures"}.
          </Text>
          {tables.length > 1 && (
            <Field
              label="Table"
              hint={`${table.group ?? "Table"}: header row ${table.headerRows[table.headerRows.length - 1] ?? "?"}, ${table.measures.length} ${table.measures.length === 1 ? "measure" : "measures"}`}
            >
              <Select
                className={fit.fit}
                select={{ className: fit.fit }}
                value={String(tableIndex)}
                onChange={(_, d) => setTableIndex(Number(d.value))}
              >
                {tables.map((t, i) => (
                  <option key={`${t.headerRows.join("-")}`} value={i}>
                    {tableName(t, i)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <div className={styles.summary}>
            <Caption1 data-testid="roles-summary">Columns: {rolesSummary(table)}</Caption1>
            <Button size="small" aria-expanded={correcting} onClick={() => setCorrecting(!correcting)}>
              {correcting ? "Done correcting" : "Correct columns…"}
            </Button>
          </div>
          {correcting && (
            <>
              <div>
                <Caption1>How it was found:</Caption1>
                <ul className={styles.reasons}>
                  {table.reasons.map((r) => (
                    <li key={r}>
                      <Caption1>{r}</Caption1>
                    </li>
                  ))}
                </ul>
              </div>
              <ul className={styles.roles} aria-label="Column roles">
                {table.columns.map((c) => (
                  <li key={c.column}>
                    <Field
                      size="small"
                      label={
                        <span title={c.header}>
                          <span className={styles.letter}>{columnLetters(c.column)}</span>
                          {c.header === "" ? "(no header)" : c.header}
                        </span>
                      }
                    >
                      <Select
                        className={fit.fit}
                        select={{ className: fit.fit }}
                        size="small"
                        aria-label={`Column ${columnLetters(c.column)} ${c.header} is read as`}
                        value={c.role}
                        onChange={(_, d) => setRole(c.column, d.value as ColumnRole)}
                      >
                        {COLUMN_ROLES.map((r) => (
                          <option key={r} value={r}>
                            {ROLE_WORDS[r]}
                          </option>
                        ))}
                      </Select>
                    </Field>
                  </li>
                ))}
              </ul>
            </>
          )}
          {/* Before the period options, so that it is in view at 320×700 without scrolling. */}
          <div>
            <Button appearance="primary" onClick={onNext}>
              Preview {measures.toLocaleString("en-GB")} {measures === 1 ? "measure" : "measures"}
            </Button>
          </div>
          {Object.keys(options.roles).length > 0 && (
            <div>
              <Button size="small" onClick={() => onOptions({ roles: {} })}>
                Undo column changes
              </Button>
            </div>
          )}

          <Field label="Current period">
            <Select
              className={fit.fit}
              select={{ className: fit.fit }}
              value={options.current ?? ""}
              onChange={(_, d) => onOptions({ current: d.value === "" ? null : d.value })}
            >
              <option value="">{autoCurrent === null ? "Latest with data" : `Latest: ${autoCurrent}`}</option>
              {labels.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </Select>
          </Field>
          {tables[0]?.current != null && isPositionPeriod(tables[0].current.label) && (
            <PeriodNameField
              current={tables[0].current}
              asked={options.periodName}
              onValid={(periodName) => onOptions({ periodName })}
            />
          )}
          <Field label="Compare with">
            <Select
              className={fit.fit}
              select={{ className: fit.fit }}
              value={compareValue(options.compare)}
              onChange={(_, d) => onOptions({ compare: compareFrom(d.value) })}
            >
              <option value={COMPARE_PREVIOUS}>The previous period</option>
              <option value={COMPARE_LAST_YEAR}>The same period last year</option>
              {labels.map((l) => (
                <option key={l} value={`label:${l}`}>
                  {l}
                </option>
              ))}
            </Select>
          </Field>
          <ToleranceField value={options.tolerance} onValid={(tolerance) => onOptions({ tolerance })} />
          <Field label="Direction of travel shown as">
            <Select
              className={fit.fit}
              select={{ className: fit.fit }}
              value={options.dotStyle}
              onChange={(_, d) => onOptions({ dotStyle: d.value as DotStyle })}
            >
              {(Object.keys(DOT_STYLE_WORDS) as DotStyle[]).map((s) => (
                <option key={s} value={s}>
                  {DOT_STYLE_WORDS[s]}
                </option>
              ))}
            </Select>
          </Field>
        </>
      )}
    </div>
  );
}
