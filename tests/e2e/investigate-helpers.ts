import { createHash } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { readFile } from "node:fs/promises";
import { expect, type Browser, type Page } from "@playwright/test";
import { AuditPageDto } from "@/lib/schemas/audit";
import { pickDemoKeys } from "@/lib/cli/demo-keys";
import { DEMO_KEYS } from "@/lib/simulator/keys";
import { ACCOUNTS, DEMO_PASSWORD, RESULTS, SIMULATOR_URL as E2E_SIMULATOR_URL } from "./support/e2e-env";
import { sessionFile, signInAs } from "./support/fixtures";

// Shared steps of the investigation specs: sign in as the demo analyst, state a purpose, pick custodians, and
// read the simulator directly (with the demo key) to know what the UI should show.

export const SIMULATOR_URL = process.env.E2E_SIMULATOR_URL ?? E2E_SIMULATOR_URL;
const { accessKey } = pickDemoKeys(DEMO_KEYS);

/**
 * Signs the analyst in through the form (a fresh session, so without a purpose) and states one on the purpose page
 * that the content page `next` sends them to. Each call counts towards the limit of 10 sign-ins per account per
 * 15 minutes: tests that don't need a fresh session use openAsAnalyst.
 */
export async function signInAsAnalyst(page: Page, next = "/investigate"): Promise<void> {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(ACCOUNTS.analyst);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // A fresh session has no purpose, so a content page always sends it to /purpose (after a redirect or two): wait
  // for that page instead of reading whichever heading is on screen at one instant.
  await page.waitForURL((url) => url.pathname === "/purpose");
  await statePurpose(page, next);
}

export async function statePurpose(page: Page, next: string): Promise<void> {
  await page.getByLabel("Case or ticket reference").fill("CASE-2026-042");
  await page.getByLabel("Reason").fill("Litigation hold review of the named custodians");
  await page.getByRole("button", { name: /^(State purpose and continue|Change purpose)$/ }).click();
  const target = new URL(next, "http://placeholder").pathname;
  await page.waitForURL((url) => url.pathname === target);
}

/**
 * Opens `path` as the analyst with the run's stored session (no sign-in form: the form counts towards the limit of
 * 10 sign-ins per account per 15 minutes, which a full run with retries would reach) after stating a purpose on
 * the purpose page. The session is shared with other specs, so the purpose is stated every time instead of
 * guessing whether one is already in force.
 */
export async function openAsAnalyst(page: Page, path: string): Promise<void> {
  await signInAs(page, "analyst", { callbackUrl: `/purpose?callbackUrl=${encodeURIComponent(path)}` });
  await statePurpose(page, path);
}

/**
 * Types `search` in the custodian box and presses Enter at once, as a quick typist would: Enter acts on the typed
 * text even before its search has answered (tests/e2e/custodian-picker.spec.ts), picking its first match.
 */
export async function pickCustodian(page: Page, search: string): Promise<void> {
  const box = page.getByRole("combobox", { name: /^Custodians/ });
  const chips = page.getByTestId("custodian-chip");
  const before = await chips.count();
  await box.fill(search);
  await box.press("Enter");
  await expect(chips).toHaveCount(before + 1);
}

const Sim = { headers: { "x-api-key": accessKey, "anthropic-version": "2023-06-01" } };

export async function sim<T = unknown>(path: string): Promise<T> {
  const res = await fetch(`${SIMULATOR_URL}${path}`, Sim);
  if (!res.ok) throw new Error(`simulator ${path}: ${res.status}`);
  return (await res.json()) as T;
}

type SimUser = { id: string; email: string };
type SimChat = { id: string; name: string; created_at: string };
type SimMessage = {
  content?: Array<{ type: string }>;
  files?: Array<{ id: string; filename?: string | null }>;
  generated_files?: Array<{ id: string }>;
};

export async function simUserByEmailPrefix(prefix: string): Promise<SimUser> {
  const orgs = await sim<{ data: Array<{ uuid?: string; id?: string }> }>("/v1/compliance/organizations");
  for (const org of orgs.data) {
    const users = await sim<{ data: SimUser[] }>(`/v1/compliance/organizations/${org.uuid ?? org.id}/users?limit=1000`);
    const hit = users.data.find((u) => u.email.startsWith(`${prefix}@`));
    if (hit) return hit;
  }
  throw new Error(`no simulator user ${prefix}`);
}

/** The custodian's chats created in the window, with their first page of messages. */
export async function simChatsWithMessages(
  userId: string,
  fromIso: string,
): Promise<Array<{ chat: SimChat; messages: SimMessage[] }>> {
  const list = await sim<{ data: SimChat[] }>(
    `/v1/compliance/apps/chats?user_ids[]=${userId}&created_at.gte=${encodeURIComponent(fromIso)}&limit=1000`,
  );
  const out: Array<{ chat: SimChat; messages: SimMessage[] }> = [];
  for (const chat of list.data) {
    const page = await sim<{ chat_messages: SimMessage[] }>(`/v1/compliance/apps/chats/${chat.id}/messages?limit=50`);
    out.push({ chat, messages: page.chat_messages });
  }
  return out;
}

export async function md5OfFile(path: string): Promise<string> {
  return createHash("md5")
    .update(await readFile(path))
    .digest("hex");
}

/** Scrolls a virtualised list (which loads pages as it goes) a step at a time until the link to `href` is rendered. */
export async function scrollToLink(page: Page, scrollTestId: string, href: string) {
  const link = page.locator(`a[href="${href}"]`);
  const scroller = page.getByTestId(scrollTestId);
  await expect(async () => {
    if ((await link.count()) > 0) return;
    // Less than a screen per step, so the row can't be skipped past.
    await scroller.evaluate((el) => el.scrollBy(0, el.clientHeight * 0.8));
    expect(await link.count(), `a row links to ${href}`).toBeGreaterThan(0);
  }).toPass({ intervals: [50], timeout: 30_000 });
  return link.first();
}

export async function screenshotBothThemes(page: Page, name: string): Promise<void> {
  await page.evaluate(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined,
  );
  // Reduced motion makes the colour transitions instant (app/globals.css), so the capture (and an axe check after
  // it) sees the theme, not a blend, without waiting a guessed time.
  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const theme of ["light", "dark"] as const) {
    await page.evaluate((t) => {
      document.documentElement.classList.remove("light", "dark");
      document.documentElement.classList.add(t);
      document.documentElement.style.colorScheme = t;
      return new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
    }, theme);
    await page.screenshot({ path: `${RESULTS.screenshots}/${name}-${theme}.png`, fullPage: false });
  }
}

/** Audit entries of `action` naming `target`, written since `since`, read as the auditor. */
export async function auditEntries(browser: Browser, baseURL: string, action: string, target: string, since: Date) {
  const context = await browser.newContext({ baseURL, storageState: sessionFile("auditor") });
  const res = await context.request.get(
    `/api/audit?${new URLSearchParams({ action, target, from: since.toISOString() })}`,
  );
  expect(res.status()).toBe(200);
  const page = AuditPageDto.parse(await res.json());
  await context.close();
  return page.entries;
}

/**
 * No serious or critical axe violation on the page as it stands. Waits for the document title first: Next streams
 * a page's metadata, so right after a client navigation the <title> can still be on its way.
 */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Holds the page's client navigations to `pathname` for `ms`, as on a loaded server, so changes overlap. */
export async function slowNavigations(page: Page, pathname: string, ms: number): Promise<void> {
  await page.route(
    (url) => url.pathname === pathname,
    async (route) => {
      if (route.request().headers()["rsc"]) await new Promise((r) => setTimeout(r, ms));
      await route.continue().catch(() => undefined);
    },
  );
}
