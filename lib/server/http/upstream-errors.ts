import "server-only";
import { isComplianceError } from "@/lib/compliance";
import { AppError, isAppError } from "@/lib/server/http/errors";

/** Fallback Retry-After (seconds) when the upstream sent none. */
const DEFAULT_RETRY_AFTER = 30;

/**
 * Upstream failures → our envelope. Messages are written here, never copied from upstream bodies (which may echo
 * internal ids or, in a misconfigured proxy, a key). Anything unrecognised is returned unchanged and becomes a
 * logged 500 in the route wrapper. Errors are recognised by their brand, not `instanceof`: the shared client may
 * come from the other bundle copy of lib/compliance (lib/compliance/error-kind.ts).
 */
export function toAppError(err: unknown): unknown {
  if (isAppError(err)) return err;
  if (isComplianceError(err, "argument")) {
    return new AppError("invalid_input", `Invalid input: ${err.argument}`, {
      fields: { [err.argument]: [err.message.replace(`${err.argument}: `, "")] },
    });
  }
  if (isComplianceError(err, "not_found")) {
    // A bare "Not found" is how the API answers an unauthenticated request (reference §7.2), not a missing record.
    if (err.isUnauthenticated)
      return new AppError(
        "upstream_unavailable",
        "The Compliance API did not accept the configured key (it is not a Compliance key)",
      );
    return new AppError(
      "not_found",
      "Not found in the Compliance API (it may have been deleted or be out of the key's reach)",
    );
  }
  if (isComplianceError(err, "insufficient_scope")) {
    const needed = err.needed?.length ? err.needed.join(" or ") : "needed for this read";
    return new AppError("upstream_unavailable", `The configured Compliance API key lacks scope ${needed}`);
  }
  if (isComplianceError(err, "invalid_key"))
    return new AppError(
      "upstream_unavailable",
      "The configured Compliance API key was rejected (invalid, deactivated or expired)",
    );
  if (isComplianceError(err, "rate_limited")) {
    return new AppError("rate_limited", "The Compliance API rate limit was reached; try again shortly", {
      retryAfter: Math.max(1, Math.ceil(err.retryAfter ?? DEFAULT_RETRY_AFTER)),
    });
  }
  if (isComplianceError(err, "budget_timeout"))
    return new AppError("rate_limited", "The console's Compliance API budget is busy; try again shortly", {
      retryAfter: 10,
    });
  if (isComplianceError(err, "budget_unavailable"))
    return new AppError(
      "upstream_unavailable",
      "The shared rate budget is unreachable, so no request was sent upstream",
    );
  // The server is shutting down while this request waited for the budget: another instance (or a retry) will serve it.
  if (isComplianceError(err, "budget_closed"))
    return new AppError("upstream_unavailable", "The console is restarting; try again shortly", { retryAfter: 5 });
  if (isComplianceError(err, "bad_request"))
    return new AppError(
      "bad_request",
      "The Compliance API refused this request (an unknown filter value or an expired cursor?); reload the list",
    );
  if (isComplianceError(err, "conflict")) return new AppError("conflict", "The Compliance API reported a conflict");
  if (isComplianceError(err, "unavailable"))
    return new AppError("upstream_unavailable", "The Compliance API is unavailable; try again shortly");
  if (isComplianceError(err, "upstream"))
    return new AppError("upstream_unavailable", "The Compliance API sent a response the console could not use");
  if (isComplianceError(err, "integrity"))
    return new AppError("upstream_unavailable", "The content failed verification (length or MD5 mismatch); try again");
  if (isComplianceError(err, "config")) return new AppError("upstream_unavailable", err.message);
  return err;
}

/** The audit `details.error` for a failed read: our code, never the upstream text. */
export function failureCode(err: unknown): string {
  const mapped = toAppError(err);
  return isAppError(mapped) ? mapped.code : "internal";
}
