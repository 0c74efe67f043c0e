/**
 * Tolerance bands: Red, Amber and Green thresholds written as text, e.g. `<84%` / `84%+` / `92%+`,
 * `16%+` / `8%+` / `<8%`, `<50%` / `50-70%` / `70%`. Any band may be missing. Problems are warnings.
 */
import { isCellError } from "../sheet/grid";
import { leadingNumber, normaliseCell, readValue, type ValueInput } from "./values";
import { readTarget } from "./targets";
import { formatNumber } from "./format";
import type { Band, BandsReading, NumberReading, Polarity } from "./types";

const RANGE = /^(.+?)\s*(?:-|–|to)\s*(.+)$/i;

function bandText(input: ValueInput): string {
  const { value, text } = normaliseCell(input);
  if (typeof value === "string") return value.trim();
  if (value === null) return text.trim();
  return text.trim() || (isCellError(value) ? value.error : String(value));
}

/** One band, or a reason it could not be read. */
export function readBand(input: ValueInput): Band | { kind: "unreadable"; text: string; reason: string } | null {
  const text = bandText(input);
  if (text === "") return null;
  if (text.length > 200) return { kind: "unreadable", text: text.slice(0, 60) + "…", reason: "too long to be a band" };
  const { value } = normaliseCell(input);
  if (typeof value === "number") {
    const r = readValue(input);
    if (r.kind === "number") return { kind: "plain", threshold: r, text };
  }
  const range = RANGE.exec(text);
  if (range !== null && /^\d/.test(text)) {
    const low = leadingNumber(range[1] ?? "");
    const high = leadingNumber(range[2] ?? "");
    if (low !== null && high !== null) {
      // "50-70%": the unit written once applies to both ends.
      const lowReading: NumberReading =
        low.reading.unit === "number" && high.reading.unit === "percent"
          ? { ...low.reading, unit: "percent", value: low.reading.value / 100 }
          : low.reading;
      return { kind: "range", low: lowReading, high: high.reading, text };
    }
  }
  const target = readTarget(text);
  if (target.kind === "comparator")
    return { kind: "comparator", comparator: target.comparator, threshold: target.threshold, text };
  if (target.kind === "plain") return { kind: "plain", threshold: target.threshold, text };
  return { kind: "unreadable", text, reason: target.kind === "unreadable" ? target.reason : "no figure in the band" };
}

/** Does a value fall in a band? A plain band is read with the polarity (`70%` green, higher is better: 70% or more). */
export function inBand(band: Band, value: number, polarity: Polarity): boolean {
  switch (band.kind) {
    case "range":
      return value >= band.low.value - 1e-12 && value <= band.high.value + 1e-12;
    case "comparator": {
      const t = band.threshold.value;
      if (band.comparator === "<") return value < t - 1e-12;
      if (band.comparator === "<=") return value <= t + 1e-12;
      if (band.comparator === ">") return value > t + 1e-12;
      return value >= t - 1e-12;
    }
    case "plain":
      return polarity === "low" ? value <= band.threshold.value + 1e-12 : value >= band.threshold.value - 1e-12;
  }
}

/** Which way a band points: "up" (values at or above), "down", or a closed range. */
function sideOf(band: Band, polarity: Polarity): "up" | "down" | "range" {
  if (band.kind === "range") return "range";
  if (band.kind === "comparator") return band.comparator.startsWith("<") ? "down" : "up";
  return polarity === "low" ? "down" : "up";
}

function edges(band: Band): number[] {
  return band.kind === "range" ? [band.low.value, band.high.value] : [band.threshold.value];
}

function unitOf(band: Band): NumberReading {
  return band.kind === "range" ? band.high : band.threshold;
}

/**
 * Overlaps and gaps, found by probing just below, at and just above every edge and between edges.
 * Amber overlapping Red or Green is how councils write bands (`16%+` / `8%+` / `<8%`: Amber stops where Red starts),
 * so Amber reaching into Red from the same side is not a warning; Red overlapping Green, or Red and Amber
 * pointing at each other and overlapping (`<90%` / `85%+`), is. Outside the outermost edges a missing band is allowed, not a gap.
 */
function checkBands(red: Band | null, amber: Band | null, green: Band | null, polarity: Polarity): string[] {
  const warnings: string[] = [];
  if (green !== null && polarity !== "none") {
    const side = sideOf(green, polarity);
    if ((polarity === "high" && side === "down") || (polarity === "low" && side === "up")) {
      warnings.push(
        `Green band "${green.text}" contradicts the polarity (${polarity === "high" ? "higher" : "lower"} is better)`,
      );
    }
  }
  const bands = [red, amber, green].filter((b): b is Band => b !== null);
  if (bands.length < 2) return warnings;
  const points = [...new Set(bands.flatMap(edges))].sort((x, y) => x - y);
  const probes: number[] = [];
  points.forEach((e, i) => {
    const eps = Math.max(Math.abs(e), 1e-3) * 1e-7;
    probes.push(e - eps, e, e + eps);
    const next = points[i + 1];
    if (next !== undefined) probes.push((e + next) / 2);
  });
  const first = points[0] ?? 0;
  const last = points[points.length - 1] ?? 0;
  const unit = unitOf(bands[0] as Band);
  let gapAt: number | null = null;
  let overlapAt: number | null = null;
  // Amber reaching into Red from the same side is the convention; from the other side it is a contradiction.
  const facing = red !== null && amber !== null && sideOf(red, polarity) !== sideOf(amber, polarity);
  let amberRedAt: number | null = null;
  for (const v of probes) {
    const isRed = red !== null && inBand(red, v, polarity);
    const isGreen = green !== null && inBand(green, v, polarity);
    if (isRed && isGreen && overlapAt === null) overlapAt = v;
    if (facing && isRed && amberRedAt === null && amber !== null && inBand(amber, v, polarity)) amberRedAt = v;
    const inside = v > first && v < last;
    if (inside && gapAt === null && !isRed && !isGreen && !(amber !== null && inBand(amber, v, polarity))) gapAt = v;
  }
  const names = () =>
    [red && `Red "${red.text}"`, amber && `Amber "${amber.text}"`, green && `Green "${green.text}"`]
      .filter((n) => n !== null)
      .join(", ");
  if (overlapAt !== null && red !== null && green !== null) {
    warnings.push(
      `Red "${red.text}" and Green "${green.text}" overlap (${formatNumber(overlapAt, unit.unit, unit.decimals)} is in both)`,
    );
  }
  if (amberRedAt !== null && red !== null && amber !== null) {
    warnings.push(
      `Red "${red.text}" and Amber "${amber.text}" overlap (${formatNumber(amberRedAt, unit.unit, unit.decimals)} is in both, and is judged Red)`,
    );
  }
  if (gapAt !== null) {
    const at = gapAt;
    const lo = points.filter((e) => e <= at).pop() ?? first;
    const hi = points.find((e) => e >= at) ?? last;
    const show = (n: number) => formatNumber(n, unit.unit, unit.decimals);
    warnings.push(
      `there is a gap between the bands: values between ${show(lo)} and ${show(hi)} are in none of ${names()}`,
    );
  }
  return warnings;
}

export function readBands(red: ValueInput, amber: ValueInput, green: ValueInput, polarity: Polarity): BandsReading {
  const warnings: string[] = [];
  const take = (name: string, input: ValueInput): Band | null => {
    const band = readBand(input);
    if (band === null) return null;
    if (band.kind === "unreadable") {
      warnings.push(`${name} band "${band.text}" could not be read: ${band.reason}`);
      return null;
    }
    return band;
  };
  const r = take("Red", red);
  const a = take("Amber", amber);
  const g = take("Green", green);
  warnings.push(...checkBands(r, a, g, polarity));
  return { kind: "bands", red: r, amber: a, green: g, warnings };
}
