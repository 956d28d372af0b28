import { expect, test } from "./support/fixtures";
import { signInAsAnalyst, sim, simUserByEmailPrefix } from "./investigate-helpers";

// The reader's scroll box ends at the bottom of the window, so reading to the end never scrolls the page:
// the chat's title and facts stay in view under the top bar, and the last message is fully on screen.
test("reading to the end of a long chat keeps its header in view and the last message on screen", async ({ page }) => {
  test.setTimeout(90_000);
  const samwell = await simUserByEmailPrefix("samwell.tarly");
  const list = await sim<{ data: Array<{ id: string }> }>(
    `/v1/compliance/apps/chats?user_ids[]=${samwell.id}&limit=1000`,
  );
  let longChat: string | undefined;
  for (const c of list.data) {
    const first = await sim<{ has_more: boolean }>(`/v1/compliance/apps/chats/${c.id}/messages?limit=1000`);
    if (first.has_more) {
      longChat = c.id;
      break;
    }
  }
  expect(longChat, "the demo has a multi-page chat").toBeTruthy();
  await signInAsAnalyst(page, `/chats/${longChat}`);
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1280, height: 720 },
  ]) {
    await page.setViewportSize(size);
    await page.goto(`/chats/${longChat}`);
    await expect(page.getByTestId("message").first()).toBeVisible();
    await page.getByTestId("jump-to-end").click();
    await expect(page.getByTestId("message-count")).toHaveText(/^5,000 messages loaded$/, { timeout: 60_000 });
    const last = page.locator('[data-index="4999"]');
    await expect(last).toBeVisible();

    const title = await page.getByRole("heading", { level: 1 }).boundingBox();
    const topBar = await page.locator("header").first().boundingBox();
    const lastBox = await last.boundingBox();
    const scroller = await page.getByTestId("transcript-scroll").boundingBox();
    if (!title || !topBar || !lastBox || !scroller) throw new Error("layout boxes missing");
    expect(await page.evaluate(() => window.scrollY), `page scrolled at ${size.width}x${size.height}`).toBe(0);
    expect(title.y).toBeGreaterThanOrEqual(topBar.y + topBar.height);
    expect(scroller.y + scroller.height).toBeLessThanOrEqual(size.height);
    expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(scroller.y + scroller.height + 1);
  }
});
