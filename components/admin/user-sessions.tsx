"use client";

import { useState } from "react";
import type { UserDto } from "@/lib/schemas/auth";
import { EndedSessionsDto } from "@/lib/schemas/users";
import { api } from "@/lib/queries/api";
import { BUTTON_DANGER } from "@/components/ui/controls";

const LINK_BUTTON = "text-xs font-medium text-accent underline-offset-2 hover:underline disabled:opacity-60";

/**
 * A user's open sessions and "End sessions" (signs them out everywhere: a lost laptop, a stolen cookie), behind a
 * confirmation. The account stays usable; disabling it ends its sessions anyway.
 */
export function UserSessions({ user, onChanged }: { user: UserDto; onChanged: () => void }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [isEnding, setIsEnding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const count = user.activeSessions ?? 0;
  if (user.disabled) return null;

  const end = async () => {
    setIsEnding(true);
    setError(null);
    try {
      await api(`/api/users/${encodeURIComponent(user.id)}/sessions`, EndedSessionsDto, { method: "DELETE" });
      setIsConfirming(false);
      onChanged();
    } catch (err) {
      setError(err instanceof Error ? err.message : "The sessions were not ended");
    } finally {
      setIsEnding(false);
    }
  };

  return (
    <div className="mt-1 space-y-1 text-xs text-muted" data-testid="user-sessions">
      <p className="tabular-nums">
        {count === 1 ? "1 open session" : `${count} open sessions`}
        {count > 0 && !isConfirming ? (
          <>
            {" · "}
            <button
              type="button"
              className={LINK_BUTTON}
              onClick={() => setIsConfirming(true)}
              aria-label={`End sessions of ${user.email}`}
            >
              End
            </button>
          </>
        ) : null}
      </p>
      {isConfirming ? (
        <div className="flex items-center gap-2">
          <button type="button" className={BUTTON_DANGER} disabled={isEnding} onClick={end}>
            {isEnding ? "Ending…" : "Sign out everywhere"}
          </button>
          <button type="button" className={LINK_BUTTON} onClick={() => setIsConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : null}
      {error ? <p className="font-medium text-danger">{error}</p> : null}
    </div>
  );
}
