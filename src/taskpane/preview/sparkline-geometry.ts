/**
 * Where a measure's trend goes in a small SVG: the figures oldest (left) to newest (right), scaled from the
 * lowest (bottom) to the highest (top); a gap breaks the line, and a figure alone between gaps is a dot.
 */
export interface SparklineGeometry {
  /** Runs of neighbouring figures, each as an SVG polyline's points ("x,y x,y"). */
  lines: string[];
  /** Figures with no neighbour to join. */
  dots: { x: number; y: number }[];
  /** The newest figure, marked. */
  last: { x: number; y: number } | null;
}

export function sparklineGeometry(
  values: readonly (number | null)[],
  width: number,
  height: number,
  pad = 2,
): SparklineGeometry {
  const figures = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (figures.length === 0) return { lines: [], dots: [], last: null };
  const low = Math.min(...figures);
  const high = Math.max(...figures);
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  const at = (v: number, i: number) => ({
    x: round(values.length > 1 ? pad + i * step : width / 2),
    y: round(high === low ? height / 2 : pad + ((high - v) / (high - low)) * (height - 2 * pad)),
  });
  const runs: { x: number; y: number }[][] = [];
  let run: { x: number; y: number }[] = [];
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(at(v, i));
  });
  if (run.length > 0) runs.push(run);
  const lastIndex = values.map((v) => v !== null && Number.isFinite(v)).lastIndexOf(true);
  return {
    lines: runs.filter((r) => r.length > 1).map((r) => r.map((p) => `${p.x},${p.y}`).join(" ")),
    dots: runs.filter((r) => r.length === 1).map((r) => r[0] as { x: number; y: number }),
    last: at(values[lastIndex] as number, lastIndex),
  };
}
