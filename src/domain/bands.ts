/**
 * Tolerance bands: Red, Amber and Green thresholds written as text, e.g. `<84%` / `84%+` / `92%+`,
 * `16%+` / `8%+` / `<8%`, `<50%` / `50-70%` / `70%`. Any band may be missing. Problems are warnings.
 */
import { isCellError } from "./grid";
import { leadingNumber, readValue, type ValueInput } from "./values";
import { readTarget } from "./targets";
import type { Band, BandsReading, NumberReading, Polarity } from "./types";

const RANGE = /^(.+?)\s*(?:-|–|to)\s*(.+)$/i;

function bandText(input: ValueInput): string {
  if (input === undefined || input === null) return "";
  if (typeof input === "object" && !isCellError(input)) {
    const v = input.value;
    if (typeof v === "string") return v.trim();
    if (v === null) return (input.text ?? "").trim();
    return input.text?.trim() || (isCellError(v) ? v.error : String(v));
  }
  return isCellError(input) ? input.error : String(input).trim();
}

/** One band, or a reason it could not be read. */
export function readBand(input: ValueInput): Band | { kind: "unreadable"; text: string; reason: string } | null {
  const text = bandText(input);
  if (text === "") return null;
  const value = typeof input === "object" && input !== null && !isCellError(input) ? input.value : input;
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
  if (target.kind === "comparator") return { kind: "comparator", comparator: target.comparator, threshold: target.threshold, text };
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

function anchor(band: Band): number {
  return band.kind === "range" ? band.low.value : band.threshold.value;
}

function checkBands(red: Band | null, amber: Band | null, green: Band | null, polarity: Polarity): string[] {
  const warnings: string[] = [];
  if (green !== null && polarity !== "none") {
    const side = sideOf(green, polarity);
    if ((polarity === "high" && side === "down") || (polarity === "low" && side === "up")) {
      warnings.push(`Green band "${green.text}" contradicts the polarity (${polarity === "high" ? "higher" : "lower"} is better)`);
    }
  }
  if (red !== null && green !== null) {
    // Probe points around both thresholds: a value that is both Red and Green means the bands overlap.
    const probes = [anchor(red), anchor(green), (anchor(red) + anchor(green)) / 2];
    if (probes.some((v) => inBand(red, v, polarity) && inBand(green, v, polarity))) {
      warnings.push(`Red "${red.text}" and Green "${green.text}" overlap`);
    } else if (amber === null) {
      const mid = (anchor(red) + anchor(green)) / 2;
      if (!inBand(red, mid, polarity) && !inBand(green, mid, polarity) && Math.abs(anchor(red) - anchor(green)) > 1e-9) {
        warnings.push(`there is a gap between Red "${red.text}" and Green "${green.text}" with no Amber band`);
      }
    }
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
