"use client";

import { useState } from "react";
import { PurposeDto } from "@/lib/schemas/auth";
import { api } from "@/lib/queries/api";
import { BUTTON_PRIMARY } from "@/components/ui/controls";
import { FormError } from "@/components/ui/form-error";
import { TextArea, TextInput } from "@/components/ui/form-field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

/**
 * States the purpose of access (POST /api/purpose), then returns to the page that asked for it. The
 * server validates; its field messages are shown under the fields.
 */
export function PurposeForm({
  callbackUrl,
  initial,
}: {
  callbackUrl: string;
  initial: { reference: string; reason: string } | null;
}) {
  const [reference, setReference] = useState(initial?.reference ?? "");
  const [reason, setReason] = useState("");
  const { fields, error, isSaving, handleSubmit } = useFormSubmit("Could not save the purpose");

  const onSubmit = handleSubmit(async () => {
    await api("/api/purpose", PurposeDto, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ reference, reason }),
    });
    // A full page load renders the destination once, with the top bar's purpose badge up to date; router.push
    // followed by router.refresh rendered it twice, reading upstream and writing its audit entries twice.
    window.location.assign(callbackUrl);
  });

  return (
    <form onSubmit={onSubmit} className="space-y-5">
      <TextInput
        id="purpose-reference"
        label="Case or ticket reference"
        hint="The matter this access belongs to, as your case or ticketing system names it."
        errors={fields.reference}
        name="reference"
        required
        maxLength={120}
        value={reference}
        onChange={(e) => setReference(e.target.value)}
        className="font-mono"
        placeholder="CASE-2026-042 or SEC-1187"
      />
      <TextArea
        id="purpose-reason"
        label="Reason"
        hint="At least 10 characters. Reviewers of the audit trail read this next to everything you open."
        errors={fields.reason}
        name="reason"
        required
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder="e.g. Litigation hold review of the custodians named in the complaint"
      />
      {error ? <FormError testId="purpose-error">{error}</FormError> : null}
      <div className="flex items-center justify-end gap-3 border-t border-line pt-5">
        <button type="submit" disabled={isSaving} className={BUTTON_PRIMARY}>
          {isSaving ? "Saving…" : initial ? "Change purpose" : "State purpose and continue"}
        </button>
      </div>
    </form>
  );
}
