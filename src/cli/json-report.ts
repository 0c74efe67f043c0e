/** The `--json` document: one object on stdout, described (and checked) by a zod schema that the package exports. */
import { z } from "zod";
import { DIRECTIONS, POLARITIES, STATUSES, type ValueReading } from "../domain/judging/types";
import type { PeriodValue } from "../domain/assessment/types";
import type { ScoreResult } from "../domain/pipeline";
import { SummarySchema } from "../domain/reports";
import { ASSURANCES, VARIATIONS } from "../domain/judging/spc";
import { QuarterJsonSchema, type QuarterJson } from "./quarter-report";
import { periodId } from "../domain/layout/period-id";

const StatusEnum = z.enum(STATUSES);
const DirectionEnum = z.enum(DIRECTIONS);

/** The SPC view of a measure (Making Data Count), beside its status and DOT. */
const SpcJsonSchema = z.object({
  variation: z.enum(VARIATIONS),
  assurance: z.enum(ASSURANCES),
  /** Rules that fired on the latest point. */
  rules: z.array(z.enum(["outside-limits", "shift", "trend", "two-of-three"])),
  icons: z.object({ variation: z.string(), assurance: z.string() }),
  limits: z
    .object({ mean: z.number(), lower: z.number(), upper: z.number(), baselinePoints: z.number().int() })
    .nullable(),
  points: z.number().int().nonnegative(),
  minimum: z.number().int().positive(),
  variationReason: z.string(),
  assuranceReason: z.string(),
});

const PeriodValueSchema = z.object({ label: z.string(), raw: z.string(), value: z.number().nullable() }).nullable();

export const MeasureJsonSchema = z.object({
  row: z.number().int().positive(),
  ref: z.string().nullable(),
  measure: z.string(),
  group: z.string().nullable(),
  polarity: z.enum(POLARITIES),
  target: z.string(),
  current: PeriodValueSchema,
  comparison: PeriodValueSchema,
  status: StatusEnum,
  recordedStatus: StatusEnum.nullable(),
  /** The comparison period's status: as published (the workbook's history) where there is one, else from its figures. */
  comparisonStatus: StatusEnum,
  dot: DirectionEnum,
  recordedDot: DirectionEnum.nullable(),
  reason: z.string(),
  spc: SpcJsonSchema,
});

const ItemRef = { sheet: z.string(), row: z.number().int().positive(), ref: z.string().nullable() };
const RedFlagSchema = z.object({
  ...ItemRef,
  measure: z.string(),
  current: z.string().nullable(),
  comparison: z.string().nullable(),
  target: z.string(),
  variation: z.string(),
  assurance: z.string(),
});
const AreaSchema = RedFlagSchema.extend({
  leadOfficer: z.string().nullable(),
  polarity: z.enum(POLARITIES),
  polarityWords: z.string(),
  note: z.string().nullable(),
  line: z.string(),
});
const CheckSchema = z.object({ ...ItemRef, kind: z.string(), message: z.string() });

export const ScorecardJsonSchema = z.object({
  file: z.string(),
  tables: z.array(
    z.object({
      sheet: z.string(),
      headerRow: z.number().int().positive(),
      group: z.string().nullable(),
      current: z.string().nullable(),
      comparison: z.string().nullable(),
      /** The periods as the record and reports call them: a `Current` heading is the quarter the title names. */
      currentPeriod: z.string().nullable(),
      comparisonPeriod: z.string().nullable(),
      measures: z.array(MeasureJsonSchema),
    }),
  ),
  summary: SummarySchema,
  redFlags: z.array(RedFlagSchema),
  exceptions: z.array(AreaSchema),
  checks: z.array(CheckSchema),
  /** Quarter to quarter: whose each status and DOT was, overrides, history, restore points, the counts' basis. */
  quarter: QuarterJsonSchema.optional(),
});

export type ScorecardJson = z.infer<typeof ScorecardJsonSchema>;

/** The number the engine read: a single number, or the deciding part of a multi-part value; otherwise null. */
export function numberOf(reading: ValueReading): number | null {
  if (reading.kind === "number") return reading.value;
  return null;
}

function periodJson(p: PeriodValue | null) {
  return p === null ? null : { label: p.label, raw: p.raw, value: numberOf(p.reading) };
}

export function toJson(file: string, result: ScoreResult, quarter?: QuarterJson): ScorecardJson {
  return {
    file,
    tables: result.tables.map((t) => ({
      sheet: t.table.sheet,
      headerRow: t.table.headerRows[t.table.headerRows.length - 1] ?? 1,
      group: t.table.group,
      current: t.table.current?.label ?? null,
      comparison: t.table.comparison?.label ?? null,
      currentPeriod: t.table.current === null ? null : periodId(t.table.current),
      comparisonPeriod: t.table.comparison === null ? null : periodId(t.table.comparison),
      measures: t.measures.map((m) => ({
        row: m.row,
        ref: m.ref,
        measure: m.measure,
        group: m.group,
        polarity: m.polarity,
        target: m.targetText,
        current: periodJson(m.current),
        comparison: periodJson(m.comparison),
        status: m.status,
        recordedStatus: m.recordedStatus,
        comparisonStatus: m.comparisonStatus,
        dot: m.dot,
        recordedDot: m.recordedDot,
        reason: m.reason,
        spc: {
          variation: m.spc.variation,
          assurance: m.spc.assurance,
          rules: m.spc.rules,
          icons: m.spc.icons,
          limits:
            m.spc.limits === null
              ? null
              : {
                  mean: m.spc.limits.mean,
                  lower: m.spc.limits.lower,
                  upper: m.spc.limits.upper,
                  baselinePoints: m.spc.limits.baselinePoints,
                },
          points: m.spc.points,
          minimum: m.spc.minimum,
          variationReason: m.spc.variationReason,
          assuranceReason: m.spc.assuranceReason,
        },
      })),
    })),
    summary: result.summary,
    redFlags: result.redFlags,
    exceptions: result.exceptions,
    checks: result.checks,
    ...(quarter === undefined ? {} : { quarter }),
  };
}
