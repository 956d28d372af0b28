import { expect, test } from "./support/fixtures";
import { HOSTILE_FILENAMES } from "@/lib/simulator/data/hostile";
import {
  pickCustodian,
  screenshotBothThemes,
  scrollToLink,
  signInAsAnalyst,
  simChatsWithMessages,
  simUserByEmailPrefix,
} from "./investigate-helpers";

test("every hostile record renders inert: no dialog, no script, no request to another origin, safe download names", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const dialogs: string[] = [];
  const foreign: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
  });
  // The payloads call alert(); any of them running flips this flag even if the dialog were suppressed.
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    for (const name of ["alert", "confirm", "prompt"] as const) {
      const original = window[name].bind(window);
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        w.__pwned = true;
        return (original as (...a: unknown[]) => unknown)(...args);
      };
    }
  });

  const cersei = await simUserByEmailPrefix("cersei.lannister");
  const chats = await simChatsWithMessages(cersei.id, new Date(Date.now() - 30 * 86_400_000).toISOString());
  const hostile = chats.filter(({ messages }) =>
    messages.some((m) => m.files?.some((f) => (HOSTILE_FILENAMES as readonly string[]).includes(f.filename ?? ""))),
  );
  expect(hostile.length).toBeGreaterThan(0);

  await signInAsAnalyst(page, "/investigate");
  await pickCustodian(page, "cersei");
  await expect(page.getByTestId("custodian-chip")).toHaveCount(1);
  await page.getByRole("button", { name: "30 days" }).click();
  await expect(page.getByTestId("custodian-chip")).toHaveCount(1);
  await expect(page.getByTestId("chat-row").first()).toBeVisible();
  await screenshotBothThemes(page, "investigate-hostile");

  for (const { chat } of hostile) {
    const link = await scrollToLink(page, "chat-list-scroll", `/chats/${chat.id}`);
    await link.click();
    await expect(page.getByTestId("message").first()).toBeVisible();
    // Open every collapsed block so their content renders too.
    for (const summary of await page.locator("details summary").all()) await summary.click();
    await page.waitForTimeout(300);
    await expect(page.locator("main iframe, main img[src*='evil'], main svg[onload]")).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__pwned)).toBeUndefined();
    if (chat === hostile[0].chat) await screenshotBothThemes(page, "transcript-hostile");

    const links = page.getByTestId("download-link");
    for (let i = 0; i < (await links.count()); i++) {
      const [download] = await Promise.all([page.waitForEvent("download"), links.nth(i).click()]);
      const name = download.suggestedFilename();
      expect(name).not.toMatch(/[\/\\<>\r\n"\u202e\u200b]/);
      expect(name).not.toMatch(/^\.\./);
      await download.cancel().catch(() => undefined);
    }
    await page.goBack();
  }
  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
});
