import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc } from "drizzle-orm";
import { auditEntries } from "@/lib/server/db/schema";
import { parseServerConfig } from "@/lib/env";
import { buildAuthOptions } from "@/lib/server/auth/build-auth-options";
import { MemoryRateLimiter } from "@/lib/server/rate-limit/memory-limiter";
import { limitRules } from "@/lib/server/rate-limit";
import { makeUser } from "./support/fixtures";
import { postPasswordSignIn } from "./support/password-flow";
import { testDatabaseTargets, type TestDatabase } from "./support/test-databases";

// The limit is keyed in next-auth's authorize(), not in the database: one target is enough.
const [pglite] = testDatabaseTargets();
const APP_URL = "http://127.0.0.1:39872";
const PASSWORD = "correct horse battery";
const GUESSES = limitRules(300)["sign-in"].limit;

describe("sign-in rate limit and X-Forwarded-For", () => {
  let t: TestDatabase;
  const previousUrl = process.env.NEXTAUTH_URL;
  beforeAll(async () => {
    process.env.NEXTAUTH_URL = APP_URL;
    t = await pglite.open();
  });
  afterAll(async () => {
    process.env.NEXTAUTH_URL = previousUrl;
    await t?.cleanup();
  });

  const optionsFor = (env: Record<string, string>) => {
    const config = parseServerConfig({ NEXTAUTH_SECRET: "forwarded-for-test-secret-0123456789", ...env });
    const limiter = new MemoryRateLimiter();
    return buildAuthOptions({
      config,
      getDb: async () => t.db,
      limiter: () => limiter,
      meta: async () => ({ ip: null, userAgent: null }),
    });
  };
  const lastFailure = async () =>
    (await t.db.select().from(auditEntries).orderBy(asc(auditEntries.seq))).at(-1)?.details;

  it("by default, a rotated X-Forwarded-For does not escape the limit", async () => {
    await makeUser(t.db, "rotator@example.com", ["analyst"], PASSWORD);
    const options = optionsFor({});
    const attempt = (password: string, forwardedFor: string) =>
      postPasswordSignIn({ appUrl: APP_URL, options, email: "rotator@example.com", password, forwardedFor });

    for (let i = 0; i < GUESSES; i++) expect(await attempt(`guess ${i}`, `203.0.113.${i + 1}`)).toBe(false);
    expect(await attempt(PASSWORD, "198.51.100.250")).toBe(false);
    expect(await lastFailure()).toEqual({ reason: "rate_limited" });
  });

  it("behind one trusted proxy, limits per client address that proxy saw, whatever the client prepends", async () => {
    await makeUser(t.db, "proxied@example.com", ["analyst"], PASSWORD);
    const options = optionsFor({ CUSTODY_TRUSTED_PROXIES: "1" });
    const attempt = (password: string, forwardedFor: string) =>
      postPasswordSignIn({ appUrl: APP_URL, options, email: "proxied@example.com", password, forwardedFor });

    // The proxy appends 203.0.113.66; the entries before it are the client's own and change every time.
    for (let i = 0; i < GUESSES; i++) expect(await attempt(`guess ${i}`, `10.0.0.${i + 1}, 203.0.113.66`)).toBe(false);
    expect(await attempt(PASSWORD, "10.9.9.9, 203.0.113.66")).toBe(false);
    expect(await lastFailure()).toEqual({ reason: "rate_limited" });
    // Another client behind the same proxy keeps its own allowance.
    expect(await attempt(PASSWORD, "203.0.113.77")).toBe(true);
  });
});
