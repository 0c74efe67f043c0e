/** A status or direction as the key shows it: the symbol on its fill, with the words beside or in its label. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { DOT_ARROWS, STATUS_SYMBOLS, statusFill } from "../domain/judging";
import { FILL_COLOURS } from "../domain/plan/workbook-plan";
import type { Direction, Status } from "../domain/judging/types";
import { DOT_FILLS } from "../domain/plan/writeback";
import { DOT_SHORT, STATUS_SHORT } from "./words";

const useStyles = makeStyles({
  badge: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    minWidth: "22px",
    height: "22px",
    paddingLeft: "3px",
    paddingRight: "3px",
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusMedium,
    // The key's fills are light in any theme, so the symbol stays dark on them.
    color: "#1b1b1b",
    fontWeight: tokens.fontWeightSemibold,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    flexShrink: 0,
  },
});

export function StatusBadge({ status, prefix = "" }: { status: Status; prefix?: string }) {
  const styles = useStyles();
  const fill = statusFill(status);
  return (
    <span
      className={styles.badge}
      style={{ backgroundColor: fill === "none" ? undefined : FILL_COLOURS[fill] }}
      role="img"
      aria-label={`${prefix}${STATUS_SHORT[status]}`}
      title={`${prefix}${STATUS_SHORT[status]}`}
    >
      {STATUS_SYMBOLS[status]}
    </span>
  );
}

export function DotBadge({ dot }: { dot: Direction }) {
  const styles = useStyles();
  const fill = DOT_FILLS[dot];
  return (
    <span
      className={styles.badge}
      style={{ backgroundColor: FILL_COLOURS[fill] }}
      role="img"
      aria-label={`Direction of travel: ${DOT_SHORT[dot]}`}
      title={DOT_SHORT[dot]}
    >
      {DOT_ARROWS[dot]}
    </span>
  );
}
