"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { PurposeDto } from "@/lib/schemas/auth";
import { ApiError, api } from "@/lib/queries/api";
import { BUTTON_PRIMARY, FIELD_ERROR, HINT, INPUT, LABEL, TEXTAREA } from "@/components/shell/controls";

/**
 * States the purpose of access (POST /api/purpose), then returns to the page that asked for it. The
 * server validates; its field messages are shown under the fields.
 */
export function PurposeForm({ callbackUrl, initial }: { callbackUrl: string; initial: { reference: string; reason: string } | null }) {
  const router = useRouter();
  const [reference, setReference] = useState(initial?.reference ?? "");
  const [reason, setReason] = useState("");
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSaving(true);
    setFields({});
    setError(null);
    try {
      await api("/api/purpose", PurposeDto, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ reference, reason }),
      });
      router.push(callbackUrl);
      router.refresh();
    } catch (err) {
      setIsSaving(false);
      if (err instanceof ApiError && Object.keys(err.fields).length > 0) setFields(err.fields);
      else setError(err instanceof Error ? err.message : "Could not save the purpose");
    }
  };

  return (
    <form onSubmit={onSubmit} className="space-y-5">
      <div>
        <label htmlFor="purpose-reference" className={LABEL}>
          Case or ticket reference
        </label>
        <input
          id="purpose-reference"
          name="reference"
          required
          maxLength={120}
          value={reference}
          onChange={(e) => setReference(e.target.value)}
          aria-invalid={fields.reference ? true : undefined}
          aria-describedby="purpose-reference-hint"
          className={`${INPUT} font-mono`}
          placeholder="CASE-2026-042 or SEC-1187"
        />
        <p id="purpose-reference-hint" className={HINT}>
          The matter this access belongs to, as your case or ticketing system names it.
        </p>
        {fields.reference ? <p className={FIELD_ERROR}>{fields.reference.join(" ")}</p> : null}
      </div>
      <div>
        <label htmlFor="purpose-reason" className={LABEL}>
          Reason
        </label>
        <textarea
          id="purpose-reason"
          name="reason"
          required
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={fields.reason ? true : undefined}
          aria-describedby="purpose-reason-hint"
          className={TEXTAREA}
          placeholder="e.g. Litigation hold review of the custodians named in the complaint"
        />
        <p id="purpose-reason-hint" className={HINT}>
          At least 10 characters. Reviewers of the audit trail read this next to everything you open.
        </p>
        {fields.reason ? <p className={FIELD_ERROR}>{fields.reason.join(" ")}</p> : null}
      </div>
      {error ? (
        <p data-testid="purpose-error" className="rounded-lg border border-danger-line bg-danger-soft px-3 py-2.5 text-[13px] font-medium text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex items-center justify-end gap-3 border-t border-line pt-5">
        <button type="submit" disabled={isSaving} className={BUTTON_PRIMARY}>
          {isSaving ? "Saving…" : initial ? "Change purpose" : "State purpose and continue"}
        </button>
      </div>
    </form>
  );
}
