/**
 * The SPC view in Preview: a variation and an assurance badge beside each measure (Making Data Count's
 * icon text on its colour: blue improving, orange concerning, grey common cause; the words in the label,
 * never colour alone), their reasons, and the filter by variation class.
 */
import { Caption1, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { MeasureAssessment } from "../../domain/assessment/types";
import { ASSURANCE_WORDS, VARIATION_WORDS, type Assurance, type Variation } from "../../domain/judging/spc";
import { isSignalFilter, SIGNAL_FILTERS, SIGNAL_FILTER_WORDS, type SignalFilter } from "./signal-filter";
import { useFitStyles } from "../styles";

const useStyles = makeStyles({
  badges: { display: "inline-flex", gap: tokens.spacingHorizontalXXS, marginTop: tokens.spacingVerticalXXS },
  badge: {
    display: "inline-flex",
    alignItems: "center",
    minWidth: "22px",
    height: "18px",
    paddingLeft: "4px",
    paddingRight: "4px",
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusCircular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
    // Light fills in any theme, so the text stays dark on them.
    color: "#1b1b1b",
  },
});

const VARIATION_FILL: Record<Variation, string> = {
  "common-cause": "#E1E1E1",
  "special-cause-improving": "#C7DCF5",
  "special-cause-concerning": "#FBD9B5",
  "special-cause-high": "#E8DDF4",
  "special-cause-low": "#E8DDF4",
  "not-enough-data": "#FFFFFF",
};
const ASSURANCE_FILL: Record<Assurance, string> = {
  "consistently-met": "#C7DCF5",
  "consistently-missed": "#FBD9B5",
  "hit-and-miss": "#E1E1E1",
  "no-target": "#FFFFFF",
  "not-enough-data": "#FFFFFF",
};

export function SignalBadges({ m }: { m: MeasureAssessment }) {
  const styles = useStyles();
  const { spc } = m;
  const variation = `Variation: ${VARIATION_WORDS[spc.variation]}`;
  const assurance = `Assurance: ${ASSURANCE_WORDS[spc.assurance]}`;
  return (
    <span className={styles.badges} data-variation={spc.variation} data-assurance={spc.assurance}>
      <span
        className={styles.badge}
        style={{ backgroundColor: VARIATION_FILL[spc.variation] }}
        role="img"
        aria-label={variation}
        title={variation}
      >
        {spc.icons.variation}
      </span>
      <span
        className={styles.badge}
        style={{ backgroundColor: ASSURANCE_FILL[spc.assurance] }}
        role="img"
        aria-label={assurance}
        title={assurance}
      >
        {spc.icons.assurance}
      </span>
    </span>
  );
}

export function SignalReasons({ m }: { m: MeasureAssessment }) {
  return (
    <>
      <Caption1>
        <strong>Variation:</strong> {m.spc.variationReason}
      </Caption1>
      <Caption1>
        <strong>Assurance:</strong> {m.spc.assuranceReason}
      </Caption1>
    </>
  );
}

export function SignalFilterField({
  value,
  counts,
  onChange,
}: {
  value: SignalFilter;
  counts: Record<SignalFilter, number>;
  onChange: (f: SignalFilter) => void;
}) {
  const fit = useFitStyles();
  return (
    <Field label="Variation (signal or noise)">
      <Select
        className={fit.fit}
        select={{ className: fit.fit }}
        value={value}
        onChange={(_, d) => {
          if (isSignalFilter(d.value)) onChange(d.value);
        }}
      >
        {SIGNAL_FILTERS.map((f) => (
          <option key={f} value={f}>
            {SIGNAL_FILTER_WORDS[f]} ({counts[f]})
          </option>
        ))}
      </Select>
    </Field>
  );
}
