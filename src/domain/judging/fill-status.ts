/**
 * A RAG status given only as a cell's fill: councils colour their RAG column red, amber or green and type
 * nothing. Read by hue, not by exact colour, since every council's template has its own shades
 * (#FF0000, #FFC7CE, #C00000 are all red; #FFC000, #FFEB9C, #FFFF00 amber; #00B050, #C6EFCE, #92D050 green).
 */
import type { Status } from "./types";

const HEX = /^#?([0-9a-f]{6})$/i;

/** Hue in degrees, saturation and lightness (0..1) of `#RRGGBB`, or null when it is not one. */
export function hsl(hex: string): { h: number; s: number; l: number } | null {
  const m = HEX.exec(hex.trim());
  if (m === null) return null;
  const n = parseInt(m[1] as string, 16);
  const r = ((n >> 16) & 255) / 255;
  const g = ((n >> 8) & 255) / 255;
  const b = (n & 255) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  let h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  h *= 60;
  if (h < 0) h += 360;
  return { h, s, l };
}

/**
 * The status a fill stands for: red, amber (orange to yellow) or green; null for white, grey, black, blue
 * and anything pale or dull enough that a reader would not call it a RAG colour.
 */
export function statusOfFill(hex: string | null | undefined): Status | null {
  if (hex === null || hex === undefined) return null;
  const c = hsl(hex);
  if (c === null || c.s < 0.25 || c.l < 0.12 || c.l > 0.93) return null;
  const { h } = c;
  if (h >= 345 || h < 15) return "off-target";
  if (h >= 25 && h < 65) return "near-target";
  if (h >= 75 && h < 165) return "on-target";
  return null;
}

/** The fill's name for a reason or a recorded-status cell's text: "(red fill)". */
export function fillWord(status: Status): string {
  return status === "on-target" ? "green" : status === "near-target" ? "amber" : "red";
}
