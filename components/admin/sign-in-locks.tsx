"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { SignInLockResponse, type SignInLockDto } from "@/lib/schemas/users";
import { BUTTON_SECONDARY } from "@/components/ui/controls";
import { api } from "@/lib/queries/api";

/**
 * Accounts whose password sign-in is being delayed after failed attempts (issue 10 §4), with a control to clear the
 * delay. Kept apart from the users table: it lists only the few accounts with something counted.
 */
export function SignInLocks({ locks }: { locks: SignInLockDto[] }) {
  const router = useRouter();
  const [clearing, setClearing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (locks.length === 0) return null;

  const clear = async (lock: SignInLockDto) => {
    setClearing(lock.userId);
    setError(null);
    try {
      await api(`/api/users/${encodeURIComponent(lock.userId)}/sign-in-lock`, SignInLockResponse, { method: "DELETE" });
      router.refresh();
    } catch (err) {
      setError(err instanceof Error ? err.message : "The delay was not cleared");
    } finally {
      setClearing(null);
    }
  };

  return (
    <section aria-labelledby="sign-in-locks-title" className="rounded-xl border border-line bg-surface p-5 shadow-card">
      <h2 id="sign-in-locks-title" className="text-sm font-semibold text-fg">
        Sign-in delays
      </h2>
      <p className="mt-1 text-xs text-muted">
        Failed password attempts delay further ones (never single sign-on). Clearing lets the next attempt through at
        once, from any address; it is recorded in the audit trail.
      </p>
      {error ? (
        <p role="alert" className="mt-2 text-xs text-danger">
          {error}
        </p>
      ) : null}
      <ul className="mt-3 divide-y divide-line text-sm">
        {locks.map((lock) => (
          <li key={lock.userId} className="flex items-center justify-between gap-3 py-2" data-testid="sign-in-lock">
            <span>
              <span className="text-fg">{lock.email}</span>{" "}
              <span className="text-muted tabular-nums">
                {lock.failures} failed · {delayText(lock.delayedUntil)}
              </span>
            </span>
            <button
              type="button"
              className={BUTTON_SECONDARY.replace("h-9", "h-8").replace("px-4", "px-3")}
              disabled={clearing === lock.userId}
              onClick={() => void clear(lock)}
            >
              Clear delay
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function delayText(delayedUntil: string): string {
  const seconds = Math.ceil((Date.parse(delayedUntil) - Date.now()) / 1000);
  return seconds > 0 ? `next attempt in ${seconds} s` : "not delayed now";
}
