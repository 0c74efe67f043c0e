/**
 * The text Excel shows for a number, as the mock workbook's own formatter: built on Intl for a locale
 * (en-GB by default, or de-DE's "11,2 %"-style decimal comma), independent of the project's file-adapter
 * formatter, so a test can show that nothing in the add-in depends on display text looking English.
 */
import { isDateFormat } from "../../src/domain/sheet/number-formats";

/** First section of a format for positives, second for negatives (shown without the minus sign). */
function sectionFor(format: string, n: number): { section: string; negative: boolean } {
  const parts = format.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  if (n < 0 && parts.length > 1) return { section: parts[1] ?? "", negative: false };
  return { section: parts[0] ?? "General", negative: n < 0 };
}

/** Literal text before and after the digits: quoted text, escaped characters, [$£-809] currency tags. */
function literals(section: string): { prefix: string; body: string; suffix: string } {
  const s = section
    .replace(/\[\$([^\]-]*)(?:-[^\]]*)?\]/g, '"$1"')
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_.|\*./g, "");
  const first = s.search(/[0#?]/);
  const last = Math.max(s.lastIndexOf("0"), s.lastIndexOf("#"), s.lastIndexOf("?"));
  if (first === -1) return { prefix: "", body: s, suffix: "" };
  const text = (x: string) => x.replace(/"([^"]*)"/g, "$1").replace(/\\(.)/g, "$1");
  return { prefix: text(s.slice(0, first)), body: s.slice(first, last + 1), suffix: text(s.slice(last + 1)) };
}

function dateText(serial: number, format: string, locale: string): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));
  const month = (style: "short" | "long") =>
    new Intl.DateTimeFormat(locale, { month: style, timeZone: "UTC" }).format(date);
  const pad = (n: number) => String(n).padStart(2, "0");
  return format.replace(/"([^"]*)"/g, "$1").replace(/yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d/gi, (t) => {
    switch (t.toLowerCase()) {
      case "yyyy":
        return String(date.getUTCFullYear());
      case "yy":
        return pad(date.getUTCFullYear() % 100);
      case "mmmm":
        return month("long");
      case "mmm":
        return month("short").replace(/\.$/, "");
      case "mm":
        return pad(date.getUTCMonth() + 1);
      case "m":
        return String(date.getUTCMonth() + 1);
      case "dddd":
        return new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(date);
      case "ddd":
        return new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" }).format(date);
      case "dd":
        return pad(date.getUTCDate());
      default:
        return String(date.getUTCDate());
    }
  });
}

export function localeText(value: number, format: string, locale = "en-GB"): string {
  if (!Number.isFinite(value)) return String(value);
  if (format === "@") return String(value);
  if (isDateFormat(format)) return dateText(value, format, locale);
  if (/^general$/i.test(format.trim()) || format.trim() === "") {
    return new Intl.NumberFormat(locale, { maximumSignificantDigits: 10, useGrouping: false }).format(value);
  }
  const { section, negative } = sectionFor(format, value);
  const { prefix, body, suffix } = literals(section);
  const percent = /%/.test(suffix) || /%/.test(body);
  const decimals = /\.([0#?]+)/.exec(body)?.[1]?.length ?? 0;
  const shown = new Intl.NumberFormat(locale, {
    minimumFractionDigits: /\.0/.test(body) ? decimals : 0,
    maximumFractionDigits: decimals,
    useGrouping: /[0#],[0#]/.test(body),
  }).format(Math.abs(value) * (percent ? 100 : 1));
  return `${negative ? "-" : ""}${prefix}${shown}${suffix.replace(/%/, percent && !/%/.test(body) ? "%" : "")}${/%/.test(body) ? "%" : ""}`;
}
