import type { Page } from "@playwright/test";
import { collectCspViolations } from "./support/csp";
import { expect, signInAs, test, type Role } from "./support/fixtures";
import { sim, statePurpose } from "./investigate-helpers";

// Issue 10 §8: a CSP `script-src` eval violation was reported on most pages. Every console page, for every role,
// must load without a single violation (a page a role may not open still renders its "not allowed" screen, whose
// scripts count too). The browser's `securitypolicyviolation` events are the measure: the probe that asked for
// eval (zod's JIT check, `new Function("")`) caught its own error, so the console showed nothing.

const ROLES: Role[] = ["analyst", "legal", "admin", "auditor"];
const INVESTIGATORS = new Set<Role>(["analyst", "legal"]);

type Listed = { data: Array<{ id: string }> };

async function firstId(path: string): Promise<string> {
  const { data } = await sim<Listed>(path);
  expect(data.length, `the simulator lists something at ${path}`).toBeGreaterThan(0);
  return data[0].id;
}

/** Every page of the console, with real ids for the detail pages. */
async function consolePages(): Promise<string[]> {
  const [chatId, projectId, localId, remoteId] = await Promise.all([
    firstId("/v1/compliance/apps/chats?limit=1"),
    firstId("/v1/compliance/apps/projects?limit=1"),
    firstId("/v1/compliance/apps/sessions/local?limit=1"),
    firstId("/v1/compliance/apps/sessions/remote?limit=1"),
  ]);
  return [
    "/overview",
    "/purpose",
    "/investigate",
    "/activity",
    "/projects",
    `/projects/${projectId}`,
    `/chats/${chatId}`,
    "/sessions",
    `/sessions/local/${localId}`,
    `/sessions/remote/${remoteId}`,
    "/admin/users",
    "/audit",
    "/no-such-page",
  ];
}

/** Waits until the page has hydrated and its first data requests have settled, so late violations are counted. */
async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
}

test.describe("Content-Security-Policy on every page", () => {
  test("the sign-in page reports no violation", async ({ page }) => {
    const violations = await collectCspViolations(page);
    await page.goto("/sign-in");
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
    await settle(page);
    expect(violations, "CSP violations on /sign-in").toEqual([]);
  });

  for (const role of ROLES) {
    test(`every console page reports no violation for the ${role}`, async ({ page }) => {
      test.setTimeout(120_000);
      const pages = await consolePages();
      const violations = await collectCspViolations(page);
      await signInAs(page, role, {
        callbackUrl: INVESTIGATORS.has(role) ? `/purpose?callbackUrl=${encodeURIComponent("/overview")}` : "/overview",
      });
      if (INVESTIGATORS.has(role)) await statePurpose(page, "/overview");
      for (const path of pages) {
        await page.goto(path);
        await expect(page.locator("h1").first()).toBeVisible();
        await settle(page);
        expect(violations, `CSP violations after opening ${path} as the ${role}`).toEqual([]);
      }
    });
  }
});
