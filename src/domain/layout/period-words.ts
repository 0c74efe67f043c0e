/** How the engine writes a period's parts: a financial year as councils write it, and short month names. */

/** `2023/24` for the financial (or academic) year starting in 2023. */
export const financialYear = (year: number): string => `${year}/${String((year + 1) % 100).padStart(2, "0")}`;

export const MONTH_SHORT = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;
