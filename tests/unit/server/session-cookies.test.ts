import { afterEach, describe, expect, it } from "vitest";
import { parseServerConfig } from "@/lib/env";
import { buildAuthOptions } from "@/lib/server/auth/build-auth-options";
// next-auth v4 does not export its core handler; the file path bypasses the exports map (see oidc-flow.ts).
import { AuthHandler } from "../../../node_modules/next-auth/core/index.js";

const SECRET = "session-cookie-test-secret-0123456789";
const optionsFor = (url: string) =>
  buildAuthOptions({
    config: parseServerConfig({ NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: url }),
    getDb: () => Promise.reject(new Error("no database in this test")),
    meta: async () => ({ ip: null, userAgent: null }),
  });

describe("session cookies (issue 10 §1)", () => {
  const previousUrl = process.env.NEXTAUTH_URL;
  afterEach(() => {
    process.env.NEXTAUTH_URL = previousUrl;
  });

  it("over https: a __Host- session cookie, Secure, Path=/, no Domain, HttpOnly, SameSite=Lax", () => {
    const options = optionsFor("https://custody.example.com");
    expect(options.useSecureCookies).toBe(true);
    expect(options.cookies?.sessionToken).toEqual({
      name: "__Host-next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
    expect(options.cookies?.sessionToken?.options).not.toHaveProperty("domain");
  });

  it("over http: today's cookie name without Secure, so the loopback demo keeps working", () => {
    const options = optionsFor("http://127.0.0.1:3000");
    expect(options.useSecureCookies).toBe(false);
    expect(options.cookies?.sessionToken).toEqual({
      name: "next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false },
    });
  });

  it("keeps next-auth's own prefixes for the CSRF (__Host-) and callback (__Secure-) cookies over https", async () => {
    process.env.NEXTAUTH_URL = "https://custody.example.com";
    const res = await AuthHandler({
      req: new Request("https://custody.example.com/api/auth/signin?callbackUrl=%2Faudit", {
        headers: { host: "custody.example.com" },
      }),
      options: optionsFor("https://custody.example.com"),
    });
    const names = (res.cookies ?? []).map((c: { name: string }) => c.name).sort();
    expect(names).toEqual(["__Host-next-auth.csrf-token", "__Secure-next-auth.callback-url"]);
    for (const c of res.cookies ?? []) expect(c.options).toMatchObject({ secure: true, path: "/", httpOnly: true });
  });
});
