/** Reporting frequency as the summary groups it: "Monthly (Academic Year)" is monthly, "Academic Year" is annual. */
export const FREQUENCIES = ["monthly", "quarterly", "termly", "6 monthly", "annual", "biennial", "other"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

// Word boundaries matter: the "6" of "2016/17" is not six-monthly.
const SIX_MONTHLY = /\b(?:6|six)[\s-]*month|\bhalf[\s-]*year|\bbi-?annual|\bsemi-?annual|\btwice (?:a|per) year/;
const BIENNIAL = /\bbiennial|\bevery (?:two|2) years|\b(?:two|2)[\s-]*yearly\b/;

export function normaliseFrequency(text: string | null): Frequency {
  const t = (text ?? "").toLowerCase().replace(/\s+/g, " ").trim();
  if (SIX_MONTHLY.test(t)) return "6 monthly";
  if (/\bmonth/.test(t)) return "monthly";
  if (/\bquarter|^qtr/.test(t)) return "quarterly";
  if (/\bterm/.test(t)) return "termly";
  if (BIENNIAL.test(t)) return "biennial";
  if (/\bannual|\byear|\bfinancial year|\bacademic/.test(t)) return "annual";
  return "other";
}
