import "server-only";
import { SIGN_IN_ERRORS, signInDelayMessage } from "@/lib/schemas/auth";
import type { Role } from "@/lib/schemas/auth";
import { getServerConfig, type ServerConfig } from "@/lib/env";
import { demoSignInHints } from "./demo-accounts";
import { OIDC_PROVIDER_ID } from "./oidc-provider";

export type SignInPageInfo = {
  /** Shown on the page in demo mode only; empty otherwise. */
  demoAccounts: { email: string; roles: Role[]; password: string }[];
  /** The SSO button, when OIDC is configured: `signIn(oidc.id)`. */
  oidc: { id: string; name: string } | null;
  /** Human message for next-auth's `?error=` code, or null. */
  error: string | null;
};

/** Everything the /sign-in page renders besides the form. */
export function signInPageInfo(
  errorCode: string | undefined,
  config: ServerConfig = getServerConfig(),
): SignInPageInfo {
  const known = Object.entries(SIGN_IN_ERRORS).find(([code]) => code === errorCode)?.[1];
  return {
    demoAccounts: demoSignInHints(config.demo),
    oidc: config.oidc ? { id: OIDC_PROVIDER_ID, name: config.oidc.name } : null,
    error: errorCode ? (known ?? signInDelayMessage(errorCode) ?? "Sign-in failed. Try again.") : null,
  };
}
