import type { Page } from "@playwright/test";
import { AuditPageDto } from "@/lib/schemas/audit";
import { expect, sessionFile, signInWithForm, test } from "./support/fixtures";
import { simUserByEmailPrefix } from "./investigate-helpers";

// Signing in and stating a purpose land on the page the user asked for. That page renders on the server once:
// a second render would read the upstream again and write its audit entries twice.

/** Entries of `action` since `since`, read with the page's own session (its role must hold audit:read). */
async function auditAs(page: Page, query: Record<string, string>) {
  const res = await page.request.get(`/api/audit?${new URLSearchParams(query)}`);
  expect(res.status()).toBe(200);
  return AuditPageDto.parse(await res.json()).entries;
}

const window90 = () => {
  const to = new Date(Math.ceil(Date.now() / 60_000) * 60_000);
  return `from=${new Date(to.getTime() - 90 * 86_400_000).toISOString()}&to=${to.toISOString()}&preset=90d`;
};

test.describe("one render after sign-in and purpose", () => {
  test("stating a purpose lands on /investigate with custodians and writes exactly one chat.list entry", async ({
    page,
    browser,
    baseURL,
  }) => {
    const custodian = await simUserByEmailPrefix("jon.snow");
    const destination = `/investigate?u=${custodian.id}&${window90()}`;
    // A fresh session (a purpose holds per session): the destination sends it to /purpose first.
    await signInWithForm(page, "legal", { callbackUrl: destination });
    await expect(page).toHaveURL(/\/purpose\?callbackUrl=/);
    const since = new Date();

    await page.getByLabel("Case or ticket reference").fill("CASE-2026-077");
    await page.getByLabel("Reason").fill("Litigation hold review of one custodian");
    await page.getByRole("button", { name: "State purpose and continue" }).click();
    await page.waitForURL((url) => url.pathname === "/investigate");
    await expect(page.getByTestId("custodian-chip")).toHaveCount(1);
    // The top bar shows the purpose just stated.
    await expect(page.getByTestId("purpose-reference")).toHaveText("CASE-2026-077");
    await page.waitForLoadState("networkidle");

    const auditor = await browser.newContext({ baseURL, storageState: sessionFile("auditor") });
    const auditorPage = await auditor.newPage();
    const lists = await auditAs(auditorPage, { action: "chat.list", target: custodian.id, from: since.toISOString() });
    await auditor.close();
    expect(lists).toHaveLength(1);
  });

  test("signing in lands on the page asked for, rendered once, with the user menu", async ({ page }) => {
    const marker = `render-once-${Date.now().toString(36)}`;
    const since = new Date();
    // The audit page writes one `audit.view` per render, naming its filters: the marker finds this page's.
    await signInWithForm(page, "auditor", { callbackUrl: `/audit?target=${marker}` });
    await expect(page).toHaveURL(new RegExp(`/audit\\?target=${marker}$`));
    await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
    await page.waitForLoadState("networkidle");

    const views = await auditAs(page, { action: "audit.view", from: since.toISOString() });
    expect(
      views.filter((entry) => entry.details.filters && JSON.stringify(entry.details.filters).includes(marker)),
    ).toHaveLength(1);
  });
});
