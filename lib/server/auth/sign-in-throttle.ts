import "server-only";
import { and, eq, gt, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../db/types";
import { signInThrottles, type SignInThrottleRow } from "../db/schema";

/**
 * Password sign-in throttle (issue 10 §4, ADR 0008): growing delays, never a hard lock. After `free` failures in a
 * row each further one delays the next check on that key by 1 s, 2 s, 4 s … up to `maxMs`; a success after the
 * delay resets it. Keys never depend on whether the account exists, so the delay reveals nothing.
 * - Trusted client address: per email + address (only the guesser waits; the owner elsewhere is untouched), and per
 *   address across emails (password spraying).
 * - No trusted address: per email alone, with a low cap, since the owner shares that key with any attacker.
 */
export type ThrottlePolicy = { free: number; baseMs: number; maxMs: number };

export const THROTTLE_POLICIES = {
  pair: { free: 5, baseMs: 1000, maxMs: 120_000 },
  address: { free: 30, baseMs: 1000, maxMs: 120_000 },
  email: { free: 10, baseMs: 1000, maxMs: 30_000 },
} as const satisfies Record<string, ThrottlePolicy>;

/** A key quiet this long starts again from zero failures. */
export const THROTTLE_DECAY_MS = 15 * 60_000;

type ThrottleKey = { key: string; email: string | null; ip: string | null; policy: ThrottlePolicy };

export function throttleKeys(email: string, ip: string | null): ThrottleKey[] {
  if (!ip) return [{ key: `email:${email}`, email, ip: null, policy: THROTTLE_POLICIES.email }];
  return [
    { key: `pair:${ip}:${email}`, email, ip, policy: THROTTLE_POLICIES.pair },
    { key: `ip:${ip}`, email: null, ip, policy: THROTTLE_POLICIES.address },
  ];
}

export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures <= policy.free) return 0;
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(30, failures - policy.free - 1));
}

/** Whole seconds until every key allows a check; 0 when the attempt may go ahead. */
export async function throttleWait(db: Db, keys: ThrottleKey[], now: Date): Promise<number> {
  const rows = await db
    .select({ delayedUntil: signInThrottles.delayedUntil })
    .from(signInThrottles)
    .where(
      and(
        inArray(
          signInThrottles.key,
          keys.map((k) => k.key),
        ),
        gt(signInThrottles.delayedUntil, now),
      ),
    );
  const until = Math.max(0, ...rows.map((r) => r.delayedUntil.getTime()));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/** Counts a failed check on every key (atomically, so parallel attempts all count) and sets the next delay. */
export async function recordThrottleFailure(db: Db, keys: ThrottleKey[], now: Date): Promise<void> {
  const stale = new Date(now.getTime() - THROTTLE_DECAY_MS);
  for (const { key, email, ip, policy } of keys) {
    const [row] = await db
      .insert(signInThrottles)
      .values({ key, email, ip, failures: 1, lastFailureAt: now, delayedUntil: now })
      .onConflictDoUpdate({
        target: signInThrottles.key,
        set: {
          failures: sql`case when ${signInThrottles.lastFailureAt} < ${stale} then 1 else ${signInThrottles.failures} + 1 end`,
          lastFailureAt: now,
        },
      })
      .returning({ failures: signInThrottles.failures });
    const delayedUntil = new Date(now.getTime() + delayAfter(row.failures, policy));
    await db.update(signInThrottles).set({ delayedUntil }).where(eq(signInThrottles.key, key));
  }
}

/** A correct password resets its own keys; the per-address count stays (a sprayer may own one account). */
export async function resetThrottle(db: Db, keys: ThrottleKey[]): Promise<void> {
  const own = keys.filter((k) => k.email !== null).map((k) => k.key);
  if (own.length) await db.delete(signInThrottles).where(inArray(signInThrottles.key, own));
}

export type EmailThrottleState = { failures: number; delayedUntil: Date; lastFailureAt: Date };

/** What an admin sees for one email: the worst of its keys, or null when nothing is counted. */
export function summarise(rows: SignInThrottleRow[], now: Date): EmailThrottleState | null {
  const live = rows.filter((r) => r.lastFailureAt.getTime() > now.getTime() - THROTTLE_DECAY_MS);
  if (!live.length) return null;
  const max = (pick: (r: SignInThrottleRow) => number) => Math.max(...live.map(pick));
  return {
    failures: max((r) => r.failures),
    delayedUntil: new Date(max((r) => r.delayedUntil.getTime())),
    lastFailureAt: new Date(max((r) => r.lastFailureAt.getTime())),
  };
}

/** Every email-bound throttle row, for the admin view. */
export async function emailThrottleRows(db: Db): Promise<SignInThrottleRow[]> {
  return db.select().from(signInThrottles).where(isNotNull(signInThrottles.email));
}
