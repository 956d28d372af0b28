"use client";

import { useState } from "react";
import type { CreatedUserDto } from "@/lib/schemas/users";
import { CheckIcon } from "@/components/ui/icons";

/** The generated password, shown once: it is not stored anywhere, so it cannot be shown again. */
export function CreatedPasswordNotice({ created, onDismiss }: { created: CreatedUserDto; onDismiss: () => void }) {
  const [isCopied, setIsCopied] = useState(false);
  const copy = async () => {
    if (!created.generatedPassword) return;
    try {
      await navigator.clipboard.writeText(created.generatedPassword);
      setIsCopied(true);
    } catch {
      setIsCopied(false); // Clipboard blocked: the password stays visible to copy by hand.
    }
  };
  return (
    <section
      data-testid="created-user"
      aria-live="polite"
      className="rounded-xl border border-success-line bg-success-soft px-5 py-4"
    >
      <div className="flex items-start justify-between gap-4">
        <div className="min-w-0">
          <p className="flex items-center gap-2 text-sm font-semibold text-success">
            <CheckIcon /> {created.user.email} can now sign in
          </p>
          {created.generatedPassword ? (
            <>
              <p className="mt-1 text-[13px] text-fg">
                Give them this password through a trusted channel. It will not be shown again.
              </p>
              <div className="mt-3 flex flex-wrap items-center gap-2">
                <code
                  data-testid="generated-password"
                  className="rounded-lg border border-line bg-surface px-3 py-1.5 font-mono text-sm text-fg select-all"
                >
                  {created.generatedPassword}
                </code>
                <button
                  type="button"
                  onClick={copy}
                  className="h-8 rounded-lg border border-line-strong bg-surface px-3 text-[13px] font-medium text-fg hover:bg-surface-2"
                >
                  {isCopied ? "Copied" : "Copy"}
                </button>
              </div>
            </>
          ) : null}
        </div>
        <button type="button" onClick={onDismiss} className="shrink-0 text-[13px] font-medium text-muted hover:text-fg">
          Done
        </button>
      </div>
    </section>
  );
}
