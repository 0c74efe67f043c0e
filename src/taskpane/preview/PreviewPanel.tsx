/** Step 2: every measure as judged, with what the officer recorded where it differs, and filters. */
import { useState } from "react";
import { Button, Caption1, makeStyles, mergeClasses, Text, ToggleButton, tokens } from "@fluentui/react-components";
import type { MeasureAssessment } from "../../domain/assessment/types";
import { STATUSES, type Status } from "../../domain/judging/types";
import { DOT_ARROWS, STATUS_SYMBOLS } from "../../domain/judging";
import { countStatuses } from "../../domain/reports";
import {
  differsFromRecorded,
  FILTER_WORDS,
  FILTERS,
  filterCounts,
  filterMeasures,
  type PreviewFilter,
} from "./filters";
import { DotBadge, StatusBadge } from "../Badges";
import { STATUS_SHORT } from "../words";
import { SignalBadges, SignalFilterField, SignalReasons } from "./Signal";
import type { MeasureBinding, MeasureKey } from "../../domain/ledger";
import type { ListedOverride } from "./overrides";
import type { OverrideInput } from "./useOverrides";
import { OverrideForm } from "./OverrideForm";
import { ownershipWords } from "./ownership";
import { Sparkline } from "./Sparkline";
import { matchesSignal, signalCounts, type SignalFilter } from "./signal-filter";

/** Rows drawn at a time: a 5,000-measure sheet stays quick to open. */
const PAGE = 100;

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  count: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXXS },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  differs: {
    borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorderActive}`,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  summary: {
    display: "grid",
    gridTemplateColumns: "auto 1fr auto",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
    width: "100%",
    textAlign: "left",
    background: "none",
    border: "none",
    color: "inherit",
    font: "inherit",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: 0,
    paddingRight: 0,
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  text: { minWidth: 0 },
  title: { overflow: "hidden", display: "-webkit-box", WebkitLineClamp: "2", WebkitBoxOrient: "vertical" },
  ref: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  figures: { color: tokens.colorNeutralForeground2, display: "block", minWidth: 0 },
  trend: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  note: { color: tokens.colorPaletteMarigoldForeground2, display: "block", fontWeight: tokens.fontWeightSemibold },
  owner: { color: tokens.colorNeutralForeground2, display: "block", fontStyle: "italic" },
  override: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  detail: {
    paddingLeft: "30px",
    paddingBottom: tokens.spacingVerticalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
});

function figures(m: MeasureAssessment): string {
  const value = m.current === null || m.current.raw === "" ? "no figure" : m.current.raw;
  const target = m.targetText === "" ? "no target" : m.targetText;
  return `${value} against ${target}`;
}

/** What the officer recorded against what the engine computed, side by side, naming only what differs. */
function differenceWords(m: MeasureAssessment): string {
  const parts: string[] = [];
  if (m.recordedStatus !== null && m.recordedStatus !== m.status)
    parts.push(`status recorded ${m.recordedStatusText ?? ""}, computed ${STATUS_SYMBOLS[m.status]}`);
  if (m.recordedDot !== null && m.recordedDot !== m.dot)
    parts.push(`direction recorded ${m.recordedDotText ?? ""}, computed ${DOT_ARROWS[m.dot]}`);
  return `Differs: ${parts.join("; ")}`;
}

/** What the Preview needs of the workbook's record: whose each cell is, the overrides, and the means to set one. */
export interface PreviewRecord {
  /** Per measure, by `sheet!row`. */
  bindings: ReadonlyMap<string, MeasureBinding>;
  overrides: ListedOverride[];
  /** Periods an override can run until. */
  until: string[];
  busy: boolean;
  onSet: (m: MeasureAssessment, input: OverrideInput) => void;
  onRemove: (key: MeasureKey) => void;
}

const rowKey = (m: { sheet: string; row: number }) => `${m.sheet}!${m.row}`;

function OverridesList({ record }: { record: PreviewRecord }) {
  const styles = useStyles();
  if (record.overrides.length === 0) return null;
  return (
    <div>
      <Text weight="semibold">Overrides</Text>
      <ul className={styles.list} aria-label="Overrides">
        {record.overrides.map(({ override: o, expiresNext }) => (
          <li key={`${o.measure.sheet}-${o.measure.ref ?? o.measure.measure}`} className={styles.override}>
            <Caption1>
              <strong>{o.measure.ref ?? o.measure.measure}</strong>: {STATUS_SYMBOLS[o.status]} {STATUS_SHORT[o.status]}
              , {o.reason}. Until {o.until}
              {expiresNext ? " (expires after this period: the computed status returns then)" : ""}.
            </Caption1>
            <Button size="small" disabled={record.busy} onClick={() => record.onRemove(o.measure)}>
              Remove
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function MeasureRow({ m, record }: { m: MeasureAssessment; record: PreviewRecord | null }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [overriding, setOverriding] = useState(false);
  const owner = ownershipWords(m, record?.bindings.get(rowKey(m)));
  const differs = differsFromRecorded(m);
  const id = `measure-${m.sheet}-${m.row}`.replace(/[^A-Za-z0-9_-]/g, "_");
  return (
    <li className={mergeClasses(styles.item, differs && styles.differs)} data-row={m.row}>
      <button
        type="button"
        className={styles.summary}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <StatusBadge status={m.status} prefix="Computed: " />
        <span className={styles.text}>
          <Text weight="semibold" className={styles.title}>
            {m.measure === "" ? "(untitled measure)" : m.measure}
          </Text>
          {m.ref !== null && <Caption1 className={styles.ref}>{m.ref}</Caption1>}
          <span className={styles.trend}>
            <Caption1 className={styles.figures}>{figures(m)}</Caption1>
            <Sparkline trend={m.trend} />
          </span>
          {differs && <Caption1 className={styles.note}>{differenceWords(m)}</Caption1>}
          {owner !== null && (
            <Caption1 className={styles.owner} data-testid="owner">
              {owner}
            </Caption1>
          )}
          <SignalBadges m={m} />
        </span>
        <DotBadge dot={m.dot} />
      </button>
      {open && (
        <div id={id} className={styles.detail}>
          <Caption1>
            <strong>Status:</strong> {m.reason}
          </Caption1>
          <Caption1>
            <strong>Direction:</strong> {m.dotReason}
          </Caption1>
          <SignalReasons m={m} />
          {m.recordedStatus !== null && (
            <Caption1>
              <strong>Recorded:</strong> {m.recordedStatusText} ({STATUS_SHORT[m.recordedStatus]}); kept unless you
              choose Replace.
            </Caption1>
          )}
          {m.periodNote !== undefined && <Caption1>{m.periodNote}</Caption1>}
          {record !== null && !overriding && (
            <div>
              <Button size="small" disabled={record.busy} onClick={() => setOverriding(true)}>
                {m.override === undefined ? "Override this status…" : "Change the override…"}
              </Button>
            </div>
          )}
          {record !== null && overriding && (
            <OverrideForm
              initial={m.override?.status ?? m.status}
              until={record.until}
              busy={record.busy}
              onCancel={() => setOverriding(false)}
              onSet={(input) => {
                setOverriding(false);
                record.onSet(m, input);
              }}
            />
          )}
          <Caption1>
            Row {m.row}
            {m.current === null ? "" : ` · ${m.current.label}`}
            {m.comparison === null
              ? ""
              : ` compared with ${m.comparison.label} (${m.comparison.raw === "" ? "no figure" : m.comparison.raw})`}
          </Caption1>
        </div>
      )}
    </li>
  );
}

export function PreviewPanel({
  measures,
  record = null,
  onNext,
}: {
  measures: MeasureAssessment[];
  /** Null where the workbook cannot keep a record: no ownership lines, no overrides. */
  record?: PreviewRecord | null;
  onNext: () => void;
}) {
  const styles = useStyles();
  const [filters, setFilters] = useState<ReadonlySet<PreviewFilter>>(new Set());
  // A count badge pressed shows only the measures of that status.
  const [only, setOnly] = useState<Status | null>(null);
  const [shown, setShown] = useState(PAGE);
  const counts = countStatuses(measures.map((m) => m.status));
  const perFilter = filterCounts(measures);
  const [signal, setSignal] = useState<SignalFilter>("all");
  const visible = filterMeasures(measures, filters).filter(
    (m) => (only === null || m.status === only) && matchesSignal(m, signal),
  );

  const toggle = (f: PreviewFilter) => {
    const next = new Set(filters);
    if (next.has(f)) next.delete(f);
    else next.add(f);
    setFilters(next);
    setShown(PAGE);
  };

  return (
    <div className={styles.stack}>
      {record !== null && <OverridesList record={record} />}
      <Text size={200}>Computed by KPI Scorecard (select a count to show only those):</Text>
      <ul className={styles.counts} aria-label="Computed statuses">
        {STATUSES.map((s: Status) => (
          <li key={s} className={styles.count}>
            <ToggleButton
              size="small"
              appearance="subtle"
              checked={only === s}
              aria-label={`${STATUS_SHORT[s]}: ${counts.status[s]}. Show only these`}
              onClick={() => {
                setOnly(only === s ? null : s);
                setShown(PAGE);
              }}
            >
              <StatusBadge status={s} />
              <Text>&nbsp;{counts.status[s]}</Text>
            </ToggleButton>
          </li>
        ))}
      </ul>
      <div className={styles.filters} role="group" aria-label="Show only">
        {FILTERS.map((f) => (
          <ToggleButton key={f} size="small" checked={filters.has(f)} onClick={() => toggle(f)}>
            {FILTER_WORDS[f]} ({perFilter[f]})
          </ToggleButton>
        ))}
      </div>
      <SignalFilterField
        value={signal}
        counts={signalCounts(measures)}
        onChange={(f) => {
          setSignal(f);
          setShown(PAGE);
        }}
      />
      <Text role="status" size={200}>
        Showing {Math.min(shown, visible.length).toLocaleString("en-GB")} of {visible.length.toLocaleString("en-GB")}{" "}
        {filters.size === 0 && only === null && signal === "all" ? "measures" : "matching measures"}. Select a measure
        for the reason.
      </Text>
      <ul className={styles.list} aria-label="Measures">
        {visible.slice(0, shown).map((m) => (
          <MeasureRow key={`${m.sheet}!${m.row}`} m={m} record={record} />
        ))}
      </ul>
      {visible.length > shown && (
        <div>
          <Button size="small" onClick={() => setShown(shown + PAGE)}>
            Show {Math.min(PAGE, visible.length - shown)} more
          </Button>
        </div>
      )}
      <div>
        <Button appearance="primary" onClick={onNext}>
          Next: apply
        </Button>
      </div>
    </div>
  );
}
