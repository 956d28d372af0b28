import type { Page, Route } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { openAsAnalyst, slowNavigations } from "./investigate-helpers";
import { RESULTS } from "./support/e2e-env";

// Enter in the custodian box acts on what was typed, however soon it follows the typing. The box searches 200 ms
// after typing stops, so a quick Enter comes before (or while) the search for the typed text runs, with the previous
// text's list still on screen. People from lib/simulator/data/people.ts.

const idsInUrl = (page: Page) => (new URL(page.url()).searchParams.get("u") ?? "").split(",").filter(Boolean);
const searchBox = (page: Page) => page.getByRole("combobox", { name: /^Custodians/ });

/** Holds back the directory search for `q` by `ms`, so that an Enter surely comes before its answer. */
async function slowSearch(page: Page, q: string, ms: number): Promise<{ released: () => boolean }> {
  let released = false;
  await page.route(
    (url) => url.pathname === "/api/custodians" && url.searchParams.get("q") === q,
    async (route: Route) => {
      await new Promise((r) => setTimeout(r, ms));
      released = true;
      await route.continue().catch(() => undefined); // the page may have given up on it
    },
  );
  return { released: () => released };
}

test.describe("custodian picker: Enter right after typing", () => {
  test("typing a name and pressing Enter at once picks that person, every time", async ({ page }) => {
    await openAsAnalyst(page, "/investigate");
    const box = searchBox(page);
    const chips = page.getByTestId("custodian-chip");
    const picks = [
      ["jon.snow", "Jon Snow"],
      ["arya", "Arya Stark"],
      ["tyrion", "Tyrion Lannister"],
      ["brienne", "Brienne Tarth"],
      ["davos", "Davos Seaworth"],
    ] as const;
    for (const [i, [typed, name]] of picks.entries()) {
      await box.fill(typed);
      await box.press("Enter"); // no waiting for the list
      await expect(chips).toHaveCount(i + 1);
      await expect(chips.nth(i)).toContainText(name);
      await expect(box).toHaveValue("");
    }
    // Typed key by key, as a person would: each pause-free key restarts the wait, and Enter still gets the person.
    await box.pressSequentially("sansa", { delay: 30 });
    await box.press("Enter");
    await expect(chips).toHaveCount(picks.length + 1);
    await expect(chips.last()).toContainText("Sansa Stark");
    await expect.poll(() => idsInUrl(page)).toHaveLength(picks.length + 1);
  });

  test("names typed and entered in a quick row, without waiting for the chips, are all picked", async ({ page }) => {
    await openAsAnalyst(page, "/investigate");
    // Slow page navigations, as on a loaded server: each pick's URL lands while the next picks are being made.
    await slowNavigations(page, "/investigate", 400);
    const box = searchBox(page);
    const names = ["Jon Snow", "Arya Stark", "Sansa Stark", "Tyrion Lannister", "Brienne Tarth", "Davos Seaworth"];
    for (const name of names) {
      await box.fill(name.split(" ")[0].toLowerCase());
      await box.press("Enter");
      await expect(box).toHaveValue(""); // picked; its chip comes with the URL
    }
    const chips = page.getByTestId("custodian-chip");
    await expect(chips).toHaveCount(names.length);
    for (const name of names) await expect(chips.filter({ hasText: name })).toHaveCount(1);
    await expect.poll(() => idsInUrl(page)).toHaveLength(names.length);
  });

  test("an Enter with another text's list on screen picks from what was typed, not from that list", async ({
    page,
  }) => {
    await openAsAnalyst(page, "/investigate");
    const box = searchBox(page);
    const options = page.getByRole("listbox").getByRole("option");
    await box.fill("b");
    await expect(options.first()).toBeVisible();
    await expect(options.first()).not.toContainText("Jon Snow");
    await slowSearch(page, "jon.snow", 800);

    await box.fill("jon.snow");
    await box.press("Enter");
    const chips = page.getByTestId("custodian-chip");
    await expect(chips).toHaveCount(1);
    await expect(chips).toContainText("Jon Snow");
    await expect.poll(() => idsInUrl(page)).toHaveLength(1);
  });

  test("an Enter for a text no one matches says so, and typing on takes back a waiting Enter", async ({ page }) => {
    await openAsAnalyst(page, "/investigate");
    const box = searchBox(page);
    const chips = page.getByTestId("custodian-chip");
    const status = page.getByTestId("custodian-status");

    await box.fill("zzqx");
    await box.press("Enter");
    await expect(status).toHaveText("No one matches “zzqx”.");
    await expect(chips).toHaveCount(0);

    // Enter on "arya" while its search is held back, then a typed "x": the Enter was for "arya", not for "aryax".
    const arya = await slowSearch(page, "arya", 600);
    await box.fill("arya");
    await box.press("Enter");
    await box.press("x");
    await expect(box).toHaveValue("aryax");
    await expect(page.getByRole("listbox")).toContainText("No one matches “aryax”.");
    await expect.poll(arya.released).toBe(true);
    // The held-back answer (if the page still wanted it) lands within a moment: give it one, then nobody is picked.
    await page.waitForTimeout(300);
    await expect(chips).toHaveCount(0);
    expect(idsInUrl(page)).toEqual([]);
    await expect(status).toHaveText("");
  });
});

// A click picks the person it shows only once the list answers the text in the box. Until then (the search waits for
// a pause in the typing, then runs) the list on screen is the previous text's: its rows are shown as pending and a
// click on one picks no one.
test.describe("custodian picker: a click right after typing", () => {
  test("a click on the previous text's list, while the typed text's search runs, picks no one; the fresh list's does", async ({
    page,
  }) => {
    await openAsAnalyst(page, "/investigate");
    const box = searchBox(page);
    const options = page.getByRole("listbox").getByRole("option");
    const chips = page.getByTestId("custodian-chip");
    await box.click();
    // The whole directory, alphabetically: someone other than Tyrion comes first.
    await expect(options.first()).toBeVisible();
    await expect(options.first()).not.toContainText("Tyrion");
    const stale = await options.first().boundingBox();
    expect(stale).not.toBeNull();
    const tyrion = await slowSearch(page, "tyrion", 3000);

    await box.fill("tyrion");
    // Where the first option is on screen, at once, as a person clicking what they expect to be Tyrion would.
    await page.mouse.click(stale!.x + stale!.width / 2, stale!.y + stale!.height / 2);
    await expect(page.getByRole("listbox")).toHaveAttribute("aria-busy", "true");
    await expect(options.first()).toHaveAttribute("aria-disabled", "true");
    await expect(page.getByTestId("custodian-search-pending")).toHaveText("Searching for “tyrion”…");
    await page.screenshot({ path: `${RESULTS.screenshots}/custodian-picker-pending.png` });
    await expect.poll(tyrion.released).toBe(true);
    await expect(options.first()).toContainText("Tyrion Lannister");
    await expect(options.first()).not.toHaveAttribute("aria-disabled", "true");
    await expect(chips).toHaveCount(0);
    expect(idsInUrl(page)).toEqual([]);

    await options.first().click();
    await expect(chips).toHaveCount(1);
    await expect(chips).toContainText("Tyrion Lannister");
    await expect.poll(() => idsInUrl(page)).toHaveLength(1);
  });
});
