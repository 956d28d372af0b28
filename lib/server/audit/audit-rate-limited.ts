import "server-only";
import type { Db } from "../db/types";
import type { AuditActor } from "./audit-input";
import { recordRolledUp, type RollupPolicy } from "./rollup";

/** No entry per refusal: one per user and 5-minute window, with the count and the routes (issue 10 §8). */
export const RATE_LIMITED_ROLLUP: RollupPolicy = { windowMs: 5 * 60_000, free: 0 };

/** Counts a per-user 429 towards that user's `route.rate_limited` aggregate entry. */
export async function auditRateLimited(
  db: Db,
  { actor, ip, route }: { actor: AuditActor; ip: string | null; route: string },
): Promise<void> {
  await recordRolledUp(
    db,
    {
      key: `route-429:${actor.id}`,
      entry: { actor, ip, action: "route.rate_limited", outcome: "denied", details: { route: route.slice(0, 200) } },
      aggregate: { actor, ip, outcome: "denied" },
      tallies: { routes: route.slice(0, 200) },
    },
    RATE_LIMITED_ROLLUP,
  );
}
