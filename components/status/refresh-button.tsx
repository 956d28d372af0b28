"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { RefreshIcon } from "@/components/ui/icons";

/** Re-renders the server component, which re-runs the upstream probe (the page is force-dynamic). */
export function RefreshButton() {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <button
      type="button"
      onClick={() => startTransition(() => router.refresh())}
      disabled={isPending}
      aria-busy={isPending}
      className={[
        "inline-flex h-8 items-center gap-2 rounded-lg border border-line-strong bg-surface px-3",
        "text-sm font-medium text-fg shadow-card transition-colors hover:bg-surface-2",
        "disabled:cursor-progress disabled:opacity-70",
      ].join(" ")}
    >
      <RefreshIcon className={isPending ? "animate-spin" : undefined} />
      {isPending ? "Checking…" : "Refresh"}
    </button>
  );
}
