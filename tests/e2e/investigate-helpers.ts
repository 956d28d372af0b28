import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, type Page } from "@playwright/test";
import { pickDemoKeys } from "@/lib/cli/demo-keys";
import { DEMO_KEYS } from "@/lib/simulator/keys";
import { ACCOUNTS, DEMO_PASSWORD, RESULTS, SIMULATOR_URL as E2E_SIMULATOR_URL } from "./support/e2e-env";

// Shared steps of the investigation specs: sign in as the demo analyst, state a purpose, pick custodians, and
// read the simulator directly (with the demo key) to know what the UI should show.

export const SIMULATOR_URL = process.env.E2E_SIMULATOR_URL ?? E2E_SIMULATOR_URL;
const { accessKey } = pickDemoKeys(DEMO_KEYS);

export async function signInAsAnalyst(page: Page, next = "/investigate"): Promise<void> {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(ACCOUNTS.analyst);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  // The first content page of a session sends the analyst to /purpose (after a redirect or two).
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toBeVisible();
  if ((await heading.textContent()) === "Purpose of access") {
    await page.getByLabel("Case or ticket reference").fill("CASE-2026-042");
    await page.getByLabel("Reason").fill("Litigation hold review of the named custodians");
    await page.getByRole("button", { name: /State purpose/ }).click();
    await page.waitForURL((url) => url.pathname !== "/purpose");
  }
}

export async function pickCustodian(page: Page, search: string): Promise<void> {
  const box = page.getByRole("combobox", { name: /^Custodians/ });
  await box.fill(search);
  await expect(page.getByRole("listbox").getByRole("option").first()).toContainText(search, { ignoreCase: true });
  await box.press("Enter");
}

const Sim = { headers: { "x-api-key": accessKey, "anthropic-version": "2023-06-01" } };

export async function sim<T = unknown>(path: string): Promise<T> {
  const res = await fetch(`${SIMULATOR_URL}${path}`, Sim);
  if (!res.ok) throw new Error(`simulator ${path}: ${res.status}`);
  return (await res.json()) as T;
}

type SimUser = { id: string; email: string };
type SimChat = { id: string; name: string; created_at: string };
type SimMessage = { content?: Array<{ type: string }>; files?: Array<{ id: string; filename?: string | null }>; generated_files?: Array<{ id: string }> };

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
export async function simChatsWithMessages(userId: string, fromIso: string): Promise<Array<{ chat: SimChat; messages: SimMessage[] }>> {
  const list = await sim<{ data: SimChat[] }>(`/v1/compliance/apps/chats?user_ids[]=${userId}&created_at.gte=${encodeURIComponent(fromIso)}&limit=1000`);
  const out: Array<{ chat: SimChat; messages: SimMessage[] }> = [];
  for (const chat of list.data) {
    const page = await sim<{ chat_messages: SimMessage[] }>(`/v1/compliance/apps/chats/${chat.id}/messages?limit=50`);
    out.push({ chat, messages: page.chat_messages });
  }
  return out;
}

export async function md5OfFile(path: string): Promise<string> {
  return createHash("md5").update(await readFile(path)).digest("hex");
}

/** Scrolls a virtualised list until the link to `href` is rendered, then returns it. */
export async function scrollToLink(page: Page, scrollTestId: string, href: string) {
  const link = page.locator(`a[href="${href}"]`);
  const scroller = page.getByTestId(scrollTestId);
  for (let i = 0; i < 200 && (await link.count()) === 0; i++) {
    await scroller.evaluate((el) => el.scrollBy(0, el.clientHeight * 0.8));
    await page.waitForTimeout(50);
  }
  return link.first();
}

export async function screenshotBothThemes(page: Page, name: string): Promise<void> {
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  for (const theme of ["light", "dark"] as const) {
    await page.evaluate((t) => {
      document.documentElement.classList.remove("light", "dark");
      document.documentElement.classList.add(t);
      document.documentElement.style.colorScheme = t;
    }, theme);
    // Let colour transitions settle so the capture shows the theme, not a blend.
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${RESULTS.screenshots}/${name}-${theme}.png`, fullPage: false });
  }
}
