"use client";

import { Callout } from "@/components/ui/callout";

/** Anything the page itself throws (the list's own errors are shown inline with a retry). */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-3xl">
      <Callout tone="danger" title="This page failed to load">
        <p className="text-fg">Reload the page; if it keeps failing, check the Overview for the upstream&apos;s status.</p>
        {error.digest ? <p className="font-mono text-xs text-subtle">digest {error.digest}</p> : null}
        <button type="button" onClick={reset} className="mt-1 rounded-md border border-line-strong bg-surface px-2.5 py-1 text-sm font-medium text-fg hover:bg-surface-2">
          Try again
        </button>
      </Callout>
    </div>
  );
}
