import type { Browser, Page } from "@playwright/test";
import { RESULTS } from "./support/e2e-env";
import { expect, sessionFile, signInAs, signInWithForm, test, type Role } from "./support/fixtures";

// Where each role starts, what a refused or mistyped page says, and the sign-in error (issue 9, items 9 and 10).

const investigatePurpose = /\/purpose\?callbackUrl=%2Finvestigate/;

/** A page as `role` with the run's stored session (no sign-in form). */
async function pageAs(browser: Browser, baseURL: string | undefined, role: Role): Promise<Page> {
  const context = await browser.newContext({ baseURL, storageState: sessionFile(role) });
  return context.newPage();
}

test.describe("landing pages", () => {
  test("each role lands where its work is after signing in", async ({ page, browser, baseURL }) => {
    test.setTimeout(90_000); // three sign-ins and a purpose
    // A fresh session has no purpose yet: Investigate first asks for one, then opens.
    await signInWithForm(page, "analyst");
    await expect(page).toHaveURL(investigatePurpose);
    await page.getByLabel("Case or ticket reference").fill("CASE-2026-090");
    await page.getByLabel("Reason").fill("Incident review of a suspicious sign-in");
    await page.getByRole("button", { name: "State purpose and continue" }).click();
    await page.waitForURL((url) => url.pathname === "/investigate");
    await expect(page.getByRole("heading", { level: 1, name: "Investigate" })).toBeVisible();

    for (const [role, path, heading] of [
      ["admin", "/admin/users", "Users"],
      ["auditor", "/audit", "Audit trail"],
    ] as const) {
      const other = await (await browser.newContext({ baseURL })).newPage();
      await signInWithForm(other, role);
      await expect(other).toHaveURL(new RegExp(`${path}$`));
      await expect(other.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await other.context().close();
    }
  });

  test("`/` sends each role to its page, and the overview is one click away in the nav", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000); // four roles, three pages each
    for (const [role, landing] of [
      ["analyst", /\/(investigate\?|purpose\?callbackUrl=%2Finvestigate)/],
      ["legal", /\/(investigate\?|purpose\?callbackUrl=%2Finvestigate)/],
      ["admin", /\/admin\/users$/],
      ["auditor", /\/audit$/],
    ] as const) {
      const page = await pageAs(browser, baseURL, role);
      await page.goto("/");
      await expect(page, role).toHaveURL(landing);
      await page.getByRole("navigation", { name: "Primary" }).getByRole("link", { name: "Overview" }).click();
      await expect(page).toHaveURL(/\/overview$/);
      await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
      // The logo goes back to where the role's work is.
      await page.getByRole("link", { name: "Custody home" }).click();
      await expect(page, role).toHaveURL(landing);
      await page.context().close();
    }
  });

  test("a user with several roles lands on the first of Investigate, Users, the audit trail", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000); // two new users sign in
    await signInAs(page, "admin");
    const suffix = Date.now().toString(36);
    const created: Record<string, string> = {};
    for (const [name, roles] of [
      ["auditor-admin", ["auditor", "admin"]],
      ["auditor-legal", ["auditor", "legal"]],
    ] as const) {
      const res = await page.request.post("/api/users", {
        headers: { origin: new URL(baseURL ?? "").origin },
        data: { email: `${name}-${suffix}@westeros.inc`, name: `Landing ${name}`, roles },
      });
      expect(res.status()).toBe(201);
      created[name] = String((await res.json()).generatedPassword);
    }
    for (const [name, landing] of [
      ["auditor-admin", /\/admin\/users$/],
      ["auditor-legal", investigatePurpose],
    ] as const) {
      const other = await (await browser.newContext({ baseURL })).newPage();
      await other.goto("/sign-in");
      await other.getByLabel("Email").fill(`${name}-${suffix}@westeros.inc`);
      await other.getByLabel("Password").fill(created[name]);
      await other.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(other, name).toHaveURL(landing);
      await other.context().close();
    }
  });

  test("a callbackUrl still wins over the landing page", async ({ page }) => {
    await signInWithForm(page, "admin", { callbackUrl: "/overview?from=link" });
    await expect(page).toHaveURL(/\/overview\?from=link$/);
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  });
});

test.describe("refused and missing pages", () => {
  test("an admin refused on Investigate is told which roles it needs, and the way to their own work", async ({
    page,
  }) => {
    await signInAs(page, "admin");
    await page.goto("/investigate");
    const refusal = page.getByTestId("not-allowed");
    await expect(refusal.getByTestId("not-allowed-needs")).toHaveText("Investigate needs the analyst or legal role.");
    await expect(refusal).toContainText("You have the admin role.");
    await expect(refusal).not.toContainText(/ask an administrator/i);
    await page.screenshot({ path: `${RESULTS.screenshots}/landing-admin-refused.png`, fullPage: true });
    await refusal.getByRole("link", { name: "Go to Users" }).click();
    await expect(page).toHaveURL(/\/admin\/users$/);

    // The same wording on the other closed pages (here the trail, for an admin).
    await page.goto("/audit");
    await expect(page.getByTestId("not-allowed-needs")).toHaveText("The audit trail needs the auditor role.");
  });

  test("the 404 page keeps the console around it for a signed-in user", async ({ page }) => {
    await signInAs(page, "auditor");
    const res = await page.goto("/no-such-page");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Primary" });
    await expect(nav.getByRole("link", { name: "Overview" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Audit trail" })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Account:/ })).toBeVisible();
    await page.screenshot({ path: `${RESULTS.screenshots}/landing-not-found.png`, fullPage: true });
    await page.getByTestId("not-found").getByRole("link", { name: "Go to the audit trail" }).click();
    await expect(page).toHaveURL(/\/audit$/);
  });

  test("the site icon is served to signed-out visitors, so no page load asks for a missing favicon", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const missing: string[] = [];
    page.on("response", (r) => {
      if (r.status() === 404) missing.push(r.url());
    });
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { name: "Sign in to Custody" })).toBeVisible();
    const icons = await page.locator('link[rel="icon"]').evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    expect(icons.some((href) => href?.startsWith("/icon.svg"))).toBe(true);

    const ico = await context.request.get("/favicon.ico", { maxRedirects: 0 });
    expect(ico.status()).toBe(200);
    expect(ico.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
    expect([...(await ico.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    const svg = await context.request.get("/icon.svg", { maxRedirects: 0 });
    expect(svg.status()).toBe(200);
    expect(svg.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
    await page.waitForLoadState("networkidle");
    expect(missing).toEqual([]);
    await context.close();
  });
});

test.describe("sign-in error", () => {
  test("a wrong password is announced to screen readers and leaves focus on the password", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(`nobody-${Date.now().toString(36)}@westeros.inc`);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    // An alert region (assertive), present before the error appears in it; Next's route announcer is another alert.
    const alert = page.getByTestId("sign-in-alert");
    await expect(alert).toHaveRole("alert");
    await expect(alert.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toHaveCount(1);
    await expect(page.getByLabel("Password")).toBeFocused();
    await expect(page.getByLabel("Password")).toHaveAttribute("aria-errormessage", "sign-in-error");
    await page.screenshot({ path: `${RESULTS.screenshots}/landing-sign-in-error.png`, fullPage: true });

    // A second failure is announced again: the region empties while the attempt runs.
    await page.keyboard.type("still-wrong");
    await page.keyboard.press("Enter");
    await expect(alert.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");
    await expect(page.getByLabel("Password")).toBeFocused();
  });
});
