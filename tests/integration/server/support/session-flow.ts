import type { NextAuthOptions } from "next-auth";
// next-auth v4 does not export its core handler; the file path bypasses the exports map (see oidc-flow.ts).
import { AuthHandler } from "../../../../node_modules/next-auth/core/index.js";

export type IssuedCookie = { name: string; value: string; options?: Record<string, unknown> };

/**
 * A browser's side of next-auth, driven through its real core handler: password sign-in, reading the session, and
 * the real sign-out POST (CSRF token included). `cookie` is the Cookie header a browser would send afterwards.
 */
export function sessionFlow(appUrl: string, options: NextAuthOptions) {
  const host = new URL(appUrl).host;
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const call = async (path: string, init: { method?: string; body?: Record<string, string>; cookie?: string } = {}) => {
    const headers: Record<string, string> = { host, cookie: init.cookie ?? cookie() };
    if (init.body) headers["content-type"] = "application/json";
    const res = await AuthHandler({
      req: new Request(`${appUrl}${path}`, {
        method: init.method ?? "GET",
        headers,
        body: init.body && JSON.stringify(init.body),
      }),
      options,
    });
    const issued: IssuedCookie[] = res.cookies ?? [];
    for (const c of issued) {
      if (c.value === "" || c.options?.maxAge === 0) jar.delete(c.name);
      else jar.set(c.name, c.value);
    }
    return { body: res.body, cookies: issued };
  };
  const csrfToken = async () => {
    const { body } = await call("/api/auth/csrf");
    return typeof body === "object" && body !== null && "csrfToken" in body ? String(body.csrfToken) : "";
  };
  return {
    cookie,
    /** Signs in with email and password; returns the cookies the response set. */
    signIn: async (email: string, password: string) =>
      (
        await call("/api/auth/callback/credentials", {
          method: "POST",
          body: { csrfToken: await csrfToken(), email, password, callbackUrl: `${appUrl}/` },
        })
      ).cookies,
    /** What getServerSession would see for this Cookie header (the JWT alone: no database involved). */
    session: async (cookieHeader = cookie()) => (await call("/api/auth/session", { cookie: cookieHeader })).body,
    signOut: async () =>
      call("/api/auth/signout", { method: "POST", body: { csrfToken: await csrfToken(), callbackUrl: `${appUrl}/` } }),
  };
}
