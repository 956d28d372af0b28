import { readFile } from "node:fs/promises";
import { ACCOUNTS } from "./support/e2e-env";
import { expect, screenshotBothSchemes, signInAs, signInWithForm, test } from "./support/fixtures";

test.describe("audit trail", () => {
  test("shows the chain as intact and the newest entries with their details and hash", async ({ page }) => {
    await signInWithForm(page, "auditor");
    await page.getByRole("navigation", { name: "Primary" }).getByRole("link", { name: "Audit trail" }).click();
    await expect(page.getByTestId("chain-status")).toContainText("Chain intact");
    expect(Number((await page.getByTestId("chain-count").textContent())?.replace(/,/g, ""))).toBeGreaterThan(0);

    // The newest entry is the auditor's own sign-in (the view itself is written after the read).
    const first = page.getByTestId("audit-row").first();
    await expect(first).toContainText(ACCOUNTS.auditor);
    await expect(first).toContainText("auth.sign_in");
    await first.getByRole("button", { name: /details$/ }).click();
    await expect(page.getByTestId("audit-entry-hash")).toHaveText(/^[0-9a-f]{64}$/);
  });

  test("filters by actor and time through the URL, and records the viewing", async ({ page }) => {
    // The admin has at least signed in (tests/e2e/auth.setup.ts).
    await signInAs(page, "auditor");
    await page.goto("/audit");
    await page.getByLabel("Actor").fill(ACCOUNTS.admin);
    await page.getByLabel("From (UTC)").fill("2000-01-01T00:00");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/actor=admin%40westeros\.inc/);
    const rows = page.getByTestId("audit-row");
    await expect(rows.first()).toBeVisible();
    for (const text of await rows.allTextContents()) expect(text).toContain(ACCOUNTS.admin);

    await page.goto("/audit?to=2000-01-01T00:00");
    await expect(page.getByTestId("audit-empty")).toBeVisible();
    await page.goto("/audit?from=2030-01-01T00:00&to=2020-01-01T00:00");
    await expect(page.getByTestId("audit-filter-error")).toContainText("Must not be after `to`");

    await page.goto("/audit?action=audit.view");
    await expect(page.getByTestId("audit-row").first()).toContainText(ACCOUNTS.auditor);
  });

  test("exports the filtered entries as CSV and NDJSON attachments, and records the export", async ({ page }) => {
    await signInAs(page, "auditor");
    await page.goto("/audit?action=auth.sign_in");
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Export CSV" }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^custody-audit-.+\.csv$/);
    const lines = (await readFile(await csv.path(), "utf8")).trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^seq,id,at,actor_id,actor_email/);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.includes(",auth.sign_in,"))).toBe(true);

    const [ndjson] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Export NDJSON" }).click(),
    ]);
    expect(ndjson.suggestedFilename()).toMatch(/\.ndjson$/);
    const entries = (await readFile(await ndjson.path(), "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(entries.every((e) => e.action === "auth.sign_in" && /^[0-9a-f]{64}$/.test(e.hash))).toBe(true);

    await page.goto("/audit?action=audit.export");
    const row = page.getByTestId("audit-row").first();
    await expect(row).toContainText(ACCOUNTS.auditor);
    await row.getByRole("button", { name: /details$/ }).click();
    await expect(page.getByTestId("audit-entry-details")).toContainText('"format": "ndjson"');
  });

  test("records a refused attempt to open the trail, for the auditor to see", async ({ page, browser }) => {
    const analystContext = await browser.newContext();
    const analyst = await analystContext.newPage();
    await signInAs(analyst, "analyst", { callbackUrl: "/audit" });
    await expect(analyst.getByTestId("not-allowed")).toBeVisible();
    await analystContext.close();

    await signInAs(page, "auditor", { callbackUrl: "/audit?action=audit.view&outcome=denied" });
    const row = page.getByTestId("audit-row").first();
    await expect(row).toContainText(ACCOUNTS.analyst);
    await expect(row).toContainText("denied");
    await row.getByRole("button", { name: /details$/ }).click();
    await expect(page.getByTestId("audit-entry-details")).toContainText('"capability": "audit:read"');
  });

  test("pages through older entries", async ({ page }) => {
    await signInAs(page, "auditor");
    // Each read of the trail is itself an entry: enough of them guarantee a second page (50 per page).
    for (let i = 0; i < 55; i++) expect((await page.request.get("/api/audit?limit=1")).status()).toBe(200);
    await page.goto("/audit");
    await expect(page.getByTestId("audit-row")).toHaveCount(50);
    const newest = await page.getByTestId("audit-row").first().getByRole("button").getAttribute("aria-label");
    await page.getByRole("link", { name: "Older entries →" }).click();
    await expect(page).toHaveURL(/cursor=\d+/);
    await expect(page.getByRole("link", { name: "← Newest" })).toBeVisible();
    const olderFirst = await page.getByTestId("audit-row").first().getByRole("button").getAttribute("aria-label");
    // Labels are "Entry <seq> details": the older page starts below the newest page's last entry.
    const seq = (label: string | null) => Number(/Entry (\d+)/.exec(label ?? "")?.[1]);
    expect(seq(olderFirst)).toBeLessThan(seq(newest) - 49);
  });

  test("the audit page in light and dark", async ({ page }) => {
    await signInAs(page, "auditor");
    await page.goto("/audit");
    await screenshotBothSchemes(page, "audit", async () => {
      await expect(page.getByTestId("chain-status")).toContainText("Chain intact");
      await page
        .getByTestId("audit-row")
        .nth(1)
        .getByRole("button", { name: /details$/ })
        .click();
      await expect(page.getByTestId("audit-entry-details")).toBeVisible();
    });
  });
});
