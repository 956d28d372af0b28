"use client";

import { signIn } from "next-auth/react";
import { useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { SIGN_IN_ERRORS, signInDelayMessage } from "@/lib/schemas/auth";
import { BUTTON_PRIMARY, BUTTON_SECONDARY } from "@/components/ui/controls";
import { FormError } from "@/components/ui/form-error";
import { TextInput } from "@/components/ui/form-field";
import { LockIcon } from "@/components/ui/icons";
import { DemoAccounts, type DemoAccount } from "./demo-accounts";
import { safeCallbackUrl } from "@/lib/urls/safe-callback-url";

type Props = {
  oidc: { id: string; name: string } | null;
  /** Message for next-auth's `?error=` code (e.g. an SSO refusal), shown until the next attempt. */
  initialError: string | null;
  demoAccounts: DemoAccount[];
};

/**
 * Email + password through next-auth's credentials provider (no page reload, so a wrong password shows
 * inline), and the SSO button when OIDC is configured. One generic message for every failure: the page
 * must not reveal whether an email exists or an account is disabled.
 */
export function SignInForm({ oidc, initialError, demoAccounts }: Props) {
  const callbackUrl = safeCallbackUrl(useSearchParams().get("callbackUrl"));
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState<"credentials" | "oidc" | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending("credentials");
    setError(null);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (!result || result.error) {
        setError(signInDelayMessage(result?.error) ?? SIGN_IN_ERRORS.CredentialsSignin);
        setPending(null);
        // The disabled button lost focus while the attempt ran: put it on the password, ready to retype.
        requestAnimationFrame(() => {
          const field = document.getElementById("password");
          if (field instanceof HTMLInputElement) field.select();
        });
        return;
      }
      // A full page load, not router.replace + router.refresh: those two render the destination twice on the
      // server (its upstream reads and audit entries too). One load also brings the signed-in layout (user menu);
      // `replace` keeps the sign-in page out of the history, as before.
      window.location.replace(callbackUrl);
    } catch {
      setError("Could not reach Custody. Check your connection and try again.");
      setPending(null);
    }
  };

  const onSso = async () => {
    if (!oidc) return;
    setPending("oidc");
    setError(null);
    await signIn(oidc.id, { callbackUrl });
  };

  return (
    <>
      <div className="rounded-2xl border border-line bg-surface p-6 shadow-card sm:p-7">
        <form onSubmit={onSubmit} className="space-y-4" aria-describedby={error ? "sign-in-error" : undefined}>
          <TextInput
            id="email"
            label="Email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            invalid={Boolean(error)}
            aria-errormessage={error ? "sign-in-error" : undefined}
            placeholder="you@company.com"
          />
          <TextInput
            id="password"
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            invalid={Boolean(error)}
            aria-errormessage={error ? "sign-in-error" : undefined}
          />
          {/* Always in the page, so a screen reader announces what appears in it at once (an assertive alert: the
              attempt failed, and focus moves to the password). FormError itself has no role; Next adds its own
              role="alert" route announcer, so tests find this region by its test id. */}
          <div role="alert" aria-atomic="true" data-testid="sign-in-alert">
            {error ? (
              <FormError id="sign-in-error" testId="sign-in-error">
                {error}
              </FormError>
            ) : null}
          </div>
          <button type="submit" disabled={pending !== null} className={`${BUTTON_PRIMARY} w-full`}>
            {pending === "credentials" ? "Signing in…" : "Sign in"}
          </button>
        </form>
        {oidc ? (
          <>
            <div className="my-5 flex items-center gap-3 text-xs text-subtle" aria-hidden="true">
              <span className="h-px flex-1 bg-line" />
              or
              <span className="h-px flex-1 bg-line" />
            </div>
            <button type="button" onClick={onSso} disabled={pending !== null} className={`${BUTTON_SECONDARY} w-full`}>
              <LockIcon className="text-subtle" />
              {pending === "oidc" ? "Redirecting…" : `Sign in with ${oidc.name}`}
            </button>
          </>
        ) : null}
      </div>
      {demoAccounts.length > 0 ? (
        <DemoAccounts
          accounts={demoAccounts}
          onPick={(account) => {
            setEmail(account.email);
            setPassword(account.password);
            setError(null);
          }}
        />
      ) : null}
    </>
  );
}
