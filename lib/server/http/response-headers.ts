import "server-only";
import type { RateLimitResult } from "../rate-limit/types";

export function rateLimitHeaders(limit: RateLimitResult | undefined): Record<string, string> {
  if (!limit) return {};
  return {
    "x-ratelimit-limit": String(limit.limit),
    "x-ratelimit-remaining": String(limit.remaining),
    // Seconds since the epoch, as most clients expect.
    "x-ratelimit-reset": String(Math.ceil(limit.resetAt / 1000)),
  };
}

/** Adds headers to a handler's response; responses with immutable headers (redirects, fetched) are copied. */
export function withHeaders(res: Response, headers: Record<string, string>): Response {
  try {
    for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
    return res;
  } catch {
    const copy = new Response(res.body, res);
    for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
    return copy;
  }
}
