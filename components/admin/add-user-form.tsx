"use client";

import { useState } from "react";
import type { Role } from "@/lib/schemas/auth";
import { CreatedUserDto } from "@/lib/schemas/users";
import { api } from "@/lib/queries/api";
import { BUTTON_PRIMARY, BUTTON_SECONDARY, FIELD_ERROR } from "@/components/ui/controls";
import { FormError } from "@/components/ui/form-error";
import { TextInput } from "@/components/ui/form-field";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { RolePicker } from "./role-picker";

/**
 * Adds a local account (POST /api/users). No password is asked for: the server generates a strong one
 * and `onCreated` receives it, to be shown once. Field errors come from the server's validation.
 */
export function AddUserForm({
  onCreated,
  onCancel,
}: {
  onCreated: (created: CreatedUserDto) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [roles, setRoles] = useState<Role[]>(["analyst"]);
  const { fields, error, isSaving, handleSubmit } = useFormSubmit("Could not create the user");

  const onSubmit = handleSubmit(async () => {
    const created = await api("/api/users", CreatedUserDto, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name, email, roles }),
    });
    onCreated(created);
  });

  return (
    <form onSubmit={onSubmit} aria-label="Add a user" className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput
          id="new-user-name"
          label="Full name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          errors={fields.name}
        />
        <TextInput
          id="new-user-email"
          label="Email"
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          errors={fields.email}
          placeholder="name@company.com"
        />
      </div>
      <div>
        <RolePicker legend="Roles" idPrefix="new-user-role" value={roles} onChange={setRoles} />
        {fields.roles ? <p className={FIELD_ERROR}>{fields.roles.join(" ")}</p> : null}
      </div>
      {error ? <FormError testId="add-user-error">{error}</FormError> : null}
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
