/**
 * Statuses by group as small stacked bars (SVG), in the colours and order of the Summary's chart: what the
 * Summary's "Status by group" chart will show, before it is written.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { STATUS_CHART_COLOURS } from "../../domain/judging/fills";
import { STATUSES, type Status } from "../../domain/judging/types";
import type { Breakdown } from "../../domain/reports";
import { statusLegend } from "../../domain/reports/charts";
import { STATUS_SHORT } from "../words";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: "6px" },
  name: { display: "block", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  key: { display: "inline-flex", alignItems: "center", gap: "4px" },
  swatch: { width: "10px", height: "10px", display: "inline-block", border: `1px solid ${tokens.colorNeutralStroke2}` },
});

/** "3 off target, 1 near target" */
export function groupWords(b: Breakdown): string {
  const parts = STATUSES.filter((s) => b.current.status[s] > 0).map(
    (s) => `${b.current.status[s]} ${STATUS_SHORT[s].toLowerCase()}`,
  );
  return `${b.name}: ${parts.length === 0 ? "no measures" : parts.join(", ")}`;
}

export function StatusBars({ groups }: { groups: readonly Breakdown[] }) {
  const styles = useStyles();
  if (groups.length === 0) return null;
  const widest = Math.max(1, ...groups.map((g) => g.current.total));
  const shown: Status[] = STATUSES.filter((s) => groups.some((g) => g.current.status[s] > 0));
  return (
    <figure style={{ margin: 0 }} aria-label="Status by group" data-chart="status-by-group">
      <Caption1 as="p" style={{ margin: `0 0 ${tokens.spacingVerticalXS}` }}>
        <strong>Status by group</strong> (the Summary&apos;s chart)
      </Caption1>
      <ul className={styles.list}>
        {groups.map((g) => {
          let x = 0;
          return (
            <li key={g.name}>
              <Caption1 className={styles.name} title={g.name}>
                {g.name}
              </Caption1>
              <svg
                width="100%"
                height="10"
                viewBox={`0 0 ${widest} 10`}
                preserveAspectRatio="none"
                role="img"
                aria-label={groupWords(g)}
              >
                {STATUSES.map((s) => {
                  const n = g.current.status[s];
                  if (n === 0) return null;
                  const rect = (
                    <rect key={s} x={x} y={0} width={n} height={10} fill={STATUS_CHART_COLOURS[s]} data-status={s} />
                  );
                  x += n;
                  return rect;
                })}
              </svg>
            </li>
          );
        })}
      </ul>
      <ul className={styles.legend} aria-label="Key">
        {shown.map((s) => (
          <li key={s} className={styles.key}>
            <span className={styles.swatch} style={{ backgroundColor: STATUS_CHART_COLOURS[s] }} />
            <Caption1>{statusLegend(s)}</Caption1>
          </li>
        ))}
      </ul>
    </figure>
  );
}
