"use client";

import { ROLES, type Role } from "@/lib/schemas/auth";

export const ROLE_HINTS: Record<Role, string> = {
  analyst: "Investigates: searches custodians, reads content and activity",
  legal: "Everything an analyst does, plus cases and evidence exports",
  admin: "Manages users, directory review and deletion requests",
  auditor: "Reads and exports the audit trail, nothing else",
};

/** Multi-select of roles as a checkbox group: a user may hold several. */
export function RolePicker({
  value,
  onChange,
  legend,
  idPrefix,
  isCompact = false,
}: {
  value: readonly Role[];
  onChange: (roles: Role[]) => void;
  legend: string;
  idPrefix: string;
  isCompact?: boolean;
}) {
  const toggle = (role: Role, checked: boolean) =>
    onChange(checked ? [...new Set([...value, role])].sort() : value.filter((r) => r !== role));
  return (
    <fieldset>
      <legend className={isCompact ? "sr-only" : "text-[13px] font-medium text-fg"}>{legend}</legend>
      <div className={isCompact ? "flex flex-wrap gap-x-4 gap-y-1.5" : "mt-2 grid gap-2 sm:grid-cols-2"}>
        {ROLES.map((role) => {
          const id = `${idPrefix}-${role}`;
          return (
            <label
              key={role}
              htmlFor={id}
              className={
                isCompact
                  ? "flex items-center gap-2 text-[13px] text-fg"
                  : "flex cursor-pointer gap-2.5 rounded-lg border border-line px-3 py-2.5 transition-colors hover:bg-surface-2 has-[:checked]:border-accent has-[:checked]:bg-accent-soft/60"
              }
            >
              <input
                id={id}
                type="checkbox"
                checked={value.includes(role)}
                onChange={(e) => toggle(role, e.target.checked)}
                className="mt-0.5 size-4 shrink-0 accent-[var(--accent)]"
              />
              <span>
                <span className="block text-[13px] font-medium text-fg">{role}</span>
                {isCompact ? null : <span className="block text-xs text-muted">{ROLE_HINTS[role]}</span>}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
