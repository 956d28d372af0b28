import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { openAsAnalyst, screenshotBothThemes, sim } from "./investigate-helpers";

// "Add a group" in the custodian picker, driven from the keyboard only. The demo directory's groups come from
// lib/simulator/store/directory.ts: "Maesters" has 6 members, "All Westeros" (everyone in the parent org) 30.

type SimGroup = { id: string; name: string };
type SimMember = { user_id: string; email: string | null };

async function simGroupMembers(name: string): Promise<SimMember[]> {
  const groups = await sim<{ data: SimGroup[] }>("/v1/compliance/groups?limit=1000");
  const group = groups.data.find((g) => g.name === name);
  if (!group) throw new Error(`no simulator group ${name}`);
  return (await sim<{ data: SimMember[] }>(`/v1/compliance/groups/${group.id}/members?limit=1000`)).data;
}

/**
 * Records how many chips were on the page when the limit message first appeared: the message must come with the
 * chips it counts, not ahead of them (the chips follow the URL, which updates after a navigation).
 */
async function watchChipsAtLimitMessage(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { chipsAtLimitMessage?: number };
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-testid="custodian-limit"]')) return;
      w.chipsAtLimitMessage = document.querySelectorAll('[data-testid="custodian-chip"]').length;
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { chipsAtLimitMessage?: number }).chipsAtLimitMessage);
}

const idsInUrl = (page: Page) => (new URL(page.url()).searchParams.get("u") ?? "").split(",").filter(Boolean);

/** With focus on the closed group <select>: arrow keys to `name` (which must add no one), Tab, Enter. */
async function addGroupWithKeys(page: Page, name: string, chipsBefore: number) {
  const select = page.getByLabel("Add a group");
  await expect(select).toBeFocused();
  const names = await select.locator("option").allTextContents();
  const to = names.indexOf(name);
  expect(to, `group ${name} is offered`).toBeGreaterThan(0);
  const from = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
  for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(to > from ? "ArrowDown" : "ArrowUp");
  await expect(select.locator("option:checked")).toHaveText(name);
  // Moving through the list only chooses: nobody is added until the button is pressed.
  await expect(page.getByTestId("custodian-chip")).toHaveCount(chipsBefore);
  await page.keyboard.press("Tab");
  const add = page.getByRole("button", { name: "Add members" });
  await expect(add).toBeFocused();
  await page.keyboard.press("Enter");
}

test.describe("add a group to the custodians", () => {
  test("adds a group's members from the keyboard: one chip each, their ids in the URL", async ({ page }) => {
    const maesters = await simGroupMembers("Maesters");
    expect(maesters).toHaveLength(6);
    await openAsAnalyst(page, "/investigate");
    await expect(page.getByTestId("investigate-empty")).toBeVisible();
    // The <select> is disabled (so out of the tab order) until the groups have loaded.
    await expect(page.getByLabel("Add a group")).toBeEnabled();

    // Tab order: the group <select> and its button come just before the search box.
    await page.getByRole("combobox", { name: /^Custodians/ }).focus();
    await page.keyboard.press("Shift+Tab");
    await expect(page.getByRole("button", { name: "Add members" })).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await addGroupWithKeys(page, "Maesters", 0);

    const chips = page.getByTestId("custodian-chip");
    await expect(chips).toHaveCount(6);
    await expect(chips).toContainText(maesters.map((m) => m.email ?? m.user_id));
    await expect.poll(() => idsInUrl(page)).toEqual(maesters.map((m) => m.user_id));
    await expect(page.getByText("(6/10)")).toBeVisible();
    await expect(page.getByTestId("custodian-limit")).toHaveCount(0);
    await expect(page.getByTestId("custodian-status")).toHaveText("Added all 6 members of Maesters.");
    // Focus stays on the button, so the next group is one Shift+Tab away.
    const add = page.getByRole("button", { name: "Add members" });
    await expect(add).toBeFocused();

    // The same group again adds no one, and says why instead of doing nothing silently.
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("custodian-status")).toHaveText("Everyone in Maesters is already picked.");
    await expect(chips).toHaveCount(6);
  });

  test("a group larger than the free slots fills them up to 10, says so, and adds no one beyond", async ({ page }) => {
    const maesters = await simGroupMembers("Maesters");
    const everyone = await simGroupMembers("All Westeros");
    const picked = maesters.map((m) => m.user_id);
    const fresh = everyone.map((m) => m.user_id).filter((id) => !picked.includes(id));
    expect(fresh.length, "All Westeros has more new members than the 4 free slots").toBeGreaterThan(4);

    await openAsAnalyst(page, "/investigate");
    await expect(page.getByLabel("Add a group")).toBeEnabled();
    await page.getByLabel("Add a group").focus();
    await addGroupWithKeys(page, "Maesters", 0);
    await expect(page.getByTestId("custodian-chip")).toHaveCount(6);

    await page.keyboard.press("Shift+Tab");
    const chipsAtLimitMessage = await watchChipsAtLimitMessage(page);
    await addGroupWithKeys(page, "All Westeros", 6);

    // The free slots go to the group's first new members, in the group's order; nobody beyond 10.
    await expect(page.getByTestId("custodian-chip")).toHaveCount(10);
    await expect.poll(() => idsInUrl(page)).toEqual([...picked, ...fresh.slice(0, 4)]);
    // Exactly what happened, with numbers that add up to the group's size.
    const already = everyone.length - fresh.length;
    await expect(page.getByTestId("custodian-limit")).toHaveText(
      `Added 4 of ${everyone.length} members of All Westeros (${already} already picked); ${fresh.length - 4} not added: at most 10 custodians per query.`,
    );
    expect(await chipsAtLimitMessage(), "chips on the page when the message appeared").toBe(10);
    await expect(page.getByText("(10/10)")).toBeVisible();

    // Full: the group controls say so, keep the keyboard focus, and pressing again adds nobody.
    const add = page.getByRole("button", { name: "Add members" });
    await expect(page.getByLabel("Add a group")).toBeDisabled();
    await expect(add).toHaveAttribute("aria-disabled", "true");
    await expect(add).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("custodian-chip")).toHaveCount(10);
    expect(idsInUrl(page)).toHaveLength(10);
    await expect(page.getByTestId("custodian-limit")).toContainText("Added 4 of");
    await screenshotBothThemes(page, "group-limit");

    // Removing one chip frees a slot again.
    await page
      .getByRole("button", { name: /^Remove / })
      .last()
      .press("Enter");
    await expect(page.getByTestId("custodian-chip")).toHaveCount(9);
    await expect(page.getByLabel("Add a group")).toBeEnabled();
    await expect(page.getByTestId("custodian-limit")).toHaveCount(0);
  });
});
