import { expect, test } from "./support/fixtures";
import {
  expectNoSeriousAxeViolations,
  md5OfFile,
  openAsAnalyst,
  pickCustodian,
  screenshotBothThemes,
  scrollToLink,
  signInAsAnalyst,
  sim,
  simChatsWithMessages,
  simUserByEmailPrefix,
} from "./investigate-helpers";

test.describe("investigation workspace", () => {
  test("a new analyst picks three custodians and 30 days, opens a chat with tool calls and files, and downloads a file whose md5 matches", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const arya = await simUserByEmailPrefix("arya.stark");
    const thirtyDaysAgo = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const chats = await simChatsWithMessages(arya.id, thirtyDaysAgo);
    const target = chats.find(
      ({ messages }) =>
        messages.some((m) => m.content?.some((b) => b.type === "tool_use")) &&
        messages.some((m) => (m.generated_files?.length ?? 0) > 0 || (m.files?.length ?? 0) > 0),
    );
    expect(target, "the demo profile has a chat with tool calls and files in the last 30 days").toBeTruthy();

    await signInAsAnalyst(page, "/investigate");
    await expect(page.getByRole("heading", { level: 1, name: "Investigate" })).toBeVisible();
    await expect(page.getByTestId("investigate-empty")).toBeVisible();
    await pickCustodian(page, "arya");
    await pickCustodian(page, "jon.snow");
    await pickCustodian(page, "sansa");
    await expect(page.getByTestId("custodian-chip")).toHaveCount(3);
    await page.getByRole("button", { name: "30 days" }).click();
    await expect(page).toHaveURL(/preset=30d/);
    await expect(page).toHaveURL(/u=[^&]+%2C[^&]+%2C/);
    await expect(page.getByTestId("chat-row").first()).toBeVisible();
    // The search list closes a moment after the picker loses focus: capture the page, not the closing list.
    await expect(page.getByRole("listbox")).toBeHidden();
    await screenshotBothThemes(page, "investigate");
    await expectNoSeriousAxeViolations(page);

    // The URL alone reproduces the view.
    const link = page.url();
    await page.goto(link);
    await expect(page.getByTestId("custodian-chip")).toHaveCount(3);
    await expect(page.getByTestId("chat-row").first()).toBeVisible();

    const href = `/chats/${target!.chat.id}`;
    await (await scrollToLink(page, "chat-list-scroll", href)).click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByTestId("message").first()).toBeVisible();
    await expect(page.getByTestId("tool-use").first()).toBeVisible();
    await page.getByTestId("tool-use").first().locator("summary").click();
    await expect(page.getByTestId("tool-use").first().locator("pre")).toBeVisible();
    await screenshotBothThemes(page, "transcript");
    await expectNoSeriousAxeViolations(page);

    const fileCard = page.locator('[data-testid="generated-file"], [data-testid="uploaded-file"]').first();
    await fileCard.scrollIntoViewIfNeeded();
    const downloadHref = await fileCard.getByTestId("download-link").getAttribute("href");
    const fileId = decodeURIComponent(downloadHref!.split("/")[3]);
    const isGenerated = downloadHref!.startsWith("/api/generated-files/");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      fileCard.getByTestId("download-link").click(),
    ]);
    // `[` / `]` step to the neighbouring chats of the list the chat was opened from.
    const prev = page.getByRole("link", { name: "[ Previous chat" });
    const next = page.getByRole("link", { name: "Next chat ]" });
    const [neighbour, key] = (await prev.count()) ? [prev, "["] : [next, "]"];
    const neighbourHref = await neighbour.getAttribute("href");
    expect(neighbourHref).toMatch(/^\/chats\//);

    const meta = await sim<{ md5: string | null }>(
      `/v1/compliance/apps/chats/${isGenerated ? "generated-files" : "files"}/${fileId}`,
    );
    expect(meta.md5).toBeTruthy();
    expect(await md5OfFile(await download.path())).toBe(meta.md5);

    // The keys work wherever the focus is outside a field; take it off the download link (a click at a fixed spot
    // could land on a link).
    await page.evaluate(() =>
      document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined,
    );
    await page.keyboard.press(key);
    await expect(page).toHaveURL(new RegExp(`${neighbourHref}$`));
    await expect(page.getByTestId("message").first()).toBeVisible();
  });

  test("refuses the 11th custodian in the UI, and a direct request with 11 ids gets a 4xx naming the field", async ({
    page,
  }) => {
    await openAsAnalyst(page, "/investigate");
    const box = page.getByRole("combobox", { name: /^Custodians/ });
    for (let i = 0; i < 10; i++) {
      await box.fill("");
      await box.press("ArrowDown");
      await expect(page.getByRole("listbox").getByRole("option").first()).toBeVisible();
      await box.press("Enter");
    }
    await expect(page.getByTestId("custodian-chip")).toHaveCount(10);
    await box.fill("a");
    await expect(page.getByTestId("custodian-limit")).toContainText("At most 10 custodians");
    await box.press("Enter");
    await expect(page.getByTestId("custodian-chip")).toHaveCount(10);
    // Backspace in the empty box removes the last chip.
    await box.fill("");
    await box.press("Backspace");
    await expect(page.getByTestId("custodian-chip")).toHaveCount(9);

    const ids = Array.from({ length: 11 }, (_, i) => `user_${String(i).padStart(4, "0")}`).join(",");
    const now = new Date().toISOString();
    const res = await page.request.get(`/api/chats?user_ids=${ids}&from=2026-01-01T00:00:00Z&to=${now}`);
    expect(res.status()).toBeGreaterThanOrEqual(400);
    expect(res.status()).toBeLessThan(500);
    const body = JSON.stringify(await res.json());
    expect(body).toContain("user_ids");
  });
});
