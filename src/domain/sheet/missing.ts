/**
 * The one list of words that mean "no figure for this period": the layout reads them to find the periods
 * that hold data, and judging reads them as a missing value (not an unreadable one).
 */

/** The whole text is a placeholder: `-`, `–`, `?`, `...`, `tbc`. */
export const MISSING_EXACT = /^(?:-+|–|—|\?+|\.+|[-–—?.\s]+|tbc|tba|tbd)$/i;

/** The text starts with one of these words. */
export const MISSING_START =
  /^(?:n\/?a|na|#n\/a|nil return|nil|none|not available|not yet available|not yet published|not published|no longer available|no data|data not (?:yet )?available|not in place|awaiting(?: data)?|available in|due in|to follow|not (?:yet )?(?:reported|collected|due)|no return|unavailable|pending|information not (?:yet )?available|not applicable)\b/i;

/** One of these anywhere in the text: `Not available at time of publication`, `figures not yet published`. */
export const MISSING_ANYWHERE =
  /\bnot (?:yet )?available\b|\bnot (?:yet )?published\b|\bnot available yet\b|\bno longer available\b|\bdata (?:not|un)available\b/i;

/** Text that says a figure is missing: blank, a placeholder, or one of the words above. */
export function isMissingText(text: string): boolean {
  const t = text.trim();
  return t === "" || MISSING_EXACT.test(t) || MISSING_START.test(t) || MISSING_ANYWHERE.test(t);
}
