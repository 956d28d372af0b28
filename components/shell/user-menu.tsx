"use client";

import { signOut } from "next-auth/react";
import { useId, useRef, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { ChevronDownIcon, SignOutIcon } from "@/components/ui/icons";
import { useDismiss } from "@/components/ui/use-dismiss";

export type MenuUser = { name: string; email: string; roles: string[] };

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "?") + (parts.length > 1 ? parts[parts.length - 1][0] : "")).toUpperCase();
}

/** Who is signed in, with which roles, and the way out. A disclosure (button + panel), closed by Escape or a click outside. */
export function UserMenu({ user }: { user: MenuUser }) {
  const [isOpen, setIsOpen] = useState(false);
  const [isSigningOut, setIsSigningOut] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useDismiss(isOpen, setIsOpen, rootRef, buttonRef);

  const onSignOut = async () => {
    setIsSigningOut(true);
    // next-auth clears the cookie and records `auth.sign_out`; then back to the sign-in page.
    await signOut({ callbackUrl: "/sign-in" });
  };

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        aria-label={`Account: ${user.name}`}
        onClick={() => setIsOpen((v) => !v)}
        className={[
          "flex h-9 items-center gap-2 rounded-lg border border-transparent px-1.5 text-sm text-fg",
          "transition-colors hover:border-line hover:bg-surface-2 aria-expanded:border-line",
          "aria-expanded:bg-surface-2",
        ].join(" ")}
      >
        <span
          aria-hidden="true"
          className="grid size-7 place-items-center rounded-full bg-accent-soft text-[11px] font-semibold text-accent-text"
        >
          {initials(user.name)}
        </span>
        <span className="hidden max-w-40 truncate font-medium lg:inline">{user.name}</span>
        <ChevronDownIcon className="text-subtle" />
      </button>
      <div
        id={panelId}
        hidden={!isOpen}
        className="absolute right-0 z-30 mt-2 w-72 rounded-xl border border-line bg-surface p-1.5 shadow-card"
      >
        <div className="px-3 pt-2.5 pb-3">
          <p className="truncate text-sm font-semibold text-fg" data-testid="user-menu-name">
            {user.name}
          </p>
          <p className="truncate text-[13px] text-muted">{user.email}</p>
          <div className="mt-2.5 flex flex-wrap gap-1.5" data-testid="user-menu-roles">
            {user.roles.map((role) => (
              <Badge key={role} tone="accent">
                {role}
              </Badge>
            ))}
          </div>
        </div>
        <div className="border-t border-line pt-1.5">
          <button
            type="button"
            onClick={onSignOut}
            disabled={isSigningOut}
            className="flex w-full items-center gap-2.5 rounded-lg px-3 py-2 text-left text-sm font-medium text-fg hover:bg-surface-2 disabled:opacity-60"
          >
            <SignOutIcon className="text-subtle" />
            {isSigningOut ? "Signing out…" : "Sign out"}
          </button>
        </div>
      </div>
    </div>
  );
}
