/** The "areas for improvement" choice: worsening by direction of travel, or only special cause concerning variation. */
import { Field, Select } from "@fluentui/react-components";
import { WORSENING, WorseningSchema, type Worsening } from "../../domain/reports";
import { useFitStyles } from "../styles";

/** Short enough to read whole in a 320-pixel pane; the hint under the box says it in full. */
const CHOICES: Record<Worsening, string> = {
  direction: "Worse than last period",
  "special-cause": "Special cause concerning",
};

const HINTS: Record<Worsening, string> = {
  direction: "Off target and worse than last period.",
  "special-cause": "Off target with special cause concerning variation (leaves noise out).",
};

export function WorseningField({ value, onChange }: { value: Worsening; onChange: (w: Worsening) => void }) {
  const fit = useFitStyles();
  return (
    <Field label="Areas for improvement" hint={HINTS[value]}>
      <Select
        className={fit.fit}
        select={{ className: fit.fit }}
        value={value}
        onChange={(_, d) => {
          // The choice comes from the page: read it as any other untrusted input.
          const read = WorseningSchema.safeParse(d.value);
          if (read.success) onChange(read.data);
        }}
      >
        {WORSENING.map((w) => (
          <option key={w} value={w}>
            {CHOICES[w]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
