import { ACCOUNTS } from "./support/e2e-env";
import { expect, screenshotBothSchemes, signInAs, test } from "./support/fixtures";

test.describe("user administration", () => {
  test("an admin adds a user who signs in with the one-time password, then changes their roles and disables them", async ({
    page,
    browser,
  }) => {
    const email = `brienne.${Date.now()}@westeros.inc`;
    await signInAs(page, "admin");
    await page.getByRole("navigation", { name: "Primary" }).getByRole("link", { name: "Users" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    for (const account of Object.values(ACCOUNTS)) await expect(page.getByTestId(`user-row-${account}`)).toBeVisible();

    await page.getByRole("button", { name: "Add user" }).click();
    await page.getByLabel("Full name").fill("Brienne of Tarth");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel(/^legal/).check();
    await page.screenshot({ path: "test-results/screenshots/admin-users-add-light.png", fullPage: true });
    await page.getByRole("button", { name: "Create user" }).click();
    const password = (await page.getByTestId("generated-password").textContent())?.trim() ?? "";
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const row = page.getByTestId(`user-row-${email}`);
    await expect(row.getByTestId("user-roles")).toHaveText("analystlegal");
    await page.screenshot({ path: "test-results/screenshots/admin-users-created-light.png", fullPage: true });

    // The new user signs in elsewhere with the password shown once.
    const other = await browser.newContext();
    const newcomer = await other.newPage();
    await newcomer.goto("/sign-in");
    await newcomer.getByLabel("Email").fill(email);
    await newcomer.getByLabel("Password").fill(password);
    await newcomer.getByRole("button", { name: "Sign in", exact: true }).click();
    // Analyst and legal: Investigate, which first asks the new session for a purpose.
    await expect(newcomer).toHaveURL(/\/purpose\?callbackUrl=%2Finvestigate/);

    await row.getByRole("button", { name: `Edit roles of ${email}` }).click();
    await row.getByLabel("analyst").uncheck();
    await row.getByLabel("auditor").check();
    await row.getByRole("button", { name: "Save roles" }).click();
    await expect(row.getByTestId("user-roles")).toHaveText("auditorlegal");
    // Roles are re-read on every request: the newcomer's next page already has the auditor's section.
    await newcomer.reload();
    await expect(
      newcomer.getByRole("navigation", { name: "Primary" }).getByRole("link", { name: "Audit trail" }),
    ).toBeVisible();

    await row.getByRole("button", { name: `Disable ${email}` }).click();
    await row.getByRole("button", { name: "Confirm disable" }).click();
    await expect(row).toContainText("Disabled");
    await newcomer.reload();
    await expect(newcomer).toHaveURL(/\/sign-in/);
    await other.close();
  });

  test("refuses a duplicate email with a message under the field", async ({ page }) => {
    await signInAs(page, "admin");
    await page.goto("/admin/users");
    await page.getByRole("button", { name: "Add user" }).click();
    await page.getByLabel("Full name").fill("Second Analyst");
    await page.getByLabel("Email").fill(ACCOUNTS.analyst);
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByTestId("add-user-error")).toHaveText("A user with this email already exists");
  });

  test("an admin cannot disable their own account", async ({ page }) => {
    await signInAs(page, "admin");
    await page.goto("/admin/users");
    const own = page.getByTestId(`user-row-${ACCOUNTS.admin}`);
    await expect(own).toContainText("(you)");
    await expect(own.getByRole("button", { name: /^Disable/ })).toHaveCount(0);
  });

  test("the users page in light and dark", async ({ page }) => {
    await signInAs(page, "admin");
    await page.goto("/admin/users");
    await screenshotBothSchemes(page, "admin-users", () =>
      expect(page.getByTestId(`user-row-${ACCOUNTS.auditor}`)).toBeVisible(),
    );
  });

  test("an auditor cannot open user management", async ({ page }) => {
    await signInAs(page, "auditor");
    await page.goto("/admin/users");
    await expect(page.getByTestId("not-allowed")).toContainText("user management");
    expect((await page.request.get("/api/users")).status()).toBe(403);
  });
});
