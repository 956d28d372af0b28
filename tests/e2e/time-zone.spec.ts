import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { openAsAnalyst, sim, simUserByEmailPrefix } from "./investigate-helpers";

// The server renders in UTC and does not know the viewer's zone. A viewer elsewhere must get a page that hydrates
// cleanly (no React hydration error) and then shows times in their own zone, as the date-range picker promises.
const ZONE = "America/New_York";
test.use({ timezoneId: ZONE });

const inZone = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", {
    year: "numeric",
    month: "short",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hour12: false,
    timeZone: ZONE,
  }).format(Date.parse(iso));

function hydrationErrors(page: Page): string[] {
  const errors: string[] = [];
  const hydration = /hydrat|#418|#423|#425|did not match/i;
  page.on("pageerror", (e) => {
    if (hydration.test(e.message)) errors.push(e.message);
  });
  page.on("console", (m) => {
    if (m.type() === "error" && hydration.test(m.text())) errors.push(m.text());
  });
  return errors;
}

test("a viewer in another time zone gets a clean hydration and times in their own zone", async ({ page }) => {
  const arya = await simUserByEmailPrefix("arya.stark");
  const chats = await sim<{ data: Array<{ id: string; name: string; created_at: string }> }>(
    `/v1/compliance/apps/chats?user_ids[]=${arya.id}&limit=5`,
  );
  const chat = chats.data.find((c) => c.name) ?? chats.data[0];
  const errors = hydrationErrors(page);

  await openAsAnalyst(page, `/chats/${chat.id}`);
  const created = page.locator("dt", { hasText: /^Created$/ }).locator("xpath=following-sibling::dd[1]");
  await expect(created).toHaveText(inZone(chat.created_at));
  await expect(page.getByTestId("message").first()).toBeVisible();

  const to = new Date(Math.ceil(Date.now() / 60_000) * 60_000);
  const from = new Date(to.getTime() - 90 * 86_400_000);
  await page.goto(`/investigate?u=${arya.id}&from=${from.toISOString()}&to=${to.toISOString()}&preset=90d`);
  await expect(page.getByTestId("chat-row").first()).toBeVisible();
  await expect(page.getByTestId("chat-row").first()).not.toContainText("UTC");

  // A reload is a fresh server render of the same page: still no hydration error.
  await page.goto(`/chats/${chat.id}`);
  await expect(created).toHaveText(inZone(chat.created_at));
  expect(errors).toEqual([]);
});
