"use client";

import { AlertIcon } from "@/components/ui/icons";

// Route error boundary: a failure while rendering (e.g. an invalid server environment) gets a
// readable page instead of a blank one. Messages of server errors are hidden by Next in production;
// the digest lets an operator find the full error in the server log.
export default function RouteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl rounded-xl border border-danger-line bg-danger-soft p-6" role="alert">
      <h1 className="flex items-center gap-2 text-base font-semibold text-danger">
        <AlertIcon width={18} height={18} /> Something went wrong
      </h1>
      <p className="mt-2 text-sm text-fg">
        Custody could not render this page. Check the server log and the configuration in{" "}
        <code className="font-mono text-[12.5px]">.env.local</code>.
      </p>
      {error.digest ? <p className="mt-2 font-mono text-xs text-muted">Reference: {error.digest}</p> : null}
      <button
        type="button"
        onClick={reset}
        className="mt-4 inline-flex h-8 items-center rounded-lg border border-line-strong bg-surface px-3 text-sm font-medium text-fg hover:bg-surface-2"
      >
        Try again
      </button>
    </div>
  );
}
