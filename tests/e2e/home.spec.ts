import { expect, signInAs, test } from "./support/fixtures";

test.describe("home page", () => {
  // The overview is open to every role; an admin is as good as any.
  test.beforeEach(async ({ page }) => {
    await signInAs(page, "admin");
  });

  test("shows the simulator as reachable with the access key's scopes and the rate limit", async ({ page }) => {
    await page.goto("/overview");
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    await expect(page.getByTestId("upstream-banner")).toContainText("Reachable");
    await expect(page.getByTestId("connection-details")).toContainText("Bundled simulator");

    const accessKey = page.getByTestId("key-card-compliance_access_key");
    await expect(accessKey).toContainText("read:compliance_user_data");
    await expect(accessKey).toContainText("read:compliance_org_data");

    // The simulator's default budget is 600 requests per minute; the probe itself used a few.
    await expect(page.getByTestId("rate-limit-remaining")).toContainText("of 600 per minute");
    const remaining = Number(await page.getByTestId("rate-limit-remaining-value").textContent());
    expect(remaining).toBeGreaterThan(0);
    expect(remaining).toBeLessThan(600);

    await expect(page.getByTestId("key-card-admin")).toContainText("read:compliance_activities");
  });

  test("Refresh probes the upstream again", async ({ page }) => {
    await page.goto("/overview");
    const remaining = page.getByTestId("rate-limit-remaining-value");
    const before = await remaining.textContent();
    await page.getByRole("button", { name: "Refresh" }).click();
    // Each probe spends rate budget, so a fresh probe shows a different remaining count.
    await expect(remaining).not.toHaveText(before ?? "");
    await expect(page.getByRole("button", { name: "Refresh" })).toBeEnabled();
  });

  test("never puts an API key in the HTML", async ({ page }) => {
    const served = await (await page.request.get("/overview")).text();
    expect(served).toContain("Overview");
    expect(served).not.toContain("sk-ant-");
    await page.goto("/overview");
    await expect(page.getByTestId("upstream-banner")).toBeVisible();
    expect(await page.content()).not.toContain("sk-ant-");
  });

  test("skip link moves focus to the main content", async ({ page }) => {
    await page.goto("/overview");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });

  test("renders in light and dark colour schemes", async ({ page }) => {
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/overview");
      await expect(page.getByTestId("upstream-banner")).toContainText("Reachable");
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
      const brightness = (r + g + b) / 3;
      if (scheme === "dark") expect(brightness).toBeLessThan(60);
      else expect(brightness).toBeGreaterThan(200);
      await page.screenshot({ path: `test-results/screenshots/home-${scheme}.png`, fullPage: true });
    }
  });

  test("the theme toggle overrides the system scheme and survives a reload", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/overview");
    await page.getByRole("button", { name: "Dark theme" }).click();
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.reload();
    await expect(page.locator("html")).toHaveClass(/dark/);
    await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
  });
});
