import { expect, test } from "./support/fixtures";
import { auditEntries, openAsAnalyst } from "./investigate-helpers";

// The production build holds two copies of lib/compliance (the pages' bundle and the API routes' bundle) and one
// Compliance client per process, created by whichever copy asks first. An upstream error thrown by one copy must
// still be recognised by the other: a 404 upstream is a 404 to the user, never a 500, from a route or a page.

const UNKNOWN_CHAT = "claude_chat_never_existed_0000";
const UNKNOWN_PROJECT = "claude_proj_never_existed_0001";

test.describe("upstream errors across the build's bundles", () => {
  test("after the Overview page ran, an unknown chat is a 404 envelope on the route and `not_found` in a page's audit", async ({
    page,
    browser,
    baseURL,
  }) => {
    await openAsAnalyst(page, "/investigate");
    // Overview probes the upstream from the pages' bundle.
    await page.goto("/overview");
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    const since = new Date();

    const res = await page.request.get(`/api/chats/${UNKNOWN_CHAT}/messages`);
    expect(res.status()).toBe(404);
    expect(res.headers()["content-type"]).toContain("application/json");
    const body: unknown = await res.json();
    expect(body).toEqual({
      error: { code: "not_found", message: expect.stringContaining("Not found"), requestId: expect.any(String) },
    });

    // The other direction: a page's server prefetch fails upstream, and its audit entry names the same cause.
    await page.goto(`/projects/${UNKNOWN_PROJECT}`);
    await expect(page.getByTestId("query-error")).toContainText("Could not load this project");
    const views = await auditEntries(browser, baseURL!, "project.view", UNKNOWN_PROJECT, since);
    // The page's prefetch (server) and the browser's own fetch through the route: both say why, neither `internal`.
    expect(views.length).toBeGreaterThan(0);
    for (const entry of views) expect(entry).toMatchObject({ outcome: "failure", details: { error: "not_found" } });
  });
});
