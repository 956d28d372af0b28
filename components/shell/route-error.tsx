"use client";

import { BUTTON_INLINE } from "@/components/ui/controls";
import { Callout } from "@/components/ui/callout";

/** The props Next passes to an `error.tsx` boundary. */
export type RouteErrorProps = { error: Error & { digest?: string }; reset: () => void };

/**
 * The console pages' error boundary: anything a page itself throws (the lists' own fetch errors are
 * shown inline with a retry). Next hides server error messages in production; the digest lets an
 * operator find the full error in the server log.
 */
export function RouteError({ error, reset, title }: RouteErrorProps & { title: string }) {
  return (
    <div className="mx-auto max-w-3xl">
      <Callout tone="danger" title={title}>
        <p className="text-fg">
          Reload the page; if it keeps failing, check the Overview for the upstream&apos;s status.
        </p>
        {error.digest ? <p className="font-mono text-xs text-subtle">digest {error.digest}</p> : null}
        <button type="button" onClick={reset} className={`mt-1 px-2.5 ${BUTTON_INLINE}`}>
          Try again
        </button>
      </Callout>
    </div>
  );
}
