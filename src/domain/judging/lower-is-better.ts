/**
 * What is plainly lower-is-better, from a measure's own words, for sheets that give no polarity.
 * Each entry is a thing a performance officer anywhere would want less of. A title that is about doing
 * such a thing well ("% of complaints responded to within 10 days", "% reduction in fly-tipping") is
 * not read from here: it says which way is good in other words, so no entry fires on it.
 */

/** The phrase each entry is reported as, and what it matches (lower case, single spaces). */
export const LOWER_IS_BETTER: readonly { phrase: string; test: RegExp }[] = [
  { phrase: "sickness absence", test: /\bsickness\b/ },
  { phrase: "days lost", test: /\bdays?\b(?:\s+\([^)]*\))?\s+lost\b|\blost\s+(?:working\s+)?days?\b/ },
  {
    phrase: "time taken",
    test: /\btime\b(?:\s+\([^)]*\))?\s+taken\b|\baverage\s+(?:time|number of days)\b|\bdays\s+to\s+(?:process|re-?let|relet|complete|clear)\b/,
  },
  { phrase: "waiting", test: /\bwaiting\b|\bwait(?:s|ed)?\s+(?:time|list|for)\b/ },
  { phrase: "delayed", test: /\bdelay(?:s|ed)?\b/ },
  { phrase: "missed collections", test: /\bmissed\s+(?:bins?|collections?)\b|\bcollections?\s+missed\b/ },
  { phrase: "complaints", test: /\bcomplaints?\b/ },
  { phrase: "upheld appeals", test: /\bappeals?\s+(?:\w+\s+)?upheld\b|\bupheld\b/ },
  { phrase: "NEET", test: /\bneet\b|\bnot in education,? employment or training\b/ },
  { phrase: "re-offending", test: /\bre-?offend(?:ing|ers?)?\b/ },
  { phrase: "vacancies", test: /\bvacanc(?:y|ies)\b|\bvoid\s+(?:properties|homes|rate)\b/ },
  { phrase: "arrears", test: /\barrears\b/ },
  { phrase: "temporary accommodation", test: /\btemporary accommodation\b|\bbed\s*(?:and|&)\s*breakfast\b/ },
  { phrase: "fly-tipping incidents", test: /\bfly[-\s]?tip(?:ping|s)?\b/ },
  { phrase: "rough sleeping", test: /\brough\s+sleep(?:ing|ers?)\b/ },
  { phrase: "staff turnover", test: /\b(?:staff\s+)?turnover\b/ },
  { phrase: "emergency readmissions", test: /\bre-?admissions?\b/ },
];

/** Words that say the measure counts doing the thing well, so a lexicon word in it is no guide. */
const DONE_WELL =
  /\bwithin\b|\bon time\b|\bin time\b|\bresponded\b|\bresolved\b|\banswered\b|\bcompleted\b|\bdealt with\b|\bsatisf|\breduc|\bprevent|\bcleared\b|\bremoved\b|\bprocessed\b|\bdecided\b|\bcollected\b|\brecover/;

/** The lexicon phrase a title plainly names, or null. */
export function lowerIsBetterPhrase(title: string): string | null {
  const t = title.toLowerCase().replace(/\s+/g, " ");
  if (t === "" || t.length > 500) return null;
  const hit = LOWER_IS_BETTER.find((entry) => entry.test.test(t));
  if (hit === undefined) return null;
  // "Time taken to process new claims" is lower-is-better even though it names processing: time wins.
  if (
    hit.phrase !== "time taken" &&
    hit.phrase !== "days lost" &&
    hit.phrase !== "sickness absence" &&
    DONE_WELL.test(t)
  )
    return null;
  return hit.phrase;
}
