import { ACCOUNTS, E2E_OIDC, OIDC_ISSUER } from "./support/e2e-env";
import { expect, screenshotBothSchemes, signInAs, test } from "./support/fixtures";

test.describe("sign-in", () => {
  test("sends a signed-out visitor to sign-in and back to the page they asked for", async ({ page }) => {
    await page.goto("/audit?outcome=failure");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faudit%3Foutcome%3Dfailure$/);
    await expect(page.getByRole("heading", { name: "Sign in to Custody" })).toBeVisible();
    await page.getByLabel("Email").fill(ACCOUNTS.auditor);
    await page.getByLabel("Password").fill("custody-demo");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/audit\?outcome=failure$/);
    await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  });

  test("signs in with a local account, shows who is signed in, and signs out", async ({ page }) => {
    await page.goto("/sign-in");
    // Demo mode lists the seeded accounts; picking one fills the form.
    await page.getByRole("button", { name: `Use ${ACCOUNTS.analyst}` }).click();
    await expect(page.getByLabel("Email")).toHaveValue(ACCOUNTS.analyst);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    // An analyst lands on Investigate, which first asks this fresh session for a purpose.
    await expect(page).toHaveURL(/\/purpose\?callbackUrl=%2Finvestigate/);

    await page.getByRole("button", { name: /^Account:/ }).click();
    await expect(page.getByTestId("user-menu-name")).toHaveText("Arya Analyst");
    await expect(page.getByTestId("user-menu-roles")).toHaveText("analyst");
    await screenshotBothSchemes(page, "user-menu", async () => {
      await page.getByRole("button", { name: /^Account:/ }).click();
      await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    });
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a wrong password shows a clear error and writes a failed sign-in entry the auditor sees", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(ACCOUNTS.legal);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await page.screenshot({ path: "test-results/screenshots/sign-in-error-light.png" });

    await signInAs(page, "auditor");
    await page.getByRole("link", { name: "Audit trail" }).click();
    await page.getByLabel("Action").selectOption("auth.sign_in_failed");
    await page.getByLabel("Actor").fill(ACCOUNTS.legal);
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/action=auth.sign_in_failed/);
    const row = page.getByTestId("audit-row").first();
    await expect(row).toContainText(ACCOUNTS.legal);
    await expect(row).toContainText("auth.sign_in_failed");
    await expect(row).toContainText("failure");
    await row.getByRole("button", { name: /details$/ }).click();
    await expect(page.getByTestId("audit-entry-details")).toContainText('"reason": "bad_password"');
  });

  test(`signs in through the organisation's identity provider (${E2E_OIDC.name})`, async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: `Sign in with ${E2E_OIDC.name}` }).click();
    await expect(page).toHaveURL(new RegExp(`^${OIDC_ISSUER}/interaction/`));
    await page.locator('input[name="login"]').fill("sso-legal");
    await page.locator('input[name="password"]').fill("anything");
    await page.locator('button[type="submit"]').click();
    // Legal and analyst roles land on Investigate (through the purpose page, for a fresh session).
    await expect(page).toHaveURL(/\/purpose\?callbackUrl=%2Finvestigate/);
    await page.getByRole("button", { name: /^Account:/ }).click();
    await expect(page.getByTestId("user-menu-name")).toHaveText("Lord SSO Legal");
    // The IdP's role claim ("legal analyst") decides the roles.
    await expect(page.getByTestId("user-menu-roles")).toHaveText("analystlegal");
  });

  test("refuses an SSO user the identity provider gave no Custody role, saying why", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: `Sign in with ${E2E_OIDC.name}` }).click();
    await page.locator('input[name="login"]').fill("sso-norole");
    await page.locator('input[name="password"]').fill("anything");
    await page.locator('button[type="submit"]').click();
    await expect(page).toHaveURL(/\/sign-in\?error=OidcNoRole/);
    await expect(page.getByTestId("sign-in-error")).toContainText("did not grant you any Custody role");
  });

  test("an analyst cannot open the auditor page, nor read the trail through the API", async ({ page }) => {
    await signInAs(page, "analyst");
    await expect(
      page.getByRole("navigation", { name: "Primary" }).getByRole("link", { name: "Audit trail" }),
    ).toHaveCount(0);
    await page.goto("/audit");
    await expect(page.getByTestId("not-allowed")).toContainText("You don't have access to the audit trail");
    await expect(page.getByTestId("audit-table")).toHaveCount(0);
    const api = await page.request.get("/api/audit");
    expect(api.status()).toBe(403);
    expect((await api.json()).error.code).toBe("forbidden");
    await screenshotBothSchemes(page, "not-allowed", () => expect(page.getByTestId("not-allowed")).toBeVisible());
  });

  test("every response carries the security headers and a per-request script nonce", async ({ page, request }) => {
    const first = await page.goto("/sign-in");
    const csp = first?.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(first?.headers()["x-frame-options"]).toBe("DENY");
    expect(first?.headers()["x-content-type-options"]).toBe("nosniff");
    expect(first?.headers()["referrer-policy"]).toBe("no-referrer");
    // Next put this response's nonce on its scripts; the page hydrated (the form reacts) under the policy.
    const scriptNonces = await page
      .locator("script[src]")
      .evaluateAll((els) => els.map((e) => (e instanceof HTMLScriptElement ? e.nonce : "")));
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
    await page.getByRole("button", { name: `Use ${ACCOUNTS.admin}` }).click();
    await expect(page.getByLabel("Email")).toHaveValue(ACCOUNTS.admin);

    const second = await request.get("/sign-in");
    expect(second.headers()["content-security-policy"]).not.toContain(nonce);
    const api = await request.get("/api/users");
    expect(api.status()).toBe(401);
    expect(api.headers()["x-content-type-options"]).toBe("nosniff");
    expect(api.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  });

  test("the sign-in page in light and dark", async ({ page }) => {
    await page.goto("/sign-in");
    await screenshotBothSchemes(page, "sign-in", () => expect(page.getByTestId("demo-accounts")).toBeVisible());
  });
});
