/** How numbers are shown in reasons: `10.1%`, `94.8`, `£6.8m`, `10.33 days`, at the precision the sheet showed. */
import type { NumberReading, Unit } from "./types";

/** Round half away from zero at `decimals` places, without binary noise (0.1 + 0.2 → 0.3). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** Math.max(0, Math.min(decimals, 10));
  return Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
}

function plain(value: number, decimals: number): string {
  const d = Math.max(0, Math.min(decimals, 6));
  const r = roundTo(value, d);
  const fixed = r.toFixed(d);
  // Thousands separators for big counts, as officers write them (1,288).
  if (Math.abs(r) >= 10000) {
    const [whole, frac] = fixed.split(".");
    const grouped = (whole ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return frac === undefined ? grouped : `${grouped}.${frac}`;
  }
  return fixed;
}

/** Display a number in a unit at a given number of decimals (in the unit as displayed: percent points for percents). */
export function formatNumber(value: number, unit: Unit, decimals: number): string {
  switch (unit) {
    case "percent":
      return `${plain(value * 100, decimals)}%`;
    case "currency":
      if (Math.abs(value) >= 1_000_000 && decimals === 0 && value % 100_000 === 0) return `£${plain(value / 1_000_000, 1)}m`;
      return `£${plain(value, decimals)}`;
    case "days":
      return `${plain(value, decimals)} days`;
    default:
      return plain(value, decimals);
  }
}

export function formatReading(n: NumberReading): string {
  return formatNumber(n.value, n.unit, n.decimals);
}

/** The gap between two numbers of a unit: percents in points ("3.1 points"), others plainly. */
export function formatGap(gap: number, unit: Unit, decimals: number): string {
  if (unit === "percent") {
    const points = plain(Math.abs(gap) * 100, decimals);
    return `${points} ${points === "1" ? "point" : "points"}`;
  }
  return formatNumber(Math.abs(gap), unit === "currency" || unit === "days" ? unit : "number", decimals);
}

/** Decimal places a number needs to show itself (up to 6): 94.8 → 1, 90 → 0. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  for (let d = 1; d <= 6; d++) {
    if (Math.abs(roundTo(value, d) - value) < 1e-9) return d;
  }
  return 6;
}
