import { describe, expect, it } from "vitest";
import { parseServerConfig } from "@/lib/env";

describe("server config", () => {
  it("defaults to a PGlite folder, 300 requests a minute, and no demo or OIDC", () => {
    expect(parseServerConfig({})).toMatchObject({
      dataDir: "./.data",
      databaseUrl: undefined,
      demo: false,
      oidc: undefined,
      routeRateLimit: 300,
    });
  });

  it("enables demo mode only for CUSTODY_DEMO=1", () => {
    expect(parseServerConfig({ CUSTODY_DEMO: "1" }).demo).toBe(true);
    expect(parseServerConfig({ CUSTODY_DEMO: "0" }).demo).toBe(false);
    expect(() => parseServerConfig({ CUSTODY_DEMO: "yes" })).toThrow(/CUSTODY_DEMO/);
  });

  it("configures OIDC only when issuer, client id and secret are all set", () => {
    const oidc = parseServerConfig({
      OIDC_ISSUER: "https://idp.example/",
      OIDC_CLIENT_ID: "id",
      OIDC_CLIENT_SECRET: "s",
    }).oidc;
    expect(oidc).toEqual({
      issuer: "https://idp.example",
      clientId: "id",
      clientSecret: "s",
      roleClaim: "custody_roles",
      name: "Single sign-on",
    });
    expect(() => parseServerConfig({ OIDC_ISSUER: "https://idp.example" })).toThrow(/must be set together/);
  });

  it("ends idle sessions after 30 minutes unless CUSTODY_SESSION_IDLE_MINUTES says otherwise (issue 10 §1)", () => {
    expect(parseServerConfig({}).sessionIdleMinutes).toBe(30);
    expect(parseServerConfig({ CUSTODY_SESSION_IDLE_MINUTES: "15" }).sessionIdleMinutes).toBe(15);
    expect(() => parseServerConfig({ CUSTODY_SESSION_IDLE_MINUTES: "0" })).toThrow(/CUSTODY_SESSION_IDLE_MINUTES/);
    // Longer than the 8-hour absolute lifetime would mean nothing.
    expect(() => parseServerConfig({ CUSTODY_SESSION_IDLE_MINUTES: "481" })).toThrow(/CUSTODY_SESSION_IDLE_MINUTES/);
    expect(() => parseServerConfig({ CUSTODY_SESSION_IDLE_MINUTES: "soon" })).toThrow(/CUSTODY_SESSION_IDLE_MINUTES/);
  });

  it("trusts no proxy unless told how many hops, or loopback ones", () => {
    expect(parseServerConfig({}).trustedProxies).toBe(0);
    expect(parseServerConfig({ CUSTODY_TRUSTED_PROXIES: "none" }).trustedProxies).toBe(0);
    expect(parseServerConfig({ CUSTODY_TRUSTED_PROXIES: "2" }).trustedProxies).toBe(2);
    expect(parseServerConfig({ CUSTODY_TRUSTED_PROXIES: "loopback" }).trustedProxies).toBe("loopback");
    expect(() => parseServerConfig({ CUSTODY_TRUSTED_PROXIES: "all" })).toThrow(/CUSTODY_TRUSTED_PROXIES/);
  });

  it("names a bad variable without echoing its value", () => {
    let message = "";
    try {
      parseServerConfig({ DATABASE_URL: "mysql://root:topsecret@db" });
    } catch (err) {
      message = String(err);
    }
    expect(message).toMatch(/DATABASE_URL/);
    expect(message).not.toMatch(/topsecret/);
  });
});

describe("sign-in page info", () => {
  it("lists demo accounts and the SSO button only when configured, and explains error codes", async () => {
    const { signInPageInfo } = await import("@/lib/server/auth/sign-in-page");
    expect(signInPageInfo(undefined, parseServerConfig({}))).toEqual({ demoAccounts: [], oidc: null, error: null });
    const demo = signInPageInfo(
      "OidcNoRole",
      parseServerConfig({
        CUSTODY_DEMO: "1",
        OIDC_ISSUER: "https://i.example",
        OIDC_CLIENT_ID: "c",
        OIDC_CLIENT_SECRET: "s",
        OIDC_NAME: "Okta",
      }),
    );
    expect(demo.demoAccounts.map((a) => a.email)).toEqual([
      "analyst@westeros.inc",
      "legal@westeros.inc",
      "admin@westeros.inc",
      "auditor@westeros.inc",
    ]);
    expect(demo.oidc).toEqual({ id: "oidc", name: "Okta" });
    expect(demo.error).toMatch(/did not grant you any Custody role/);
    expect(signInPageInfo("<script>", parseServerConfig({})).error).toBe("Sign-in failed. Try again.");
  });
});
