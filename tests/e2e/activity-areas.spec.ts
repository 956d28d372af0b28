import { RESULTS } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";
import { openAsAnalyst, screenshotBothThemes } from "./investigate-helpers";

// The event-type picker names its areas as an analyst looks for events (issue 9, item 7): no area is a raw prefix
// ("Ghe", "Lti", "Step", "Tunnel", "Organization" twice), and a link naming an old area still shows its events.

const windowOf90Days = () => {
  const to = new Date(Math.ceil(Date.now() / 60_000) * 60_000);
  const from = new Date(to.getTime() - 90 * 86_400_000);
  return `from=${from.toISOString()}&to=${to.toISOString()}&preset=90d`;
};

const AREA_LABELS = [
  "Sign-in & authentication",
  "API keys & credentials",
  "Chats",
  "Files",
  "Projects",
  "Artifacts",
  "Share links",
  "Data exports",
  "Users, invites & provisioning",
  "Groups, roles & permissions",
  "Admin & org settings",
  "Claude Code",
  "Cowork",
  "Cloud agents & remote sessions",
  "Integrations & connectors",
  "Skills, plugins & commands",
  "Design projects",
  "Claude Console (API platform)",
  "Billing, seats & usage",
  "Consent, verification & safety",
  "Compliance API access log",
];

test.describe("activity feed: event type areas", () => {
  test("the picker names every area plainly, once, and together they hold every type", async ({ page }) => {
    await openAsAnalyst(page, `/activity?${windowOf90Days()}`);
    await page.getByRole("button", { name: /^Event types/ }).click();
    const panel = page.getByRole("dialog", { name: "Choose event types" });
    const labels = panel.getByTestId("type-area-label");
    await expect(labels).toHaveText(AREA_LABELS);
    const shown = await labels.allTextContents();
    expect(new Set(shown).size).toBe(shown.length);
    for (const raw of ["Ghe", "Lti", "Step", "Tunnel", "Organization", "Other"]) expect(shown).not.toContain(raw);

    // Together the areas hold the 483 types of the reference's enum (each in exactly one: a unit test checks it).
    const counts = (await panel.getByTestId("type-area-count").allTextContents()).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(483);

    // Sign-in events (SSO, magic links, step-up…) sit together, under a name an analyst looks for.
    await panel.getByRole("searchbox", { name: "Filter areas and types" }).fill("sign-in");
    await expect(panel.getByTestId("type-area-label")).toHaveText(["Sign-in & authentication"]);
    await expect(panel.getByRole("checkbox", { name: "sso_login_failed", exact: true })).toBeVisible();
    await expect(panel.getByRole("checkbox", { name: "magic_link_login_failed", exact: true })).toBeVisible();
    await panel.getByRole("searchbox", { name: "Filter areas and types" }).fill("");
    await screenshotBothThemes(page, "activity-areas-picker");
    // The end of the list too (the panel scrolls), for a look at every name.
    await labels.last().scrollIntoViewIfNeeded();
    await panel.screenshot({ path: `${RESULTS.screenshots}/activity-areas-picker-end.png` });
  });

  test("the feed labels events by area, and an old area link shows the same types as before", async ({ page }) => {
    await openAsAnalyst(page, `/activity?${windowOf90Days()}&area=sign_in`);
    const row = page.getByTestId("activity-row").first();
    await expect(row).toBeVisible();
    await expect(row).toContainText("Sign-in & authentication");
    await expect(page.getByTestId("type-chip")).toHaveText([/^Sign-in & authentication · all 20/]);

    // `area=sso` was the old "Single sign-on" area: its four types, now chosen one by one.
    await page.goto(`/activity?${windowOf90Days()}&area=sso`);
    await expect(page.getByTestId("type-chip")).toHaveText([
      /^sso_login_failed/,
      /^sso_login_initiated/,
      /^sso_login_succeeded/,
      /^sso_second_factor_magic_link/,
    ]);
    await expect(page.getByTestId("activity-row").first()).toContainText(/sso_login_/);
    await expect(page.getByTestId("query-error")).toHaveCount(0);
  });
});
