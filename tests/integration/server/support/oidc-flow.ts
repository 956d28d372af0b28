import type { NextAuthOptions } from "next-auth";
// next-auth v4 does not export its core handler; the file path bypasses the exports map. Driving the
// core directly runs the real sign-in and callback code without a Next server or a browser.
import { AuthHandler } from "../../../../node_modules/next-auth/core/index.js";

/** Minimal cookie jar: name → value, enough for next-auth's and oidc-provider's cookies. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  set(name: string, value: string) {
    if (value === "") this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
  addSetCookie(headers: string[]) {
    for (const header of headers) {
      const [pair] = header.split(";");
      const eq = pair.indexOf("=");
      this.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
  get(name: string) {
    return this.cookies.get(name);
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

export type OidcFlowResult = { redirect: string | undefined; sessionToken: string | undefined; session: unknown };

/**
 * Signs in through next-auth's OIDC provider against a running test IdP, as a browser would:
 * CSRF → sign-in POST → IdP authorize → dev login form (login = `sub`) → callback → session.
 */
export async function signInWithOidc({
  appUrl,
  options,
  login,
}: {
  appUrl: string;
  options: NextAuthOptions;
  login: string;
}): Promise<OidcFlowResult> {
  const app = new CookieJar();
  const callApp = async (path: string, init: { method?: string; body?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { cookie: app.header(), host: new URL(appUrl).host };
    if (init.body) headers["content-type"] = "application/json";
    const req = new Request(new URL(path, appUrl), {
      method: init.method ?? "GET",
      headers,
      body: init.body && JSON.stringify(init.body),
    });
    const res = await AuthHandler({ req, options });
    for (const c of res.cookies ?? []) app.set(c.name, c.options?.maxAge === 0 ? "" : c.value);
    return res;
  };

  const csrf = await callApp("/api/auth/csrf");
  const csrfToken = String((csrf.body as { csrfToken?: unknown } | undefined)?.csrfToken ?? "");
  const signIn = await callApp("/api/auth/signin/oidc", {
    method: "POST",
    body: { csrfToken, callbackUrl: `${appUrl}/` },
  });
  if (!signIn.redirect) throw new Error("next-auth did not redirect to the IdP");

  // At the IdP: follow redirects, submitting the development login form when it appears.
  const idp = new CookieJar();
  let url = signIn.redirect;
  for (let hop = 0; hop < 10 && !url.startsWith(appUrl); hop++) {
    let res = await fetch(url, { redirect: "manual", headers: { cookie: idp.header() } });
    idp.addSetCookie(res.headers.getSetCookie());
    if (res.status === 200 && new URL(url).pathname.startsWith("/interaction/")) {
      res = await fetch(url, {
        method: "POST",
        redirect: "manual",
        headers: { cookie: idp.header(), "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ prompt: "login", login, password: "any" }),
      });
      idp.addSetCookie(res.headers.getSetCookie());
    }
    const location = res.headers.get("location");
    if (!location) throw new Error(`IdP stopped at ${url} with ${res.status}: ${(await res.text()).slice(0, 300)}`);
    url = new URL(location, url).toString();
  }
  if (!url.startsWith(appUrl)) throw new Error("IdP never redirected back to the app");

  const callback = await callApp(url.slice(appUrl.length));
  const sessionToken = app.get("next-auth.session-token");
  const session = sessionToken ? (await callApp("/api/auth/session")).body : undefined;
  return { redirect: callback.redirect, sessionToken, session };
}
