import type { Locator, Page } from "@playwright/test";
import { TOPICS } from "@/lib/simulator/data/text";
import { expect, test } from "./support/fixtures";
import { openAsAnalyst, screenshotBothThemes, sim, simUserByEmailPrefix } from "./investigate-helpers";

// Reading a transcript as an analyst: custodian Markdown reads as a document (headings, lists, tables, code,
// quotes, links), Markdown files preview rendered and text files keep their lines, and find marks every match,
// jumps to the first as you type and steps through them, over the 5,000-message chat.

type SimMessage = {
  id: string;
  content: Array<{ type: string; text?: string }>;
  artifacts: Array<{ id: string; version_id: string; title: string | null; artifact_type: string | null }> | null;
};
type SimMessages = { chat_messages: SimMessage[]; has_more: boolean };

/** The 5,000-message chat, and its first page of 1,000 messages. */
async function longChat(): Promise<{ id: string; messages: SimMessage[] }> {
  const samwell = await simUserByEmailPrefix("samwell.tarly");
  const list = await sim<{ data: Array<{ id: string }> }>(
    `/v1/compliance/apps/chats?user_ids[]=${samwell.id}&limit=1000`,
  );
  for (const c of list.data) {
    const page = await sim<SimMessages>(`/v1/compliance/apps/chats/${c.id}/messages?limit=1000`);
    if (page.has_more) return { id: c.id, messages: page.chat_messages };
  }
  throw new Error("the demo has no multi-page chat");
}

const textOf = (m: SimMessage) => m.content.map((b) => b.text ?? "").join("\n");
const px = (value: string) => Number.parseFloat(value);
const style = (el: Locator, prop: string) => el.evaluate((node, p) => getComputedStyle(node).getPropertyValue(p), prop);

test.describe("reading a transcript", () => {
  test("custodian Markdown has real typography: headings, lists, tables, code, quotes and links that ask before leaving", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const chat = await longChat();
    const rich = chat.messages.find((m) => /\| --- \|/.test(textOf(m)) && textOf(m).includes("```sql"));
    expect(rich, "the long chat has a Markdown-heavy answer").toBeTruthy();
    await openAsAnalyst(page, `/chats/${chat.id}#msg-${rich!.id}`);
    const message = page.locator(`[data-message-id="${rich!.id}"]`);
    await expect(message).toBeVisible({ timeout: 30_000 });
    const body = message.locator(".markdown-body");
    const paragraph = body.locator("p").first();
    const textSize = px(await style(paragraph, "font-size"));

    // Headings: larger than the text and bold.
    for (const [level, factor] of [
      ["h2", 1.2],
      ["h3", 1.05],
    ] as const) {
      const heading = body.locator(level).first();
      await expect(heading).toBeVisible();
      expect(px(await style(heading, "font-size")), `${level} size`).toBeGreaterThanOrEqual(textSize * factor);
      expect(Number(await style(heading, "font-weight")), `${level} weight`).toBeGreaterThanOrEqual(600);
    }
    // Lists: markers and indentation.
    const bullets = body.locator("ul").first();
    expect(await style(bullets, "list-style-type")).toBe("disc");
    expect(px(await style(bullets, "padding-left"))).toBeGreaterThan(8);
    const numbered = body.locator("ol").first();
    expect(await style(numbered, "list-style-type")).toBe("decimal");
    await expect(numbered.locator("li")).toHaveCount(3);
    // A GFM table with borders and padding, right-aligned numbers.
    const cell = body.locator("table td").first();
    expect(px(await style(cell, "border-top-width"))).toBeGreaterThanOrEqual(1);
    expect(px(await style(cell, "padding-left"))).toBeGreaterThanOrEqual(6);
    await expect(body.locator("table th")).toHaveCount(4);
    expect(await style(body.locator("table td").last(), "text-align")).toBe("right");
    // A fenced code block: monospace, highlighted, scrolling sideways rather than wrapping.
    const pre = body.locator("pre");
    expect(await style(pre, "font-family")).toMatch(/mono/i);
    expect(await style(pre, "overflow-x")).toBe("auto");
    expect(await style(pre, "white-space")).toBe("pre");
    await expect(pre.locator(".hljs-keyword").first()).toBeVisible();
    expect(await style(pre.locator(".hljs-keyword").first(), "color")).not.toBe(await style(pre, "color"));
    // Inline code on a tinted background, a quote with a rule, and a link that opens safely.
    const inline = body.locator(":not(pre) > code").first();
    expect(await style(inline, "font-family")).toMatch(/mono/i);
    expect(await style(inline, "background-color")).not.toBe("rgba(0, 0, 0, 0)");
    expect(px(await style(body.locator("blockquote"), "border-left-width"))).toBeGreaterThanOrEqual(2);
    // A link asks before leaving (leave-prompt.spec.ts), so nothing in the body is a followable <a href>.
    await expect(body.getByRole("button", { name: "the council minutes" })).toHaveAttribute("aria-haspopup", "dialog");
    await expect(body.locator("a[href], script, iframe, img")).toHaveCount(0);

    await message.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await screenshotBothThemes(page, "transcript-markdown");
    await pre.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await screenshotBothThemes(page, "transcript-markdown-code");
  });

  test("find marks every match, jumps to the first as you type, and steps with Enter, Shift+Enter and the arrows", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const chat = await longChat();
    // A topic the chat first mentions far down, so finding it must scroll the virtualiser there.
    const firstMention = (topic: string) =>
      chat.messages.findIndex((m) => JSON.stringify(m).toLowerCase().includes(topic.toLowerCase()));
    const topic = TOPICS.find((t) => firstMention(t) > 150);
    expect(topic, "a topic first mentioned deep in the chat").toBeTruthy();
    const first = firstMention(topic!);

    await openAsAnalyst(page, `/chats/${chat.id}`);
    await expect(page.getByTestId("message").first()).toBeVisible();
    // Let the pages load, so the count below is over every message.
    await page.getByTestId("jump-to-end").click();
    await expect(page.getByTestId("message-count")).toHaveText(/^5,000 messages loaded$/, { timeout: 60_000 });
    await page.getByRole("button", { name: "Top" }).click();
    await expect(page.locator('[data-index="0"]')).toBeInViewport();

    await page.keyboard.press("Control+f");
    const box = page.getByRole("searchbox", { name: "Find in transcript" });
    await expect(box).toBeFocused();
    await box.pressSequentially(topic!, { delay: 20 });

    // Without pressing anything: the first match is current, marked, on screen, in the message that holds it.
    const count = page.getByTestId("find-count");
    await expect(count).toHaveText(/^1 of [\d,]+$/);
    const total = Number((await count.textContent())!.split(" of ")[1].replace(/,/g, ""));
    expect(total).toBeGreaterThan(2);
    const current = page.locator("mark[data-find-current]");
    await expect(current.first()).toBeInViewport();
    expect((await current.allTextContents()).join("").toLowerCase()).toBe(topic!.toLowerCase());
    const holder = (p: Page) =>
      p
        .locator("mark[data-find-current]")
        .first()
        .evaluate((el) => el.closest("[data-index]")?.getAttribute("data-index"));
    expect(await holder(page)).toBe(String(first));
    await expect(page.locator(`[data-index="${first}"] [data-testid="message"]`)).toHaveClass(/ring-2/);
    // Other matches are marked too, and the current one stands apart.
    const others = page.locator("mark.find-match:not([data-find-current])");
    await expect(others.first()).toBeAttached();
    expect(await style(current.first(), "background-color")).not.toBe(await style(others.first(), "background-color"));
    await screenshotBothThemes(page, "transcript-find");

    // Enter, Shift+Enter and the arrow buttons step through the matches, each brought into view.
    await box.focus();
    const text = async () => (await current.allTextContents()).join("");
    // Which match is current: its message, and its place among that message's marks.
    const at = () =>
      current.first().evaluate((el) => {
        const row = el.closest("[data-index]")!;
        return `${row.getAttribute("data-index")}:${[...row.querySelectorAll("mark.find-match")].indexOf(el)}`;
      });
    const before = await at();
    await box.press("Enter");
    await expect(count).toHaveText(new RegExp(`^2 of ${total.toLocaleString("en")}$`));
    await expect(current.first()).toBeInViewport();
    expect((await text()).toLowerCase()).toBe(topic!.toLowerCase());
    expect(await at()).not.toBe(before);
    await box.press("Shift+Enter");
    await expect(count).toHaveText(new RegExp(`^1 of ${total.toLocaleString("en")}$`));
    expect(await holder(page)).toBe(String(first));
    await box.press("Shift+Enter");
    await expect(count).toHaveText(`${total.toLocaleString("en")} of ${total.toLocaleString("en")}`);
    await expect(current.first()).toBeInViewport();
    await page.getByRole("button", { name: "Next match" }).click();
    await expect(count).toHaveText(new RegExp(`^1 of `));
    await page.getByRole("button", { name: "Next match" }).click();
    await expect(count).toHaveText(new RegExp(`^2 of `));
    await page.getByRole("button", { name: "Previous match" }).click();
    await expect(count).toHaveText(new RegExp(`^1 of `));
    await expect(current.first()).toBeInViewport();

    // A phrase split by Markdown emphasis is found as it reads.
    await box.fill("");
    await box.pressSequentially("short summary");
    // (A new search starts from where the reader is, not from the top.)
    await expect(count).toHaveText(/^[\d,]+ of [\d,]+$/);
    await expect(current).toHaveText(["short", " summary"]);

    // The keys still work: Escape closes find and clears the marks, j steps messages, Ctrl+F reopens with the query.
    await box.press("Escape");
    await expect(page.getByTestId("find-box")).toHaveCount(0);
    await expect(page.locator("mark.find-match")).toHaveCount(0);
    const active = page.locator('[data-testid="message"].ring-2');
    const activeIndex = () => active.evaluate((el) => Number(el.closest("[data-index]")!.getAttribute("data-index")));
    const from = await activeIndex();
    await page.keyboard.press("j");
    await expect.poll(activeIndex).toBe(from + 1);
    await page.keyboard.press("Control+f");
    await expect(box).toBeFocused();
    await expect(box).toHaveValue("short summary");
    await page.keyboard.press("Enter");
    await expect(count).toHaveText(/ of [\d,]+$/);
    await expect(current.first()).toBeInViewport();
  });

  test("a Markdown artifact previews rendered, its source a click away; a project document keeps its lines", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const chats = await sim<{ data: Array<{ id: string; deleted_at: string | null }> }>(
      "/v1/compliance/apps/chats?limit=200",
    );
    let found: { chat: string; title: string } | null = null;
    for (const c of chats.data.filter((x) => !x.deleted_at)) {
      const page1 = await sim<SimMessages>(`/v1/compliance/apps/chats/${c.id}/messages?limit=4`);
      const art = page1.chat_messages
        .flatMap((m) => m.artifacts ?? [])
        .find((a) => a.artifact_type === "text/markdown");
      if (art?.title) {
        found = { chat: c.id, title: art.title };
        break;
      }
    }
    expect(found, "the demo has a Markdown artifact").toBeTruthy();
    await openAsAnalyst(page, `/chats/${found!.chat}`);
    const card = page.getByTestId("artifact").filter({ hasText: found!.title }).first();
    // The size and md5 line is read in the browser: once it shows, the card has hydrated and View responds.
    await expect(card.getByTestId("integrity")).toBeVisible();
    await card.getByRole("button", { name: "View" }).click();
    const rendered = card.getByTestId("markdown-preview");
    await expect(rendered.locator("h1").first()).toHaveText(found!.title);
    expect(await style(rendered.locator("h1").first(), "font-weight")).toMatch(/^(6|7|8|9)\d\d$/);
    await expect(rendered.locator("ul li").first()).toBeVisible();
    await card.getByRole("button", { name: "Markdown source" }).click();
    const source = card.getByTestId("text-preview");
    await expect(source).toContainText(`# ${found!.title}`);
    expect(await style(source, "white-space")).toBe("pre-wrap");

    // Project documents (text/plain) preview as text, one line of the document per line on screen.
    const projects = await sim<{ data: Array<{ id: string; name: string; deleted_at: string | null }> }>(
      "/v1/compliance/apps/projects?limit=100",
    );
    const project = projects.data.find((p) => !p.deleted_at && !p.name.includes("<"));
    const attachments = await sim<{ data: Array<{ type: string; id: string; filename: string | null }> }>(
      `/v1/compliance/apps/projects/${project!.id}/attachments?limit=100`,
    );
    const doc = attachments.data.find((a) => a.type === "project_doc");
    expect(doc, "the project has a document").toBeTruthy();
    await openAsAnalyst(page, `/projects/${project!.id}`);
    const item = page
      .getByTestId("project-attachment")
      .filter({ has: page.locator("summary", { hasText: doc!.filename! }) });
    await item.locator("summary").click();
    const pre = item.getByTestId("text-preview");
    await expect(pre).toBeVisible();
    const lines = (await pre.innerText()).split("\n");
    expect(lines.filter((l) => l.startsWith("- ")).length, "list items on lines of their own").toBeGreaterThan(2);
    expect(
      lines.some((l) => /^## 1\. /.test(l)),
      "section headings on lines of their own",
    ).toBe(true);
    expect(await style(pre, "white-space")).toBe("pre-wrap");
    await item.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await screenshotBothThemes(page, "project-document-preview");
  });
});
