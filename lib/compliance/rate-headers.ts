import "server-only";

export interface RateLimitObservation {
  limit: number | null;
  remaining: number | null;
  resetAt: Date | null;
}

function intHeader(headers: Headers, name: string): number | null {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === "") return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

/** Reads the `anthropic-ratelimit-requests-*` trio; null when the response carried none (e.g. a 401). */
export function readRateLimitHeaders(headers: Headers): RateLimitObservation | null {
  const limit = intHeader(headers, "anthropic-ratelimit-requests-limit");
  const remaining = intHeader(headers, "anthropic-ratelimit-requests-remaining");
  const resetRaw = headers.get("anthropic-ratelimit-requests-reset");
  const resetMs = resetRaw ? Date.parse(resetRaw) : Number.NaN;
  const resetAt = Number.isFinite(resetMs) ? new Date(resetMs) : null;
  if (limit === null && remaining === null && resetAt === null) return null;
  return { limit, remaining, resetAt };
}

/** `retry-after` in seconds: either a number of seconds or an HTTP date (RFC 9110). */
export function readRetryAfterSeconds(headers: Headers, nowMs: number): number | null {
  const raw = headers.get("retry-after");
  if (raw === null || raw.trim() === "") return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(raw);
  return Number.isFinite(at) ? Math.max(0, (at - nowMs) / 1000) : null;
}

export function readRequestId(headers: Headers): string | null {
  return headers.get("request-id") ?? headers.get("x-request-id");
}
