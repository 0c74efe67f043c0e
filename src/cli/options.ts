/** Command-line flags are untrusted input: validated here, with messages a person can act on. */
import { z } from "zod";
import { compareChoice, isToleranceText, REPORT_KINDS, type ReportKind } from "../domain/choices";
import { DEFAULT_BASIS, DEFAULT_WORSENING, STATUS_BASES, WORSENING } from "../domain/reports";
import { parseStatusSymbol } from "../domain/judging";
import { namedPeriod } from "../domain/layout/position-names";
import { STATUSES, type Status } from "../domain/judging/types";

/** `--override "1.A5=amber"`: a measure (ref or title) and the status an officer sets by hand. */
export const OverrideFlagSchema = z
  .string()
  .max(600, "--override: too long")
  .transform((s, ctx) => {
    const at = s.lastIndexOf("=");
    const measure = at < 0 ? "" : s.slice(0, at).trim();
    const word = at < 0 ? "" : s.slice(at + 1).trim();
    const status: Status | null = (STATUSES as readonly string[]).includes(word)
      ? (word as Status)
      : parseStatusSymbol(word);
    if (measure === "" || status === null) {
      ctx.addIssue({
        code: "custom",
        message: `--override '${s}': write it as "<ref or title>=<status>", the status one of green, amber, red, ${STATUSES.join(", ")} or a symbol such as ●`,
      });
      return z.NEVER;
    }
    return { measure, status };
  });

// The engine's own grammar (judging/tolerance.ts), so the command line takes what the pane and functions take.
const toleranceText = z
  .string()
  .refine(
    isToleranceText,
    'use a percentage such as 5%, points such as 2pp, or a rule such as "green within 5%, amber within 10%"',
  );

const CliFlagsSchema = z.object({
  input: z.string().min(1, "give the .xlsx file to read"),
  output: z.string().min(1).optional(),
  sheet: z.array(z.string().min(1)).default([]),
  current: z.string().min(1).optional(),
  period: z
    .string()
    .max(60, "--period: too long")
    .refine((s) => namedPeriod(s) !== null, 'name the period with its year, such as "Q2 2024/25" or "Sep 2024"')
    .optional(),
  compare: z.string().min(1).default("previous").transform(compareChoice),
  tolerance: toleranceText.optional(),
  recorded: z.enum(["keep", "replace"], { message: "--recorded must be keep or replace" }).default("keep"),
  basis: z.enum(STATUS_BASES, { message: `--basis must be ${STATUS_BASES.join(", ")}` }).default(DEFAULT_BASIS),
  worsening: z.enum(WORSENING, { message: `--worsening must be ${WORSENING.join(" or ")}` }).default(DEFAULT_WORSENING),
  override: z.array(OverrideFlagSchema).default([]),
  reason: z
    .string()
    .trim()
    .min(1, "--reason: say why the status is set by hand")
    .max(500, "--reason: keep it under 500 characters")
    .optional(),
  until: z.string().trim().min(1, "--until: name the period the override expires at").max(120).optional(),
  setBy: z.string().trim().min(1).max(120).optional(),
  replaceOfficer: z.boolean().default(false),
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

/** Flags that only make sense together, checked after each is valid on its own. */
export const CliOptionsSchema = CliFlagsSchema.superRefine((o, ctx) => {
  const say = (message: string) => ctx.addIssue({ code: "custom", message });
  if (o.override.length > 0) {
    if (o.reason === undefined) say('--override needs --reason "…": an override always says why');
    else if (o.until === undefined) say('--override needs --until "<period>": the period the override expires at');
    else if (o.output === undefined) say("--override needs -o <file>: the override is kept in the written workbook");
  } else if (o.reason !== undefined || o.until !== undefined)
    say(`--${o.reason !== undefined ? "reason" : "until"} goes with --override "<ref or title>=<status>"`);
  if (o.setBy !== undefined && o.override.length === 0) say("--set-by goes with --override");
});

export type CliOptions = z.infer<typeof CliOptionsSchema>;

/** The first problem, as one line. */
export function describeOptionError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return "invalid options";
  const where = issue.path.length > 0 && !issue.message.startsWith("--") ? `--${String(issue.path[0])}: ` : "";
  return `${where}${issue.message}`;
}
