import "server-only";
import type { NextAuthOptions } from "next-auth";

const BASE_NAME = "next-auth.session-token";

/** True when the console is served over https (NEXTAUTH_URL), which decides the cookies' prefixes and Secure. */
export const isHttpsConsole = (nextAuthUrl: string | undefined): boolean =>
  nextAuthUrl?.startsWith("https://") ?? false;

/**
 * The session cookie's name: `__Host-` over https (the browser then insists on Secure, Path=/ and no Domain, so no
 * sibling subdomain can plant or overwrite it); today's plain name over http, so the loopback demo keeps working.
 * proxy.ts reads the cookie by this same name.
 */
export const sessionCookieName = (isHttps: boolean): string => (isHttps ? `__Host-${BASE_NAME}` : BASE_NAME);

/**
 * next-auth's `cookies` option. Only the session token is overridden: next-auth already names the CSRF cookie
 * `__Host-` and the callback, PKCE, state and nonce cookies `__Secure-` over https (it merges its defaults under ours,
 * given the same `useSecureCookies`).
 */
export function authCookies(isHttps: boolean): NonNullable<NextAuthOptions["cookies"]> {
  return {
    sessionToken: {
      name: sessionCookieName(isHttps),
      // No `domain`: a __Host- cookie must not have one, and over http a host-only cookie is narrower anyway.
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: isHttps },
    },
  };
}
