/**
 * A history as the =KPI.* functions receive it: one row of cells, oldest first. Only figures count; a
 * blank or "Not available" cell is a period without a figure, left out as the assessment leaves it out.
 */
import { readValue } from "../values";
import type { Scalar } from "../cell-judgement";
import type { SpcPoint } from "./types";

export function pointsOfCells(cells: readonly Scalar[]): { points: SpcPoint[]; gaps: number } {
  const points: SpcPoint[] = [];
  let gaps = 0;
  cells.forEach((cell, i) => {
    const r = readValue(cell);
    if (r.kind === "number") points.push({ label: `point ${i + 1}`, value: r.value, source: "sheet" });
    else if (points.length > 0) gaps++;
  });
  return { points, gaps };
}
