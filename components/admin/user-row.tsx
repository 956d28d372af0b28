"use client";

import { useState, type ReactNode } from "react";
import { z } from "zod";
import { UserDto as UserDtoSchema, type Role, type UserDto } from "@/lib/schemas/auth";
import { api } from "@/lib/queries/api";
import { Badge, StatusDot } from "@/components/ui/badge";
import { BUTTON_DANGER, BUTTON_PRIMARY, BUTTON_SECONDARY } from "@/components/ui/controls";
import { RolePicker } from "./role-picker";
import { UserSessions } from "./user-sessions";

const PatchedUser = z.object({ user: UserDtoSchema.nullable() });
type Mode = "view" | "roles" | "disable";

const SMALL_SECONDARY = BUTTON_SECONDARY.replace("h-9", "h-8")
  .replace("px-3.5", "px-3")
  .replace("text-sm", "text-[13px]");
const SMALL_PRIMARY = BUTTON_PRIMARY.replace("h-9", "h-8").replace("px-4", "px-3").replace("text-sm", "text-[13px]");

/** One account: roles edited in place (PATCH roles), disabling behind a confirmation (PATCH disabled). */
export function UserRow({ user, isSelf, onChanged }: { user: UserDto; isSelf: boolean; onChanged: () => void }) {
  const [mode, setMode] = useState<Mode>("view");
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const patch = async (body: { roles: Role[] } | { disabled: true }) => {
    setIsSaving(true);
    setError(null);
    try {
      await api(`/api/users/${encodeURIComponent(user.id)}`, PatchedUser, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      setMode("view");
      onChanged();
    } catch (err) {
      setError(err instanceof Error ? err.message : "The change was not saved");
    } finally {
      setIsSaving(false);
    }
  };

  const cancel = () => {
    setMode("view");
    setRoles(user.roles);
    setError(null);
  };

  return (
    <tr
      data-testid={`user-row-${user.email}`}
      className={`align-top ${user.disabled ? "text-muted [&_.font-medium]:text-muted" : ""}`}
    >
      <td className="py-3 pr-4 pl-5">
        <p className="font-medium text-fg">
          {user.name}
          {isSelf ? <span className="ml-2 text-xs font-normal text-subtle">(you)</span> : null}
        </p>
        <p className="text-[13px] text-muted">{user.email}</p>
      </td>
      <td className="px-4 py-3">
        <Badge tone="neutral">{user.authSource === "oidc" ? "SSO" : "Password"}</Badge>
      </td>
      <td className="px-4 py-3">
        {mode === "roles" ? (
          <div className="space-y-2.5">
            <RolePicker
              legend={`Roles of ${user.email}`}
              idPrefix={`roles-${user.id}`}
              value={roles}
              onChange={setRoles}
              isCompact
            />
            <WithCancel onCancel={cancel}>
              <button
                type="button"
                className={SMALL_PRIMARY}
                disabled={isSaving || roles.length === 0}
                onClick={() => patch({ roles })}
              >
                {isSaving ? "Saving…" : "Save roles"}
              </button>
            </WithCancel>
          </div>
        ) : (
          <div className="flex flex-wrap gap-1.5" data-testid="user-roles">
            {user.roles.map((role) => (
              <Badge key={role} tone="accent">
                {role}
              </Badge>
            ))}
          </div>
        )}
        {error ? (
          <p className="mt-2 text-xs font-medium text-danger" data-testid="user-row-error">
            {error}
          </p>
        ) : null}
      </td>
      <td className="px-4 py-3 text-[13px] whitespace-nowrap">
        {user.disabled ? <StatusDot tone="neutral">Disabled</StatusDot> : <StatusDot tone="success">Active</StatusDot>}
        <UserSessions user={user} onChanged={onChanged} />
      </td>
      <td className="px-4 py-3 text-[13px] whitespace-nowrap text-muted tabular-nums">{user.createdAt.slice(0, 10)}</td>
      <td className="py-3 pr-5 pl-4 text-right whitespace-nowrap">
        {user.disabled ? null : mode === "disable" ? (
          <div className="inline-flex flex-col items-end gap-2">
            <span className="text-xs text-muted">Disable this account? It is signed out at once.</span>
            <WithCancel onCancel={cancel}>
              <button
                type="button"
                className={BUTTON_DANGER}
                disabled={isSaving}
                onClick={() => patch({ disabled: true })}
              >
                {isSaving ? "Disabling…" : "Confirm disable"}
              </button>
            </WithCancel>
          </div>
        ) : mode === "view" ? (
          <div className="flex justify-end gap-2">
            <button
              type="button"
              className={SMALL_SECONDARY}
              onClick={() => setMode("roles")}
              aria-label={`Edit roles of ${user.email}`}
            >
              Edit roles
            </button>
            {/* Disabling oneself is refused by the server too. */}
            {isSelf ? null : (
              <button
                type="button"
                className={BUTTON_DANGER}
                onClick={() => setMode("disable")}
                aria-label={`Disable ${user.email}`}
              >
                Disable
              </button>
            )}
          </div>
        ) : null}
      </td>
    </tr>
  );
}

/** A pending edit's confirm button, followed by the Cancel that drops the edit. */
function WithCancel({ onCancel, children }: { onCancel: () => void; children: ReactNode }) {
  return (
    <div className="flex gap-2">
      {children}
      <button type="button" className={SMALL_SECONDARY} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
