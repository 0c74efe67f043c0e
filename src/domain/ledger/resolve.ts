/**
 * An officer's override request ("1.A5=near-target until Q4 …, because …") matched to one measure of the
 * scored tables by ref or title, and checked: the reason is given, the period can be placed and is after the
 * current one. A request that fails is an error in words and sets nothing.
 */
import type { MeasureAssessment } from "../assessment/types";
import type { ScorecardTable } from "../layout/scorecard";
import { periodId } from "../layout/period-id";
import { STATUSES, type Status } from "../judging/types";
import { measureKey, normalise } from "./measure-key";
import { periodOrder } from "./period-order";
import type { MeasureKey, Override } from "./schema";

export interface OverrideRequest {
  /** The measure's ref, or its title. */
  measure: string;
  status: Status;
  reason: string;
  /** The period the override expires at: it applies to the periods before it. */
  until: string;
  setBy?: string;
}

export type Resolved = { ok: true; override: Override } | { ok: false; error: string };

export function resolveOverride(
  request: OverrideRequest,
  scored: readonly { table: ScorecardTable; measures: readonly MeasureAssessment[] }[],
  at: string,
  keyOf: (m: MeasureAssessment) => MeasureKey = (m) => measureKey(m.sheet, m.ref, m.measure),
): Resolved {
  const wanted = normalise(request.measure);
  if (!STATUSES.includes(request.status)) return { ok: false, error: `"${request.status}" is not a status` };
  if (request.reason.trim() === "") return { ok: false, error: `the override on ${request.measure} needs a reason` };
  const byRef = scored.flatMap((t) =>
    t.measures.filter((m) => m.ref !== null && normalise(m.ref) === wanted).map((m) => ({ t, m })),
  );
  const matches =
    byRef.length > 0
      ? byRef
      : scored.flatMap((t) => t.measures.filter((m) => normalise(m.measure) === wanted).map((m) => ({ t, m })));
  if (matches.length === 0) return { ok: false, error: `no measure has the ref or title "${request.measure}"` };
  if (matches.length > 1)
    return {
      ok: false,
      error: `"${request.measure}" names ${matches.length} measures (rows ${matches.map((x) => x.m.row).join(", ")}): give its ${byRef.length > 1 ? "title" : "ref"}`,
    };
  const { t, m } = matches[0] as (typeof matches)[number];
  const order = periodOrder(t.table.periods);
  const until = order.orderOf(request.until);
  if (until === null) return { ok: false, error: `"${request.until}" is not a period the override can run until` };
  const current = t.table.current;
  const now = current === null ? null : order.at(current);
  if (current !== null && now !== null && until <= now)
    return {
      ok: false,
      error: `the override on ${request.measure} would expire at ${request.until}, not after ${periodId(current)}`,
    };
  return {
    ok: true,
    override: {
      measure: keyOf(m),
      status: request.status,
      reason: request.reason.trim().slice(0, 500),
      until: request.until.trim().slice(0, 120),
      setAt: at,
      ...(request.setBy === undefined ? {} : { setBy: request.setBy.slice(0, 120) }),
    },
  };
}
