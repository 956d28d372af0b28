import { expect, test } from "./support/fixtures";
import {
  expectNoSeriousAxeViolations,
  openAsAnalyst,
  screenshotBothThemes,
  sim,
  simUserByEmailPrefix,
} from "./investigate-helpers";

const window90 = () => {
  const to = new Date(Math.ceil(Date.now() / 60_000) * 60_000);
  return `from=${new Date(to.getTime() - 90 * 86_400_000).toISOString()}&to=${to.toISOString()}&preset=90d`;
};

test.describe("investigation pages", () => {
  test("the 5,000-message transcript opens, scrolls to the end, finds text and follows a permalink", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const samwell = await simUserByEmailPrefix("samwell.tarly");
    const list = await sim<{ data: Array<{ id: string }> }>(
      `/v1/compliance/apps/chats?user_ids[]=${samwell.id}&limit=1000`,
    );
    let longChat: string | null = null;
    let deep: string | null = null;
    for (const c of list.data) {
      const page1 = await sim<{ has_more: boolean; chat_messages: Array<{ id: string }> }>(
        `/v1/compliance/apps/chats/${c.id}/messages?limit=1000`,
      );
      if (page1.has_more) {
        longChat = c.id;
        deep = page1.chat_messages[900].id;
        break;
      }
    }
    expect(longChat).toBeTruthy();
    await openAsAnalyst(page, `/chats/${longChat}`);
    await expect(page.getByTestId("message").first()).toBeVisible();
    await screenshotBothThemes(page, "transcript-long");

    // j / k step through messages.
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await expect(page.getByTestId("message").nth(1)).toHaveClass(/ring-2/);
    await page.keyboard.press("k");
    await expect(page.getByTestId("message").first()).toHaveClass(/ring-2/);

    await page.getByTestId("jump-to-end").click();
    await expect(page.getByTestId("message-count")).toHaveText(/^5,000 messages loaded$/, { timeout: 60_000 });
    await expect(page.locator('[data-index="4999"] [data-testid="message"]')).toBeInViewport();

    await page.keyboard.press("Control+f");
    await expect(page.getByRole("searchbox", { name: "Find in transcript" })).toBeFocused();
    await page.keyboard.type("iron bank");
    // Typing already goes to the first match; Enter goes on to the next (tests/e2e/transcript-reading.spec.ts).
    await expect(page.getByTestId("find-count")).toHaveText(/^1 of [\d,]+$/);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("find-count")).toHaveText(/^2 of [\d,]+$/);

    await page.goto(`/chats/${longChat}#msg-${deep}`);
    await expect(page.locator(`[data-message-id="${deep}"]`)).toBeVisible({ timeout: 30_000 });
    await expect(page.locator(`[data-message-id="${deep}"]`)).toHaveClass(/ring-2/);
  });

  test("a deleted chat shows as a tombstone with what the API still says", async ({ page }) => {
    const all = await sim<{ data: Array<{ id: string; deleted_at: string | null }> }>(
      "/v1/compliance/apps/chats?limit=1000",
    );
    const deleted = all.data.find((c) => c.deleted_at);
    expect(deleted).toBeTruthy();
    await openAsAnalyst(page, `/chats/${deleted!.id}`);
    await expect(page.getByTestId("deleted-tombstone")).toContainText("Deleted by the user");
    await expect(page.getByTestId("chat-title")).toHaveText("Deleted chat");
    await screenshotBothThemes(page, "transcript-deleted");
    await expectNoSeriousAxeViolations(page);
  });

  test("projects, sessions and the activity feed show the custodians' records", async ({ page }) => {
    test.setTimeout(120_000);
    const ids = await Promise.all(["jon.snow", "arya.stark", "cersei.lannister"].map((p) => simUserByEmailPrefix(p)));
    // Add the owner of a project the simulator lists, so the window is sure to hold one.
    const projects = await sim<{ data: Array<{ user: { id: string } | null }> }>(
      "/v1/compliance/apps/projects?limit=20",
    );
    const owner = projects.data.find((p) => p.user)?.user?.id;
    expect(owner).toBeTruthy();
    const query = `u=${[...ids.map((u) => u.id), owner].join(",")}&${window90()}`;
    await openAsAnalyst(page, `/projects?${query}`);
    await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
    await expect(page.getByTestId("project-row").first()).toBeVisible();
    await screenshotBothThemes(page, "projects");
    await expectNoSeriousAxeViolations(page);
    await page.getByTestId("project-row").first().getByRole("link").click();
    await expect(page.getByRole("heading", { name: /Attachments/ })).toBeVisible();
    const first = page.getByTestId("project-attachment").first();
    if (await first.count()) await first.locator("summary").click();
    await screenshotBothThemes(page, "project");
    await expectNoSeriousAxeViolations(page);

    await page.goto(`/sessions?${query}`);
    await expect(page.getByRole("heading", { level: 1, name: "Sessions" })).toBeVisible();
    await expect(
      page
        .getByTestId("session-row")
        .first()
        .or(page.getByText(/No remote sessions/)),
    ).toBeVisible();
    await screenshotBothThemes(page, "sessions");
    await expectNoSeriousAxeViolations(page);
    if (await page.getByTestId("session-row").count()) {
      await page.getByTestId("session-row").first().getByRole("link").click();
      await expect(page.getByTestId("message-count")).toBeVisible();
      await screenshotBothThemes(page, "session");
      await expectNoSeriousAxeViolations(page);
    }

    await page.goto(`/activity?${window90()}`);
    await expect(page.getByTestId("activity-histogram")).toBeVisible();
    await expect(page.getByTestId("activity-row").first()).toBeVisible();
    await screenshotBothThemes(page, "activity");
    await expectNoSeriousAxeViolations(page);
    await page.getByTestId("activity-row").first().click();
    await expect(page.getByTestId("event-drawer")).toBeVisible();
    await expect(page.getByTestId("event-drawer")).toContainText("Actor");
    await screenshotBothThemes(page, "activity-event");
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("event-drawer")).toHaveCount(0);
  });
});
