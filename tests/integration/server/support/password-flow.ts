import type { NextAuthOptions } from "next-auth";
// next-auth v4 does not export its core handler; the file path bypasses the exports map (see oidc-flow.ts).
import { AuthHandler } from "../../../../node_modules/next-auth/core/index.js";

export type PasswordSignIn = {
  appUrl: string;
  options: NextAuthOptions;
  email: string;
  password: string;
  forwardedFor: string;
};

/**
 * Posts the sign-in form through next-auth's real handler (CSRF token, then the credentials callback),
 * with the X-Forwarded-For a client or proxy would send. True when a session cookie was issued.
 */
export async function postPasswordSignIn({
  appUrl,
  options,
  email,
  password,
  forwardedFor,
}: PasswordSignIn): Promise<boolean> {
  const host = new URL(appUrl).host;
  const csrf = await AuthHandler({ req: new Request(`${appUrl}/api/auth/csrf`, { headers: { host } }), options });
  const body = csrf.body;
  const csrfToken = typeof body === "object" && body !== null && "csrfToken" in body ? String(body.csrfToken) : "";
  const cookie = (csrf.cookies ?? []).map((c) => `${c.name}=${c.value}`).join("; ");
  const res = await AuthHandler({
    req: new Request(`${appUrl}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { host, cookie, "content-type": "application/json", "x-forwarded-for": forwardedFor },
      body: JSON.stringify({ csrfToken, email, password, callbackUrl: `${appUrl}/` }),
    }),
    options,
  });
  return (res.cookies ?? []).some((c) => c.name === "next-auth.session-token" && c.value !== "");
}
