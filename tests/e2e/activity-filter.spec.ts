import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { expectNoSeriousAxeViolations, screenshotBothThemes, signInAsAnalyst, sim } from "./investigate-helpers";

const windowOf90Days = () => {
  const to = new Date(Math.ceil(Date.now() / 60_000) * 60_000);
  const from = new Date(to.getTime() - 90 * 86_400_000);
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    search: `from=${from.toISOString()}&to=${to.toISOString()}&preset=90d`,
  };
};

/** How many events of these types the simulator holds in the window (what the histogram must say). */
async function simCount(types: string[], from: string, to: string): Promise<number> {
  let count = 0;
  let after: string | null = null;
  do {
    const q = new URLSearchParams({ "created_at.gte": from, "created_at.lt": to, limit: "5000" });
    for (const t of types) q.append("activity_types[]", t);
    if (after) q.set("after_id", after);
    const page = await sim<{ data: unknown[]; has_more: boolean; last_id: string | null }>(
      `/v1/compliance/activities?${q}`,
    );
    count += page.data.length;
    after = page.has_more ? page.last_id : null;
  } while (after);
  return count;
}

const rowTypes = (page: Page) => page.getByTestId("activity-row").locator("span.font-mono").allTextContents();

test.describe("activity feed: event type filter", () => {
  test("an analyst picks two types from different areas, and the link reproduces the view from the server", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const w = windowOf90Days();
    await signInAsAnalyst(page, `/activity?${w.search}`);
    await expect(page.getByTestId("activity-row").first()).toBeVisible();

    // Keyboard: Enter opens the panel with focus in its filter box; Escape closes it and focus returns.
    const trigger = page.getByRole("button", { name: /^Event types/ });
    await expect(trigger).toHaveText("All event types");
    await trigger.focus();
    await page.keyboard.press("Enter");
    const panel = page.getByRole("dialog", { name: "Choose event types" });
    await expect(panel).toBeVisible();
    const filterBox = panel.getByRole("searchbox", { name: "Filter areas and types" });
    await expect(filterBox).toBeFocused();
    await expectNoSeriousAxeViolations(page);
    await page.keyboard.press("Escape");
    await expect(panel).toHaveCount(0);
    await expect(trigger).toBeFocused();

    await trigger.click();
    await filterBox.fill("file_uploaded");
    await panel.getByRole("checkbox", { name: "claude_file_uploaded", exact: true }).check();
    await filterBox.fill("chat_deleted");
    await panel.getByRole("checkbox", { name: "claude_chat_deleted", exact: true }).check();
    // Typing opens every area with a match; the panel offers to add what it shows.
    await filterBox.fill("deleted");
    await expect(panel.getByRole("checkbox", { name: "claude_chat_deleted", exact: true })).toBeChecked();
    await expect(panel.getByRole("button", { name: /^Add the \d+ shown$/ })).toBeVisible();
    await expect(panel.getByText("2 chosen")).toBeVisible();
    await screenshotBothThemes(page, "activity-filter-open");
    await filterBox.fill("");
    await page.keyboard.press("Escape");
    await expect(panel).toHaveCount(0);

    await expect(page).toHaveURL(/[?&]types=claude_chat_deleted%2Cclaude_file_uploaded(&|$)/);
    await expect(trigger).toHaveText(/^2 of 483 types$/);
    await expect(page.getByTestId("type-chip")).toHaveText([/claude_chat_deleted/, /claude_file_uploaded/]);
    const expected = await simCount(["claude_chat_deleted", "claude_file_uploaded"], w.from, w.to);
    expect(expected).toBeGreaterThan(0);
    await expect(page.getByTestId("activity-histogram")).toContainText(`${expected.toLocaleString("en")} events`);
    await expect
      .poll(async () => new Set(await rowTypes(page)))
      .toEqual(new Set(["claude_chat_deleted", "claude_file_uploaded"]));
    await screenshotBothThemes(page, "activity-filtered");
    await expectNoSeriousAxeViolations(page);

    // The same link, loaded afresh: rendered from the server's prefetch, the browser asks our API for nothing.
    const feedCalls: string[] = [];
    page.on("request", (r) => {
      if (/\/api\/activity(\/histogram)?\?/.test(r.url())) feedCalls.push(r.url());
    });
    await page.goto(page.url());
    await expect(page.getByTestId("type-chip")).toHaveCount(2);
    await expect(page.getByTestId("activity-histogram")).toContainText(`${expected.toLocaleString("en")} events`);
    expect(new Set(await rowTypes(page))).toEqual(new Set(["claude_chat_deleted", "claude_file_uploaded"]));
    await page.waitForTimeout(500);
    expect(feedCalls).toEqual([]);

    // Ticking a whole area takes all its types; the URL names the area instead of listing them.
    await trigger.click();
    await panel.getByRole("checkbox", { name: /^Chats/ }).check();
    await expect(panel.getByText("14 chosen")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/[?&]area=claude_chat&/);
    await expect(page).toHaveURL(/[?&]types=claude_file_uploaded(&|$)/);
    await expect(page.getByTestId("type-chip")).toHaveText([/Chats · all 13/, /claude_file_uploaded/]);
    await expect
      .poll(async () =>
        (await rowTypes(page)).every((t) => t.startsWith("claude_chat_") || t === "claude_file_uploaded"),
      )
      .toBe(true);

    // Clear puts every type back and leaves focus on the button.
    await page.getByTestId("type-filter-clear").click();
    await expect(trigger).toHaveText("All event types");
    await expect(trigger).toBeFocused();
    await expect(page).not.toHaveURL(/[?&](area|types)=/);
  });

  test("an old one-area link still opens the feed filtered to that area", async ({ page }) => {
    const w = windowOf90Days();
    await signInAsAnalyst(page, `/activity?${w.search}&area=claude_file`);
    await expect(page.getByTestId("type-chip")).toHaveText([/^Files · all \d+/]);
    await expect(page.getByTestId("activity-row").first()).toBeVisible();
    expect((await rowTypes(page)).every((t) => t.startsWith("claude_file_"))).toBe(true);
    // The window gets pinned by a redirect; the choice of types survives it.
    await page.goto(`/activity?types=claude_chat_created&area=claude_file`);
    await expect(page).toHaveURL(/[?&]from=.*[?&]types=claude_chat_created/);
    await expect(page.getByTestId("type-chip")).toHaveCount(2);
  });

  test("a link with an unknown type says which, instead of failing the page", async ({ page }) => {
    const w = windowOf90Days();
    await signInAsAnalyst(page, `/activity?${w.search}&types=claude_chat_exploded`);
    const error = page.getByTestId("query-error").first();
    await expect(error).toBeVisible();
    await expect(error).toContainText("types: Unknown activity type: claude_chat_exploded");
    await page.getByTestId("type-filter-clear").click();
    await expect(page.getByTestId("activity-row").first()).toBeVisible();
  });
});
