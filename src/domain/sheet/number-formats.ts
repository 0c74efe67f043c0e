/** What an Excel number format says about its cell. */

/** True when a number format shows a date (`dd/mm/yyyy`, `mmm-yy`), not a figure. */
export function isDateFormat(format: string): boolean {
  const f = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .toLowerCase();
  if (f === "general" || f === "@") return false;
  return /[dmy]/.test(f) && !/[0#?]/.test(f);
}
