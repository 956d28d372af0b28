"use client";

import { useRouter } from "next/navigation";

/** Back to the list the user came from (keeping its filter); a fresh tab goes to `fallback` instead. */
export function BackLink({ fallback, label }: { fallback: string; label: string }) {
  const router = useRouter();
  return (
    <button
      type="button"
      onClick={() => (window.history.length > 1 ? router.back() : router.push(fallback))}
      className="text-sm text-accent-text hover:underline"
    >
      ← {label}
    </button>
  );
}
