import { expect, test } from "./support/fixtures";
import { openAsAnalyst, screenshotBothThemes, sim } from "./investigate-helpers";

// A session's page names the same custodian as the sessions list. The transcript endpoints withhold the user's
// email (LS3 always, RS2 too: reference §5.16, §5.17), so the page must not take its facts from them alone.

type SimLocalSession = {
  id: string;
  product_surface: string | null;
  user: { id: string; email_address: string | null };
};

test.describe("session page: the custodian", () => {
  test("a local Claude Code session's page shows the custodian the sessions list shows", async ({ page }) => {
    const list = await sim<{ data: SimLocalSession[] }>("/v1/compliance/apps/sessions/local?limit=100");
    const session = list.data.find((s) => s.product_surface === "claude_code" && s.user.email_address);
    expect(session, "a local Claude Code session with its custodian's email").toBeTruthy();
    // What the page's own upstream read carries: no email, so the page must find it elsewhere.
    const transcript = await sim<{ session: SimLocalSession }>(
      `/v1/compliance/apps/sessions/local/${session!.id}/messages?limit=1`,
    );
    expect(transcript.session.user.email_address).toBeNull();

    await openAsAnalyst(page, `/sessions/local/${session!.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Local session" })).toBeVisible();
    const custodian = page.locator("dt", { hasText: /^Custodian$/ }).locator("xpath=following-sibling::dd[1]");
    await expect(custodian).toHaveText(session!.user.email_address!);
    await expect(page.getByTestId("message-count")).toBeVisible();
    await screenshotBothThemes(page, "session-local");
  });

  test("a remote session's page shows its custodian's email, which its transcript read withholds", async ({ page }) => {
    type SimRemote = { id: string; status: string; user: { id: string; email_address: string | null } | null };
    const list = await sim<{ data: SimRemote[] }>("/v1/compliance/apps/sessions/remote?limit=100");
    const session = list.data.find((s) => s.user?.email_address && s.status !== "pending");
    expect(session, "an owned remote session").toBeTruthy();
    await openAsAnalyst(page, `/sessions/remote/${session!.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Remote session" })).toBeVisible();
    const custodian = page.locator("dt", { hasText: /^Custodian$/ }).locator("xpath=following-sibling::dd[1]");
    await expect(custodian).toHaveText(session!.user!.email_address!);
  });
});
