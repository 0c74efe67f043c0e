/** Step 5: put back what the last write replaced, or freeze KPI formulas before sharing the workbook. */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { RestorePoint } from "../gateway";
import { savedAtWords } from "../words";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

export interface RestorePanelProps {
  point: RestorePoint | null;
  busy: boolean;
  onRestore: () => void;
  onConvert: () => void;
}

export function RestorePanel({ point, busy, onRestore, onConvert }: RestorePanelProps) {
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      <Text size={200} data-testid="restore-point">
        {point === null
          ? "No restore point in this workbook: KPI Scorecard keeps one each time it writes, until it is used."
          : `Last write ${savedAtWords(point.savedAt)}: ${point.cells.toLocaleString("en-GB")} cells on sheet "${point.sheet}" can be put back exactly as they were.`}
      </Text>
      <Button disabled={busy || point === null} onClick={onRestore}>
        Restore previous
      </Button>
      <Text size={200}>
        Before sharing the workbook with someone who does not have KPI Scorecard, turn its =KPI formulas into plain
        values.
      </Text>
      <Button disabled={busy} onClick={onConvert}>
        Convert formulas to values
      </Button>
    </div>
  );
}
