/** Colours in styles.xml as `#RRGGBB`: rgb, theme (with tint) and indexed colours resolved. */
import { attribute, attributes, findElement } from "./xml";

// The legacy indexed palette (ECMA-376 Part 1, 18.8.27), as Excel uses it when styles.xml gives none.
const INDEXED = (
  "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF " +
  "800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF " +
  "000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 " +
  "3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333"
).split(" ");

/** Office's default theme colours, used when a workbook has no theme part. */
const DEFAULT_THEME = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "0563C1",
  "954F72",
];

export interface Palette {
  theme: string[];
  indexed: string[];
}

/** Theme colours in SpreadsheetML's index order (lt1, dk1, lt2, dk2, accents, links: the first two pairs swapped). */
export function readTheme(themeXml: string | null): string[] {
  if (themeXml === null) return DEFAULT_THEME;
  const scheme = findElement(themeXml, "a:clrScheme")?.inner;
  if (scheme === undefined) return DEFAULT_THEME;
  const names = [
    "dk1",
    "lt1",
    "dk2",
    "lt2",
    "accent1",
    "accent2",
    "accent3",
    "accent4",
    "accent5",
    "accent6",
    "hlink",
    "folHlink",
  ];
  const found = names.map((n, i) => {
    const inner = findElement(scheme, `a:${n}`)?.inner ?? "";
    const srgb = /<a:srgbClr\b[^>]*>/.exec(inner)?.[0];
    if (srgb) return (attribute(srgb, "val") ?? "").toUpperCase();
    const sys = /<a:sysClr\b[^>]*>/.exec(inner)?.[0];
    if (sys) return (attribute(sys, "lastClr") ?? "").toUpperCase();
    return DEFAULT_THEME[i] as string;
  });
  const [dk1, lt1, dk2, lt2, ...rest] = found;
  return [lt1, dk1, lt2, dk2, ...rest] as string[];
}

/** A workbook's own indexed palette (`<colors><indexedColors>`), else the legacy one. */
export function readIndexed(stylesXml: string): string[] {
  const own = findElement(stylesXml, "indexedColors")?.inner;
  if (own === undefined) return INDEXED;
  const list = [...own.matchAll(/<rgbColor\b[^>]*>/g)].map((m) =>
    (attribute(m[0], "rgb") ?? "FF000000").slice(-6).toUpperCase(),
  );
  return list.length > 0 ? list : INDEXED;
}

function applyTint(hex: string, tint: number): string {
  if (!tint) return hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let h = 0;
  let s = 0;
  let l = (max + min) / 2;
  if (max !== min) {
    const d = max - min;
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    h /= 6;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const hue = (p: number, q: number, t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  let rgb: number[];
  if (s === 0) rgb = [l, l, l];
  else {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    rgb = [hue(p, q, h + 1 / 3), hue(p, q, h), hue(p, q, h - 1 / 3)];
  }
  return rgb
    .map((v) =>
      Math.round(Math.min(1, Math.max(0, v)) * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")
    .toUpperCase();
}

/** A `<fgColor …/>`-style tag as `#RRGGBB`, or null (auto, or unreadable). */
export function resolveColour(tag: string | undefined, palette: Palette): string | null {
  if (tag === undefined) return null;
  const a = attributes(tag);
  let hex: string | undefined;
  if (a["rgb"] !== undefined && /^[0-9A-Fa-f]{6,8}$/.test(a["rgb"])) hex = a["rgb"].slice(-6).toUpperCase();
  else if (a["theme"] !== undefined) hex = palette.theme[Number(a["theme"])];
  else if (a["indexed"] !== undefined) {
    const i = Number(a["indexed"]);
    if (i === 64 || i === 65) return null; // system foreground / background: no fill colour of its own
    hex = palette.indexed[i];
  }
  if (hex === undefined) return null;
  return "#" + applyTint(hex, Number(a["tint"] ?? 0));
}
