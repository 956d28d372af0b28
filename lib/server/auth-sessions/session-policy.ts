import "server-only";
import { getServerConfig } from "@/lib/env";

/** A working day: a sensitive console should not stay signed in for next-auth's default 30 days. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * Last-seen is written at most this often: a busy page makes dozens of requests a minute, and one
 * write per minute per session is plenty for a timeout counted in tens of minutes (ADR 0007).
 */
export const SESSION_TOUCH_MS = 60_000;

/** How long a session may live and sit idle; `now` is injectable so tests can move the clock. */
export type SessionPolicy = { absoluteMs: number; idleMs: number; touchMs: number; now: () => Date };

export function sessionPolicy(idleMinutes: number, now: () => Date = () => new Date()): SessionPolicy {
  return { absoluteMs: SESSION_MAX_AGE_SECONDS * 1000, idleMs: idleMinutes * 60_000, touchMs: SESSION_TOUCH_MS, now };
}

/** The configured policy (CUSTODY_SESSION_IDLE_MINUTES) on the real clock. */
export const configuredSessionPolicy = (): SessionPolicy => sessionPolicy(getServerConfig().sessionIdleMinutes);
