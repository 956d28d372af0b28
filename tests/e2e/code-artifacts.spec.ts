import { createHash } from "node:crypto";
import { pickDemoKeys } from "@/lib/cli/demo-keys";
import { DEMO_KEYS } from "@/lib/simulator/keys";
import { expect, test } from "./support/fixtures";
import {
  expectNoSeriousAxeViolations,
  md5OfFile,
  openAsAnalyst,
  screenshotBothThemes,
  sim,
  SIMULATOR_URL,
  slowNavigations,
} from "./investigate-helpers";

// An analyst reaches a custodian's Claude Code artifacts from the Sessions page, opens one to its versions and
// downloads a version: the file saved is byte for byte what the Compliance API (the simulator) serves.

type SimArtifact = {
  id: string;
  owner_user_id: string | null;
  user: { id: string; email_address: string } | null;
  published_version_id: string | null;
  versions: Array<{ id: string; name: string }>;
};
type SimArtifactPage = { data: SimArtifact[]; next_page: string | null };

/** Every artifact CA1 lists (pages can be short or empty while more remain, so walk to the end). */
async function simArtifacts(): Promise<SimArtifact[]> {
  const out: SimArtifact[] = [];
  let page: string | null = null;
  do {
    const res: SimArtifactPage = await sim<SimArtifactPage>(
      `/v1/compliance/apps/code/artifacts?limit=100${page ? `&page=${encodeURIComponent(page)}` : ""}`,
    );
    out.push(...res.data);
    page = res.next_page;
  } while (page);
  return out;
}

/** The exact bytes CA2 serves for a version, hashed. */
async function simVersionMd5(artifactId: string, versionId: string): Promise<string> {
  const { accessKey } = pickDemoKeys(DEMO_KEYS);
  const res = await fetch(`${SIMULATOR_URL}/v1/compliance/apps/code/artifacts/${artifactId}/versions/${versionId}`, {
    headers: { "x-api-key": accessKey, "anthropic-version": "2023-06-01" },
  });
  expect(res.status).toBe(200);
  return createHash("md5")
    .update(Buffer.from(await res.arrayBuffer()))
    .digest("hex");
}

test.describe("code artifacts", () => {
  test("an analyst lists a custodian's code artifacts, opens one to its versions and downloads a version whose md5 matches", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const artifact = (await simArtifacts()).find((a) => a.user && a.published_version_id && a.versions.length >= 3);
    expect(artifact, "the demo has an owned, published artifact with several versions").toBeTruthy();
    const { id, user, versions } = artifact!;

    // The first page comes with the server's HTML: the browser must not ask for it again once it hydrates.
    const listRequests: string[] = [];
    page.on("request", (req) => {
      const url = new URL(req.url());
      if (url.pathname === "/api/code-artifacts") listRequests.push(url.search);
    });
    await openAsAnalyst(page, `/sessions?u=${user!.id}&kind=code`);
    await expect(page.getByRole("heading", { level: 1, name: "Sessions" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Code artifacts" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByTestId("code-artifacts-scope")).toContainText("whatever the time window");
    const row = page.locator(`[data-testid="code-artifact-row"][data-artifact-id="${id}"]`);
    await expect(row).toContainText(user!.email_address);
    await expect(row).toContainText(String(versions.length));
    await page.waitForLoadState("networkidle");
    expect(listRequests).toEqual([]);

    // Keyboard: the disclosure is a button, opened with Enter.
    const toggle = row.getByRole("button", { name: /^Versions of / });
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    const versionRows = page.getByTestId("code-artifact-version");
    await expect(versionRows).toHaveCount(versions.length);
    await expect(
      page.locator(`[data-testid="code-artifact-version"][data-version-id="${artifact!.published_version_id}"]`),
    ).toContainText("published");
    await expect(page.getByText("The size is not known before the download starts")).toBeVisible();
    await versionRows.last().scrollIntoViewIfNeeded();
    await screenshotBothThemes(page, "code-artifacts");
    await expectNoSeriousAxeViolations(page);

    const version = versions.at(-1)!; // the oldest kept version
    const link = page
      .locator(`[data-testid="code-artifact-version"][data-version-id="${version.id}"]`)
      .getByRole("link", { name: /^Download/ });
    await expect(link).toHaveAttribute(
      "href",
      new RegExp(`^/api/code-artifacts/${id}/versions/${version.id}/content(\\?name=[^&]+)?$`),
    );
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(await md5OfFile(await download.path())).toBe(await simVersionMd5(id, version.id));

    // Narrowing to the window is the analyst's choice, kept in the URL, and the page says what it may miss.
    const windowBox = page.getByLabel("Only artifacts updated in the time window");
    await windowBox.check();
    await expect(page).toHaveURL(/[?&]updated=window(&|$)/);
    await expect(page.getByTestId("code-artifacts-scope")).toContainText("never match");
    await expect(windowBox).toBeChecked();
    await expect(
      page.getByTestId("code-artifact-row").first().or(page.getByTestId("code-artifacts-empty")),
    ).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test("a custodian picked and the window box ticked before the first change lands are both kept", async ({ page }) => {
    await openAsAnalyst(page, "/sessions?kind=code");
    // Slow page navigations, as on a loaded server, so the second change is made while the first is in flight.
    await slowNavigations(page, "/sessions", 600);
    const box = page.getByRole("combobox", { name: /^Custodians/ });
    await box.fill("theon");
    await box.press("Enter");
    await expect(box).toHaveValue("");
    await page.getByLabel("Only artifacts updated in the time window").check();
    await expect(page).toHaveURL(/[?&]updated=window(&|$)/);
    await expect(page).toHaveURL(/[?&]u=[^&]+/);
    await expect(page.getByTestId("custodian-chip").filter({ hasText: "Theon" })).toHaveCount(1);
    await expect(page.getByLabel("Only artifacts updated in the time window")).toBeChecked();
  });

  test("a version that is no longer kept answers a JSON 404 that says so", async ({ page }) => {
    const [first, second] = (await simArtifacts()).filter((a) => a.versions.length > 0);
    await openAsAnalyst(page, "/sessions?kind=code");
    await expect(page.getByTestId("investigate-empty")).toContainText("Claude Code artifacts");
    const res = await page.request.get(`/api/code-artifacts/${first.id}/versions/${second.versions[0].id}/content`);
    expect(res.status()).toBe(404);
    const body = await res.json();
    expect(body.error.code).toBe("not_found");
    expect(body.error.message).toMatch(/rotated out/);
  });
});
