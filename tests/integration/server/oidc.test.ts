import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { decode } from "next-auth/jwt";
import { auditEntries, users } from "@/lib/server/db/schema";
import { parseServerConfig } from "@/lib/env";
import { buildAuthOptions } from "@/lib/server/auth/build-auth-options";
import { oidcProvider } from "@/lib/server/auth/oidc-provider";
import { disableUser } from "@/lib/server/users/disable-user";
import { testOp } from "@/tests/support/operation";
import { startOidcServer, type OidcServer } from "../../support/oidc-server";
import { makeUser, TEST_ACTOR_CTX } from "./support/fixtures";
import { signInWithOidc } from "./support/oidc-flow";
import { testDatabaseTargets, type TestDatabase } from "./support/test-databases";

// The app is never served: next-auth's handler runs in-process, so any unused loopback origin works.
const APP_URL = "http://127.0.0.1:39871";
const SECRET = "oidc-test-secret-0123456789abcdef";

describe.each(testDatabaseTargets())("OIDC sign-in against a real provider on $name", (target) => {
  let t: TestDatabase;
  let idp: OidcServer;
  let options: ReturnType<typeof buildAuthOptions>;
  const previousUrl = process.env.NEXTAUTH_URL;

  beforeAll(async () => {
    process.env.NEXTAUTH_URL = APP_URL;
    t = await target.open();
    idp = await startOidcServer({ redirectUris: [`${APP_URL}/api/auth/callback/oidc`] });
    const config = parseServerConfig({
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: APP_URL,
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_NAME: "Westeros SSO",
    });
    options = buildAuthOptions({
      config,
      getDb: async () => t.db,
      meta: async () => ({ ip: "127.0.0.1", userAgent: "vitest" }),
    });
  });
  afterAll(async () => {
    process.env.NEXTAUTH_URL = previousUrl;
    await idp?.close();
    await t?.cleanup();
  });

  const userRow = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0];
  const actions = async (actorId: string) =>
    (
      await t.db.select().from(auditEntries).where(eq(auditEntries.actorId, actorId)).orderBy(asc(auditEntries.seq))
    ).map((e) => e.action);

  it("publishes discovery that the provider config points at", async () => {
    const provider = oidcProvider({
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      roleClaim: "custody_roles",
      name: "SSO",
    });
    const discovery = await (await fetch(provider.wellKnown ?? "")).json();
    expect(discovery).toMatchObject({ issuer: idp.issuer, code_challenge_methods_supported: ["S256"] });
    expect(options.providers.map((p) => p.id)).toEqual(["credentials", "oidc"]);
  });

  it("signs in, creating the user just in time with roles from the claim, and issues a session", async () => {
    const result = await signInWithOidc({ appUrl: APP_URL, options, login: "sso-legal" });
    expect(result.redirect).toBe(`${APP_URL}/`);
    const row = await userRow("sso-legal@westeros.inc");
    expect(row).toMatchObject({
      authSource: "oidc",
      externalId: "sso-legal",
      name: "Lord SSO Legal",
      roles: ["analyst", "legal"],
      passwordHash: null,
    });

    const token = await decode({ token: result.sessionToken, secret: SECRET });
    expect(token).toMatchObject({ uid: row.id, roles: ["analyst", "legal"], sid: expect.stringMatching(/^ses_/) });
    expect(result.session).toMatchObject({
      user: { email: "sso-legal@westeros.inc" },
      custody: { userId: row.id, roles: ["analyst", "legal"] },
    });
    expect(await actions(row.id)).toEqual(["user.create", "auth.sign_in"]);
  });

  it("takes role changes from the IdP on the next sign-in, keeping the same user", async () => {
    idp.setAccount({
      sub: "sso-legal",
      email: "sso-legal@westeros.inc",
      name: "Lord SSO Legal",
      roles: "auditor  unknown-group",
    });
    const before = await userRow("sso-legal@westeros.inc");
    const result = await signInWithOidc({ appUrl: APP_URL, options, login: "sso-legal" });
    expect(result.redirect).toBe(`${APP_URL}/`);
    const after = await userRow("sso-legal@westeros.inc");
    expect(after.id).toBe(before.id);
    expect(after.roles).toEqual(["auditor"]);
    expect(await actions(after.id)).toEqual(["user.create", "auth.sign_in", "user.role_change", "auth.sign_in"]);
  });

  it("refuses a user the IdP grants no Custody role, creating nothing", async () => {
    const result = await signInWithOidc({ appUrl: APP_URL, options, login: "sso-norole" });
    expect(result.redirect).toBe("/sign-in?error=OidcNoRole");
    expect(result.sessionToken).toBeUndefined();
    expect(await userRow("sso-norole@westeros.inc")).toBeUndefined();
    const [last] = await t.db
      .select()
      .from(auditEntries)
      .orderBy(asc(auditEntries.seq))
      .then((r) => r.slice(-1));
    expect(last).toMatchObject({
      action: "auth.sign_in_failed",
      actorEmail: "sso-norole@westeros.inc",
      details: { reason: "OidcNoRole", method: "oidc" },
    });
  });

  it("refuses an IdP identity whose email belongs to a local account, and a disabled OIDC user", async () => {
    await makeUser(t.db, "sso-admin@westeros.inc", ["admin"]);
    expect((await signInWithOidc({ appUrl: APP_URL, options, login: "sso-admin" })).redirect).toBe(
      "/sign-in?error=OidcAccountConflict",
    );

    await signInWithOidc({ appUrl: APP_URL, options, login: "sso-analyst" });
    const analyst = await userRow("sso-analyst@westeros.inc");
    await disableUser({ ...testOp({ db: t.db, auditContext: TEST_ACTOR_CTX }), input: { userId: analyst.id } });
    const again = await signInWithOidc({ appUrl: APP_URL, options, login: "sso-analyst" });
    expect(again.redirect).toBe("/sign-in?error=AccountDisabled");
    expect(again.sessionToken).toBeUndefined();
  });
});
