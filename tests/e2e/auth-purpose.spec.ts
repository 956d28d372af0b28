import { expect, screenshotBothSchemes, signInAs, signInWithForm, test } from "./support/fixtures";

test.describe("purpose of access", () => {
  test("an investigator states a purpose, sees it in the top bar, and changes it", async ({ page }) => {
    // A fresh sign-in session: a purpose holds per session, and the shared one may already have one.
    await signInWithForm(page, "legal");
    const badge = page.getByTestId("purpose-badge");
    await expect(badge).toContainText("No purpose stated");
    await badge.getByRole("link", { name: "State purpose" }).click();
    await expect(page).toHaveURL(/\/purpose$/);

    await page.getByLabel("Case or ticket reference").fill("CASE-2026-042");
    await page.getByLabel("Reason").fill("too short");
    await page.getByRole("button", { name: "State purpose and continue" }).click();
    await expect(page.getByText("Too short: at least 10 characters")).toBeVisible();

    await page.getByLabel("Reason").fill("Litigation hold review for the Lannister matter");
    await page.getByRole("button", { name: "State purpose and continue" }).click();
    // No page asked for the purpose: legal goes on to where its work is.
    await expect(page.getByRole("heading", { level: 1, name: "Investigate" })).toBeVisible();
    await expect(page.getByTestId("purpose-reference")).toHaveText("CASE-2026-042");

    await badge.getByRole("link", { name: "Change" }).click();
    await expect(page.getByTestId("current-purpose-reference")).toHaveText("CASE-2026-042");
    await page.getByLabel("Case or ticket reference").fill("SEC-1187");
    await page.getByLabel("Reason").fill("Security incident: suspected data exfiltration");
    await page.getByRole("button", { name: "Change purpose" }).click();
    await expect(page.getByTestId("purpose-reference")).toHaveText("SEC-1187");
    await screenshotBothSchemes(page, "top-bar-with-purpose", () =>
      expect(page.getByTestId("purpose-reference")).toBeVisible(),
    );
  });

  test("comes back to the page that asked for a purpose", async ({ page }) => {
    await signInAs(page, "analyst");
    await page.goto(`/purpose?callbackUrl=${encodeURIComponent("/overview?from=purpose")}`);
    await page.getByLabel("Case or ticket reference").fill("CASE-7");
    await page.getByLabel("Reason").fill("Regulator request for chat history");
    // The analyst's stored session is shared with other specs, which may have stated a purpose already.
    await page.getByRole("button", { name: /^(State purpose and continue|Change purpose)$/ }).click();
    await expect(page).toHaveURL(/\/overview\?from=purpose$/);
  });

  test("roles that never read custodian content get no purpose badge and no form", async ({ page }) => {
    await signInAs(page, "auditor");
    await expect(page.getByTestId("purpose-badge")).toHaveCount(0);
    await page.goto("/purpose");
    await expect(page.getByText("you never need to state a purpose")).toBeVisible();
    expect(
      (
        await page.request.post("/api/purpose", {
          data: { reference: "X-1", reason: "Trying anyway, should be refused" },
        })
      ).status(),
    ).toBe(403);
  });

  test("the purpose page in light and dark", async ({ page }) => {
    await signInAs(page, "analyst");
    await page.goto("/purpose");
    await screenshotBothSchemes(page, "purpose", () => expect(page.getByLabel("Reason")).toBeVisible());
  });
});
