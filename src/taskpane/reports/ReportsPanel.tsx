/** Step 4: the Summary, Exceptions and Checks sheets, each written (or refreshed in place) and opened. */
import { Button, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { STATUS_BASES, type StatusBasis, type Worsening } from "../../domain/reports";
import { WorseningField } from "./WorseningField";
import { StatusBars } from "./StatusBars";
import type { ReportKind } from "../../domain/plan/workbook-plan";
import type { ScoreResult } from "../../domain/pipeline";
import { REPORT_KINDS, REPORT_NAMES } from "./report-sheet";
import { useFitStyles } from "../styles";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const WHAT: Record<ReportKind, (r: ScoreResult) => string> = {
  summary: (r) => `status and direction counts for ${r.measures.length} measures, by group and frequency`,
  exceptions: (r) =>
    `${r.redFlags.length} red flags and ${r.exceptions.length} areas for improvement, with the Cabinet line`,
  checks: (r) => `${r.checks.length} things to fix before publishing`,
};

/** Short enough to read whole in a 320-pixel pane; the hint under the box says it in full. */
const BASIS_CHOICES: Record<StatusBasis, string> = {
  "recorded-else-computed": "Recorded, else computed",
  recorded: "Recorded only",
  computed: "Computed only",
};

const BASIS_HINTS: Record<StatusBasis, string> = {
  "recorded-else-computed": "The status an officer recorded, else the one KPI Scorecard computed.",
  recorded: "Only the statuses officers recorded.",
  computed: "Only the statuses KPI Scorecard computed.",
};

export interface ReportsPanelProps {
  result: ScoreResult;
  basis: StatusBasis;
  onBasis: (basis: StatusBasis) => void;
  worsening: Worsening;
  onWorsening: (worsening: Worsening) => void;
  busy: boolean;
  written: Partial<Record<ReportKind, string>>;
  onReport: (kind: ReportKind) => void;
  onAll: () => void;
}

export function ReportsPanel({
  result,
  basis,
  onBasis,
  worsening,
  onWorsening,
  busy,
  written,
  onReport,
  onAll,
}: ReportsPanelProps) {
  const styles = useStyles();
  const fit = useFitStyles();
  const kinds: readonly ReportKind[] = REPORT_KINDS;
  return (
    <div className={styles.stack}>
      <ul style={{ margin: 0, paddingLeft: tokens.spacingHorizontalL }}>
        {kinds.map((k) => (
          <li key={k}>
            <Text size={200}>
              <strong>{REPORT_NAMES[k]}</strong>: {WHAT[k](result)}
              {written[k] === undefined ? "" : ` (in sheet "${written[k]}")`}
            </Text>
          </li>
        ))}
      </ul>
      <StatusBars groups={result.summary.byGroup} />
      <Field label="Count statuses" hint={BASIS_HINTS[basis]}>
        <Select
          className={fit.fit}
          select={{ className: fit.fit }}
          value={basis}
          onChange={(_, d) => onBasis(d.value as StatusBasis)}
        >
          {STATUS_BASES.map((b) => (
            <option key={b} value={b}>
              {BASIS_CHOICES[b]}
            </option>
          ))}
        </Select>
      </Field>
      <WorseningField value={worsening} onChange={onWorsening} />
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={onAll}>
          {kinds.every((k) => written[k] !== undefined) ? "Refresh all reports" : "All reports"}
        </Button>
        {kinds.map((k) => (
          <Button key={k} disabled={busy} onClick={() => onReport(k)}>
            {written[k] === undefined ? REPORT_NAMES[k] : `Refresh ${REPORT_NAMES[k]}`}
          </Button>
        ))}
      </div>
      <Text size={200}>
        Report sheets are refreshed in place each time, never deleted, so Excel&apos;s undo history is kept.
      </Text>
    </div>
  );
}
