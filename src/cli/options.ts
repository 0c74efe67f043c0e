/** Command-line flags are untrusted input: validated here, with messages a person can act on. */
import { z } from "zod";
import { compareChoice, isToleranceText, REPORT_KINDS, type ReportKind } from "../domain/choices";
import { DEFAULT_BASIS, DEFAULT_WORSENING, STATUS_BASES, WORSENING } from "../domain/reports";

// The engine's own grammar (judging/tolerance.ts), so the command line takes what the pane and functions take.
const toleranceText = z
  .string()
  .refine(
    isToleranceText,
    'use a percentage such as 5%, points such as 2pp, or a rule such as "green within 5%, amber within 10%"',
  );

export const CliOptionsSchema = z.object({
  input: z.string().min(1, "give the .xlsx file to read"),
  output: z.string().min(1).optional(),
  sheet: z.array(z.string().min(1)).default([]),
  current: z.string().min(1).optional(),
  compare: z.string().min(1).default("previous").transform(compareChoice),
  tolerance: toleranceText.optional(),
  recorded: z.enum(["keep", "replace"], { message: "--recorded must be keep or replace" }).default("keep"),
  basis: z.enum(STATUS_BASES, { message: `--basis must be ${STATUS_BASES.join(", ")}` }).default(DEFAULT_BASIS),
  worsening: z.enum(WORSENING, { message: `--worsening must be ${WORSENING.join(" or ")}` }).default(DEFAULT_WORSENING),
  json: z.boolean().default(false),
  verbose: z.boolean().default(false),
  quiet: z.boolean().default(false),
  reports: z
    .string()
    .default(REPORT_KINDS.join(","))
    .transform((s, ctx) => {
      const kinds = s
        .split(",")
        .map((k) => k.trim().toLowerCase())
        .filter((k) => k !== "");
      const unknown = kinds.filter((k) => !(REPORT_KINDS as readonly string[]).includes(k));
      if (unknown.length > 0) {
        ctx.addIssue({
          code: "custom",
          message: `--reports: unknown report '${unknown.join(", ")}' (choose from ${REPORT_KINDS.join(", ")})`,
        });
        return z.NEVER;
      }
      return kinds as ReportKind[];
    }),
});

export type CliOptions = z.infer<typeof CliOptionsSchema>;

/** The first problem, as one line. */
export function describeOptionError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return "invalid options";
  const where = issue.path.length > 0 && !issue.message.startsWith("--") ? `--${String(issue.path[0])}: ` : "";
  return `${where}${issue.message}`;
}
