"use client";

import { useState, type FormEvent } from "react";
import { ApiError } from "@/lib/queries/api";

/**
 * Submit state of a form posting to one of our routes: the envelope's field errors go under their
 * fields, any other failure becomes one form-level message (`fallback` when it carries none).
 */
export function useFormSubmit(fallback: string) {
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const handleSubmit = (action: () => Promise<void>) => async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSaving(true);
    setFields({});
    setError(null);
    try {
      await action();
    } catch (err) {
      // Saving only ends on failure: on success the caller navigates away or closes the form, and the
      // button must not come back to life (and invite a second submit) in between.
      setIsSaving(false);
      if (err instanceof ApiError && Object.keys(err.fields).length > 0) setFields(err.fields);
      else setError(err instanceof Error ? err.message : fallback);
    }
  };

  return { fields, error, isSaving, handleSubmit };
}
