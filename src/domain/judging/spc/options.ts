/** What may change how limits are worked out, validated since it can come from a cell or a flag. */
import { z } from "zod";

/** NHSRplotthedots warns below 12 points (R/ptd_add_short_group_warnings.R, and its article
 * "How many points are required for robust control limits?"); fewer than that are trial limits,
 * so the engine gives no class rather than a guess. */
export const MINIMUM_POINTS = 12;

export const SpcOptionsSchema = z
  .object({
    /** Fix the limits on the first n points of each group (R's `fix_after_n_points`; at least 12). */
    baseline: z.number().int().min(MINIMUM_POINTS).optional(),
    /** Labels of the points where the limits are recalculated, after a sustained shift whose cause is
     * known (R's `rebase`): each starts a new group with its own mean and limits. */
    rebaseAt: z.array(z.string()).optional(),
  })
  .strict();
export type SpcOptions = z.infer<typeof SpcOptionsSchema>;
