/**
 * What the add-in keeps in a workbook (column mapping and options). Read back from the workbook it is
 * untrusted: validated here, and anything wrong falls back to detection with a warning the pane shows.
 */
import * as z from "zod/mini";
import { COLUMN_ROLES, type ColumnRole } from "../layout/scorecard";
import { STATUS_BASES } from "../reports/basis";
import { WORSENING } from "../reports/worsening";
import { columnLetters } from "../sheet/a1";
import { isToleranceText, TOLERANCE_MAX_LENGTH } from "./index";

export const SETTINGS_KEY = "kpiScorecard";
const MAX_COLUMNS = 16384;

export const KpiSettingsSchema = z.strictObject({
  version: z.literal(1),
  sheet: z.string().check(z.maxLength(31)),
  /** Column role overrides, by 1-based column number (as text: settings are JSON). */
  roles: z
    .record(z.string().check(z.regex(/^\d{1,5}$/)), z.enum(COLUMN_ROLES))
    .check(z.refine((r) => Object.keys(r).length <= 200, "too many columns")),
  current: z.optional(z.string().check(z.maxLength(100))),
  compare: z.enum(["previous", "last-year"]),
  /** A chosen comparison period's label; when present it wins over `compare`. */
  compareLabel: z.optional(z.string().check(z.maxLength(100))),
  /** Any tolerance the engine reads (the pane keeps only those): one grammar, judging/tolerance.ts. */
  tolerance: z.string().check(z.maxLength(TOLERANCE_MAX_LENGTH), z.refine(isToleranceText, "not a tolerance")),
  dotStyle: z.enum(["arrow", "word", "value"]),
  mode: z.enum(["value", "formula"]),
  recorded: z.enum(["keep", "replace"]),
  /** Which status the reports count. */
  basis: z.optional(z.enum(STATUS_BASES)),
  /** What makes an area for improvement worsening (direction of travel, or special cause concerning variation). */
  worsening: z.optional(z.enum(WORSENING)),
});

export type KpiSettings = z.infer<typeof KpiSettingsSchema>;

export const DEFAULT_SETTINGS: Omit<KpiSettings, "sheet"> = {
  version: 1,
  roles: {},
  compare: "previous",
  tolerance: "5%",
  dotStyle: "arrow",
  mode: "value",
  recorded: "keep",
};

export type SettingsReading =
  { kind: "none" } | { kind: "ok"; settings: KpiSettings } | { kind: "invalid"; warning: string };

const SETTING_WORDS: Record<string, string> = {
  version: "the settings' version",
  sheet: "the sheet name",
  roles: "the column roles",
  current: "the current period",
  compare: "the comparison",
  compareLabel: "the comparison period",
  tolerance: "the tolerance for near target",
  dotStyle: "the direction of travel style",
  mode: "symbols or formulas",
  recorded: "keep or replace",
  basis: "which statuses the reports count",
};

/** Which saved setting is wrong, in an officer's words ("the role saved for column C"), not "roles.3". */
function settingWords(path: readonly PropertyKey[]): string {
  const [key, column] = path;
  if (
    key === "roles" &&
    typeof column === "string" &&
    /^\d{1,5}$/.test(column) &&
    Number(column) >= 1 &&
    Number(column) <= MAX_COLUMNS
  ) {
    return `the role saved for column ${columnLetters(Number(column))}`;
  }
  if (typeof key === "string") return SETTING_WORDS[key] ?? "a setting KPI Scorecard does not know";
  return "";
}

/** Read settings as stored (a JSON string or an object). Never throws. */
export function readSettings(stored: unknown): SettingsReading {
  if (stored === null || stored === undefined || stored === "") return { kind: "none" };
  let value: unknown = stored;
  if (typeof stored === "string") {
    if (stored.length > 100_000)
      return {
        kind: "invalid",
        warning: "The saved KPI Scorecard settings are too large to be ours; the layout was detected afresh.",
      };
    try {
      value = JSON.parse(stored);
    } catch {
      return {
        kind: "invalid",
        warning: "The saved KPI Scorecard settings could not be read; the layout was detected afresh.",
      };
    }
  }
  const parsed = KpiSettingsSchema.safeParse(value);
  if (!parsed.success) {
    const where = settingWords(parsed.error.issues[0]?.path ?? []);
    return {
      kind: "invalid",
      warning: `The saved KPI Scorecard settings were not valid${where === "" ? "" : `: ${where}`}; the layout was detected afresh.`,
    };
  }
  const columns = Object.keys(parsed.data.roles).map(Number);
  if (columns.some((c) => c < 1 || c > MAX_COLUMNS)) {
    return {
      kind: "invalid",
      warning: "The saved KPI Scorecard settings name columns outside the sheet; the layout was detected afresh.",
    };
  }
  return { kind: "ok", settings: parsed.data };
}

export function roleOverrides(settings: KpiSettings): Record<number, ColumnRole> {
  return Object.fromEntries(Object.entries(settings.roles).map(([c, r]) => [Number(c), r]));
}
