/** How numbers are shown in reasons: `10.1%`, `94.8`, `£6.8m`, `10.33 days`, at the precision the sheet showed. */
import type { NumberReading, Unit } from "./types";

/** Round half away from zero at `decimals` places, without binary noise (1.005 → 1.01, 0.1 + 0.2 → 0.3, -12.5 → -13). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** Math.max(0, Math.min(decimals, 10));
  const a = Math.round(Math.abs(value) * f * (1 + 4 * Number.EPSILON)) / f;
  return value < 0 ? -a : a;
}

const PAD = ["", "0", "00", "000", "0000", "00000", "000000"];
const POW = [1, 10, 100, 1000, 10000, 100000, 1000000];

/** Thousands separators for big counts, as officers write them (1,288,000): a loop, not a regex, since reasons are built per cell. */
function group(whole: string): string {
  let out = "";
  for (let i = whole.length; i > 0; i -= 3) out = (i > 3 ? "," : "") + whole.slice(Math.max(0, i - 3), i) + out;
  return out;
}

/** `value` at `decimals` places. Integer arithmetic rather than toFixed: this is the hottest line of every reason. */
function plain(value: number, decimals: number): string {
  const d = decimals > 6 ? 6 : decimals < 0 ? 0 : decimals;
  const abs = Math.abs(value);
  if (!(abs < 1e15)) return roundTo(value, d).toFixed(d);
  const scale = POW[d] ?? 1;
  // One rounding, half away from zero, nudged past binary noise as roundTo does.
  const scaled = Math.round(abs * scale * (1 + 4 * Number.EPSILON));
  const whole = Math.floor(scaled / scale);
  const frac = scaled - whole * scale;
  const wholeText = whole >= 1000 ? group(String(whole)) : String(whole);
  const sign = value < 0 && scaled !== 0 ? "-" : "";
  if (d === 0) return sign + wholeText;
  const f = String(frac);
  return `${sign}${wholeText}.${PAD[d - f.length] ?? ""}${f}`;
}

/** Display a number in a unit at a given number of decimals (in the unit as displayed: percent points for percents). */
export function formatNumber(value: number, unit: Unit, decimals: number): string {
  switch (unit) {
    case "percent":
      return `${plain(value * 100, decimals)}%`;
    case "currency":
      if (Math.abs(value) >= 1_000_000 && decimals === 0 && value % 100_000 === 0)
        return `£${plain(value / 1_000_000, 1)}m`;
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
