/** Step 5: put back what a write replaced (the newest, or back to an older one), or freeze KPI formulas before sharing. */
import { useState } from "react";
import { Button, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import type { RestorePoint } from "../gateway";
import { savedAtWords } from "../words";
import { MAX_POINTS } from "./points";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

export interface RestorePanelProps {
  /** Newest first. */
  points: RestorePoint[];
  busy: boolean;
  /** Put back the writes down to this point. */
  onRestore: (id: string) => void;
  onConvert: () => void;
}

export function RestorePanel({ points, busy, onRestore, onConvert }: RestorePanelProps) {
  const styles = useStyles();
  const newest = points[0] ?? null;
  const [picked, setPicked] = useState<string | null>(null);
  // A point chosen before a write or a restore may be gone: the newest is then the choice.
  const chosen = points.find((p) => p.id === picked) ?? newest;
  const older = chosen !== null && newest !== null && chosen.id !== newest.id;
  const undone = chosen === null ? 0 : points.indexOf(chosen) + 1;
  return (
    <div className={styles.stack}>
      <Text size={200} data-testid="restore-point">
        {newest === null
          ? `No restore point in this workbook: KPI Scorecard keeps one each time it writes (the newest ${MAX_POINTS}), until it is used.`
          : `Last write ${savedAtWords(newest.savedAt)}: ${newest.cells.toLocaleString("en-GB")} cells on sheet "${newest.sheet}" can be put back exactly as they were.`}
      </Text>
      {points.length > 1 && (
        <RadioGroup
          aria-label="Restore points, newest first"
          data-testid="restore-points"
          value={chosen?.id ?? ""}
          onChange={(_, d) => setPicked(d.value)}
        >
          {points.map((p) => (
            <Radio key={p.id} value={p.id} label={p.label} />
          ))}
        </RadioGroup>
      )}
      {older && (
        <Text size={200} data-testid="restore-undoes">
          {`This puts back the ${undone} newest writes, newest first, so the sheet is as it was before the write of ${savedAtWords(chosen.savedAt)}. Cells changed since are left as they are.`}
        </Text>
      )}
      <Button disabled={busy || chosen === null} onClick={() => chosen !== null && onRestore(chosen.id)}>
        {older ? "Restore to before this write" : "Restore previous"}
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
