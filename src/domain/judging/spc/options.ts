/** What may change how limits are worked out, validated where it comes from a cell, a flag or settings. */
import { z } from "zod";
import { MINIMUM_POINTS, type SpcOptions } from "./types";

export const SpcOptionsSchema = z
  .object({
    baseline: z.number().int().min(MINIMUM_POINTS).optional(),
    rebaseAt: z.array(z.string()).optional(),
  })
  .strict() satisfies z.ZodType<SpcOptions>;
