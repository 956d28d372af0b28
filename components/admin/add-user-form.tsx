"use client";

import { useState, type FormEvent } from "react";
import type { Role } from "@/lib/schemas/auth";
import { CreatedUserDto } from "@/lib/schemas/users";
import { ApiError, api } from "@/lib/queries/api";
import { BUTTON_PRIMARY, BUTTON_SECONDARY, FIELD_ERROR, INPUT, LABEL } from "@/components/shell/controls";
import { RolePicker } from "./role-picker";

/**
 * Adds a local account (POST /api/users). No password is asked for: the server generates a strong one
 * and `onCreated` receives it, to be shown once. Field errors come from the server's validation.
 */
export function AddUserForm({ onCreated, onCancel }: { onCreated: (created: CreatedUserDto) => void; onCancel: () => void }) {
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [roles, setRoles] = useState<Role[]>(["analyst"]);
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSaving(true);
    setFields({});
    setError(null);
    try {
      const created = await api("/api/users", CreatedUserDto, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name, email, roles }),
      });
      onCreated(created);
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length > 0) setFields(err.fields);
      else setError(err instanceof Error ? err.message : "Could not create the user");
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form onSubmit={onSubmit} aria-label="Add a user" className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="new-user-name" className={LABEL}>
            Full name
          </label>
          <input id="new-user-name" required value={name} onChange={(e) => setName(e.target.value)} className={INPUT} aria-invalid={fields.name ? true : undefined} />
          {fields.name ? <p className={FIELD_ERROR}>{fields.name.join(" ")}</p> : null}
        </div>
        <div>
          <label htmlFor="new-user-email" className={LABEL}>
            Email
          </label>
          <input
            id="new-user-email"
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            className={INPUT}
            aria-invalid={fields.email ? true : undefined}
            placeholder="name@company.com"
          />
          {fields.email ? <p className={FIELD_ERROR}>{fields.email.join(" ")}</p> : null}
        </div>
      </div>
      <div>
        <RolePicker legend="Roles" idPrefix="new-user-role" value={roles} onChange={setRoles} />
        {fields.roles ? <p className={FIELD_ERROR}>{fields.roles.join(" ")}</p> : null}
      </div>
      {error ? (
        <p data-testid="add-user-error" className="rounded-lg border border-danger-line bg-danger-soft px-3 py-2.5 text-[13px] font-medium text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex items-center justify-between gap-3 border-t border-line pt-4">
        <p className="text-xs text-muted">A password is generated and shown once.</p>
        <div className="flex gap-2">
          <button type="button" onClick={onCancel} className={BUTTON_SECONDARY}>
            Cancel
          </button>
          <button type="submit" disabled={isSaving} className={BUTTON_PRIMARY}>
            {isSaving ? "Creating…" : "Create user"}
          </button>
        </div>
      </div>
    </form>
  );
}
