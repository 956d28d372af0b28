import "server-only";
import {
  BadRequestError,
  ComplianceArgumentError,
  ComplianceConfigError,
  ConflictError,
  InsufficientScopeError,
  IntegrityError,
  InvalidKeyError,
  NotFoundError,
  RateLimitedError,
  UpstreamError,
  UpstreamUnavailableError,
} from "@/lib/compliance";
import { BudgetTimeoutError, BudgetUnavailableError } from "@/lib/compliance/budget";
import { AppError } from "../http/errors";

/** Fallback Retry-After (seconds) when the upstream sent none. */
const DEFAULT_RETRY_AFTER = 30;

/**
 * Upstream failures → our envelope. Messages are written here, never copied from upstream bodies (which may echo
 * internal ids or, in a misconfigured proxy, a key). Anything unrecognised is returned unchanged and becomes a
 * logged 500 in the route wrapper.
 */
export function toAppError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  if (err instanceof ComplianceArgumentError) {
    return new AppError("invalid_input", `Invalid input: ${err.argument}`, { fields: { [err.argument]: [err.message.replace(`${err.argument}: `, "")] } });
  }
  if (err instanceof NotFoundError) {
    // A bare "Not found" is how the API answers an unauthenticated request (reference §7.2), not a missing record.
    if (err.isUnauthenticated) return new AppError("upstream_unavailable", "The Compliance API did not accept the configured key (it is not a Compliance key)");
    return new AppError("not_found", "Not found in the Compliance API (it may have been deleted or be out of the key's reach)");
  }
  if (err instanceof InsufficientScopeError) {
    const needed = err.needed?.length ? err.needed.join(" or ") : "needed for this read";
    return new AppError("upstream_unavailable", `The configured Compliance API key lacks scope ${needed}`);
  }
  if (err instanceof InvalidKeyError) return new AppError("upstream_unavailable", "The configured Compliance API key was rejected (invalid, deactivated or expired)");
  if (err instanceof RateLimitedError) {
    return new AppError("rate_limited", "The Compliance API rate limit was reached; try again shortly", { retryAfter: Math.max(1, Math.ceil(err.retryAfter ?? DEFAULT_RETRY_AFTER)) });
  }
  if (err instanceof BudgetTimeoutError) return new AppError("rate_limited", "The console's Compliance API budget is busy; try again shortly", { retryAfter: 10 });
  if (err instanceof BudgetUnavailableError) return new AppError("upstream_unavailable", "The shared rate budget is unreachable, so no request was sent upstream");
  if (err instanceof BadRequestError) return new AppError("bad_request", "The Compliance API refused this request (an unknown filter value or an expired cursor?); reload the list");
  if (err instanceof ConflictError) return new AppError("conflict", "The Compliance API reported a conflict");
  if (err instanceof UpstreamUnavailableError) return new AppError("upstream_unavailable", "The Compliance API is unavailable; try again shortly");
  if (err instanceof UpstreamError) return new AppError("upstream_unavailable", "The Compliance API sent a response the console could not use");
  if (err instanceof IntegrityError) return new AppError("upstream_unavailable", "The content failed verification (length or MD5 mismatch); try again");
  if (err instanceof ComplianceConfigError) return new AppError("upstream_unavailable", err.message);
  return err;
}

/** The audit `details.error` for a failed read: our code, never the upstream text. */
export function failureCode(err: unknown): string {
  const mapped = toAppError(err);
  return mapped instanceof AppError ? mapped.code : "internal";
}
