"use client";

import Link from "next/link";
import { ApiError } from "@/lib/queries/api";
import { Callout } from "@/components/ui/callout";
import { BUTTON_INLINE } from "@/components/ui/controls";

/** Our error envelope, worded as what to do next; a missing purpose links to the purpose page. */
export function QueryError({ error, onRetry, what }: { error: Error; onRetry?: () => void; what: string }) {
  const callbackUrl =
    typeof window === "undefined" ? "/investigate" : `${window.location.pathname}${window.location.search}`;
  if (error instanceof ApiError && error.code === "purpose_required") {
    return (
      <Callout tone="warning" title="State your purpose of access first" testId="purpose-required">
        <p className="text-fg">
          Custodian content is only shown once you declare a case or ticket reference and a reason; it is stamped on
          every audit entry.
        </p>
        <Link
          href={`/purpose?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="inline-block font-medium text-accent-text underline underline-offset-2"
        >
          Declare a purpose
        </Link>
      </Callout>
    );
  }
  const hint =
    error instanceof ApiError && error.status === 401
      ? "Your session has ended: sign in again."
      : error instanceof ApiError && error.status === 403
        ? "Your role does not allow this. Ask an administrator."
        : error instanceof ApiError && error.status === 429
          ? `Too many requests${error.retryAfter ? `: retry in ${error.retryAfter} s` : ""}.`
          : error instanceof ApiError && error.code === "invalid_input"
            ? Object.entries(error.fields)
                .map(([f, m]) => `${f}: ${m.join(", ")}`)
                .join("; ") || "Check the filter."
            : "Try again; if it keeps failing, check the Overview for the upstream's status.";
  return (
    <Callout tone="danger" title={`Could not load ${what}`} testId="query-error">
      <p className="text-fg">{error.message}</p>
      <p className="text-muted">{hint}</p>
      {error instanceof ApiError && error.requestId ? (
        <p className="font-mono text-xs text-subtle">request {error.requestId}</p>
      ) : null}
      {onRetry ? (
        <button type="button" onClick={onRetry} className={`mt-1 px-2.5 ${BUTTON_INLINE}`}>
          Retry
        </button>
      ) : null}
    </Callout>
  );
}
