/** Reporting frequency as the summary groups it: "Monthly (Academic Year)" is monthly, "Academic Year" is annual. */
export const FREQUENCIES = ["monthly", "quarterly", "termly", "6 monthly", "annual", "biennial", "other"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export function normaliseFrequency(text: string | null): Frequency {
  const t = (text ?? "").toLowerCase();
  if (/month/.test(t) && !/6|six|half/.test(t)) return "monthly";
  if (/quarter/.test(t)) return "quarterly";
  if (/term/.test(t)) return "termly";
  if (/6|six|half|bi-?annual/.test(t)) return "6 monthly";
  if (/biennial|two.?year|2.?year/.test(t)) return "biennial";
  if (/annual|year/.test(t)) return "annual";
  return "other";
}
