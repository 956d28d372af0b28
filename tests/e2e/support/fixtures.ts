import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { test as base, expect, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { collectCspViolations } from "./csp";
import { ACCOUNTS, DEMO_PASSWORD, RESULTS } from "./e2e-env";

export { expect };

const REQUEST_METHODS = new Set(["get", "post", "put", "patch", "delete", "head", "fetch"]);
let sequence = 0;

function save(dir: string, name: string, text: string) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}-${process.pid}-${sequence++}`), text);
}

const slug = (value: string) => value.replace(/[^\w.-]+/g, "_").slice(0, 80);

function isApiError(url: string, status: number) {
  return new URL(url).pathname.startsWith("/api/") && status >= 400;
}

/**
 * Every spec imports `test` from here, not from @playwright/test, so that the run records what the
 * secrets spec scans (every HTML page served, every API error body) and fails any test whose page
 * hits a Content-Security-Policy violation (printed to the console, or only reported as an event).
 */
export const test = base.extend({
  page: async ({ page }, provide, testInfo) => {
    const pending: Promise<void>[] = [];
    const violations = await collectCspViolations(page);
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(message.text()))
        violations.push(message.text());
    });
    page.on("response", (response) => {
      const kind = response.request().resourceType();
      const status = response.status();
      if (kind !== "document" && !isApiError(response.url(), status)) return;
      if (status >= 300 && status < 400) return; // redirects have no body
      pending.push(
        response.text().then(
          (text) =>
            save(
              kind === "document" ? RESULTS.pages : RESULTS.errorBodies,
              slug(`${testInfo.title}-${new URL(response.url()).pathname}`),
              text,
            ),
          () => undefined, // the page navigated away before the body was read
        ),
      );
    });
    await provide(page);
    await Promise.all(pending);
    expect(violations, "Content-Security-Policy violations").toEqual([]);
  },
  request: async ({ request }, provide, testInfo) => {
    const recorded = new Proxy<APIRequestContext>(request, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property);
        if (typeof value !== "function") return value;
        if (!REQUEST_METHODS.has(String(property))) return value.bind(target);
        return async (...args: unknown[]) => {
          const response: APIResponse = await Reflect.apply(value, target, args);
          if (isApiError(response.url(), response.status()))
            save(RESULTS.errorBodies, slug(`${testInfo.title}-api`), await response.text());
          return response;
        };
      },
    });
    await provide(recorded);
  },
});

export type Role = keyof typeof ACCOUNTS;

/** Where auth.setup.ts leaves each role's signed-in browser state. */
export const sessionFile = (role: Role) => `${RESULTS.sessions}/${role}.json`;

/**
 * Signs in through the form as a demo account and waits for the console. Use it where the sign-in
 * itself matters (a fresh session, its audit entry); it counts towards the per-account sign-in limit
 * (10 per 15 minutes), so most tests use signInAs instead.
 */
export async function signInWithForm(page: Page, role: Role, { callbackUrl }: { callbackUrl?: string } = {}) {
  await page.goto(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
  await page.getByLabel("Email").fill(ACCOUNTS[role]);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: /^Account:/ })).toBeVisible();
}

/**
 * Opens the console as `role` with the session auth.setup.ts created (one real sign-in per role per
 * run). Tests sharing a role share its sign-in session, so a purpose declared by one is seen by the
 * others: tests about purposes sign in with the form instead.
 */
export async function signInAs(page: Page, role: Role, { callbackUrl = "/" }: { callbackUrl?: string } = {}) {
  const state: unknown = JSON.parse(readFileSync(sessionFile(role), "utf8"));
  const cookies = StoredCookies.parse(state).cookies;
  await page.context().addCookies(cookies);
  await page.goto(callbackUrl);
  await expect(page.getByRole("button", { name: /^Account:/ })).toBeVisible();
}

const StoredCookies = z.object({
  cookies: z.array(
    z.object({
      name: z.string(),
      value: z.string(),
      domain: z.string(),
      path: z.string(),
      expires: z.number(),
      httpOnly: z.boolean(),
      secure: z.boolean(),
      sameSite: z.enum(["Strict", "Lax", "None"]),
    }),
  ),
});

/** Full-page screenshots in both colour schemes: test-results/screenshots/<name>-{light,dark}.png. */
export async function screenshotBothSchemes(page: Page, name: string, ready: () => Promise<void>) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.reload();
    await ready();
    await page.screenshot({ path: `${RESULTS.screenshots}/${name}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: null });
}
