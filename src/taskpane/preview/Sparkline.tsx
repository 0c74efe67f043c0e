/** A measure's trend as a small inline chart (SVG): its figures oldest to newest, the newest marked. */
import { tokens } from "@fluentui/react-components";
import type { TrendPoint } from "../../domain/assessment/types";
import { sparklineGeometry } from "./sparkline-geometry";

const WIDTH = 72;
const HEIGHT = 18;

/** "Trend over 5 periods, Q1 Apr - June 2018 to Q1 Apr - June 2019" (and how many have no figure). */
export function trendWords(trend: readonly TrendPoint[]): string {
  const first = trend[0];
  const last = trend[trend.length - 1];
  if (first === undefined || last === undefined) return "No trend";
  const gaps = trend.filter((p) => p.value === null).length;
  const span = trend.length === 1 ? first.label : `${first.label} to ${last.label}`;
  return `Trend over ${trend.length} period${trend.length === 1 ? "" : "s"}, ${span}${gaps === 0 ? "" : ` (${gaps} without a figure)`}`;
}

export function Sparkline({ trend }: { trend: readonly TrendPoint[] }) {
  const g = sparklineGeometry(
    trend.map((p) => p.value),
    WIDTH,
    HEIGHT,
  );
  if (g.last === null) return null;
  const words = trendWords(trend);
  const stroke = tokens.colorBrandForeground1;
  return (
    <svg
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={words}
      data-sparkline=""
      style={{ display: "block", flexShrink: 0 }}
    >
      <title>{words}</title>
      {g.lines.map((points) => (
        <polyline key={points} points={points} fill="none" stroke={stroke} strokeWidth={1.5} strokeLinejoin="round" />
      ))}
      {g.dots.map((d) => (
        <circle key={`${d.x},${d.y}`} cx={d.x} cy={d.y} r={1.5} fill={stroke} />
      ))}
      <circle cx={g.last.x} cy={g.last.y} r={2.5} fill={tokens.colorPaletteRedForeground1} />
    </svg>
  );
}
