import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { openAsAnalyst, screenshotBothThemes, sim, simUserByEmailPrefix } from "./investigate-helpers";

// Issue 10 §8: a link inside custodian content never opens the outside site directly. Clicking it (or middle- or
// Ctrl-clicking it) shows where it goes and asks; Cancel and Escape stay, Open goes to a new tab with no opener and
// no referrer. The demo's Markdown-heavy answers cite "the council minutes" on wiki.westeros.example; every request
// to that host is answered here by context.route, so nothing leaves the machine.

const DESTINATION = "https://wiki.westeros.example/council/minutes";

type SimMessage = { id: string; content: Array<{ text?: string }> };

/** A chat message of the demo that links to DESTINATION. */
async function messageWithLink(): Promise<{ chatId: string; messageId: string }> {
  const samwell = await simUserByEmailPrefix("samwell.tarly");
  const chats = await sim<{ data: Array<{ id: string }> }>(
    `/v1/compliance/apps/chats?user_ids[]=${samwell.id}&limit=50`,
  );
  for (const chat of chats.data) {
    const page = await sim<{ chat_messages: SimMessage[] }>(`/v1/compliance/apps/chats/${chat.id}/messages?limit=1000`);
    const hit = page.chat_messages.find((m) => m.content.some((b) => b.text?.includes(`](${DESTINATION})`)));
    if (hit) return { chatId: chat.id, messageId: hit.id };
  }
  throw new Error("no demo message links to the council minutes");
}

const isFocusInside = (dialog: Locator) => dialog.evaluate((el) => el.contains(document.activeElement));

async function openLink(page: Page): Promise<{ link: Locator; dialog: Locator }> {
  const { chatId, messageId } = await messageWithLink();
  await openAsAnalyst(page, `/chats/${chatId}#msg-${messageId}`);
  const message = page.locator(`[data-message-id="${messageId}"]`);
  await expect(message).toBeVisible({ timeout: 30_000 });
  const link = message.getByRole("button", { name: "the council minutes" }).first();
  await expect(link).toBeVisible();
  return { link, dialog: page.getByRole("dialog", { name: "Leave Custody?" }) };
}

/**
 * The link is a button that only acts once the page has hydrated, and the server's HTML shows it before that: click
 * until the prompt opens (never again once it has, so a late-opening prompt is not clicked through).
 */
async function clickUntilPrompted(link: Locator, dialog: Locator): Promise<void> {
  await expect(async () => {
    if (!(await dialog.isVisible())) await link.click();
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

test.describe("links in custodian content", () => {
  test("ask before leaving: the destination is shown, Cancel and Escape stay, focus is trapped and returns", async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    const outside: string[] = [];
    await context.route("https://wiki.westeros.example/**", (route) => {
      outside.push(route.request().url());
      return route.fulfill({ status: 200, contentType: "text/plain", body: "outside" });
    });
    const { link, dialog } = await openLink(page);
    const before = page.url();

    await clickUntilPrompted(link, dialog);
    await expect(dialog.getByTestId("leave-host")).toHaveText("wiki.westeros.example");
    await expect(dialog.getByTestId("leave-url")).toHaveText(DESTINATION);
    await expect(dialog).toContainText("custodian's content");
    await expect(dialog).toContainText("another site");
    // Open has the focus (Enter opens), and Tab never leaves the dialog.
    await expect(dialog.getByRole("link", { name: /^Open/ })).toBeFocused();
    for (const key of ["Tab", "Tab", "Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab"]) {
      await page.keyboard.press(key);
      expect(await isFocusInside(dialog), `focus inside the dialog after ${key}`).toBe(true);
    }
    await screenshotBothThemes(page, "leave-prompt");

    // Cancel stays, and focus goes back to the link.
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(link).toBeFocused();
    // Escape too.
    await link.press("Enter");
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(link).toBeFocused();
    // Middle-click and Ctrl-click go through the prompt as well: no tab opens behind it.
    await link.click({ button: "middle" });
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await link.click({ modifiers: ["ControlOrMeta"] });
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();

    expect(page.url()).toBe(before);
    expect(context.pages()).toHaveLength(1);
    expect(outside).toEqual([]);
  });

  test("Open goes to the destination in a new tab, with no opener and no referrer", async ({ page, context }) => {
    test.setTimeout(90_000);
    const referers: Array<string | undefined> = [];
    await context.route("https://wiki.westeros.example/**", (route) => {
      referers.push(route.request().headers()["referer"]);
      return route.fulfill({ status: 200, contentType: "text/plain", body: "outside" });
    });
    const { link, dialog } = await openLink(page);
    await clickUntilPrompted(link, dialog);

    const [opened] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("Enter")]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(DESTINATION);
    expect(await opened.evaluate(() => window.opener)).toBeNull();
    expect(referers).toEqual([undefined]);
    await expect(dialog).toBeHidden();
    await opened.close();
  });
});
