/** What the record and the reports call a period: the period a position heading stands for, else its heading. */
import type { Period } from "./scorecard";

export const periodId = (p: Pick<Period, "label" | "name">): string => p.name ?? p.label;
