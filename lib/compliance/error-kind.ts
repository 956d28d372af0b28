import "server-only";

/**
 * Why errors carry a kind: the production build bundles lib/compliance twice (once with the pages, once with
 * the API routes), yet one client per process serves both (getComplianceClient keeps it on globalThis). An
 * error thrown by one copy is not an `instanceof` the other copy's class, so a 404 upstream became a 500.
 * `Symbol.for` returns the same symbol in every copy, so the kind stored under it is readable by all of them.
 */
export const ERROR_KIND: unique symbol = Symbol.for("custody.compliance.error-kind");

export const UPSTREAM_ERROR_KINDS = [
  "upstream",
  "bad_request",
  "invalid_key",
  "insufficient_scope",
  "not_found",
  "conflict",
  "rate_limited",
  "unavailable",
  "invalid_response",
  "pagination",
] as const;
export type UpstreamErrorKind = (typeof UPSTREAM_ERROR_KINDS)[number];

export type ComplianceErrorKind =
  UpstreamErrorKind | "integrity" | "argument" | "config" | "budget_timeout" | "budget_unavailable" | "budget_closed";

/** The kind an error of ours was branded with, whichever bundle copy built it; undefined for anything else. */
export function errorKindOf(err: unknown): string | undefined {
  if (typeof err !== "object" || err === null || !(ERROR_KIND in err)) return undefined;
  const kind: unknown = err[ERROR_KIND];
  return typeof kind === "string" ? kind : undefined;
}
