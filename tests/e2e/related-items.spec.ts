import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { RESULTS } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";
import { expectNoSeriousAxeViolations, openAsAnalyst, screenshotBothThemes, sim } from "./investigate-helpers";

// Issue 9: related items are linked by name (a chat's project, a project's chats, a group collaborator, a code
// artifact by its title), and every downloadable item shows its size and MD5 before the click and the SHA-256
// Custody measured once a download has completed. The simulator, read directly, says what the page should show.

type SimChat = {
  id: string;
  name: string;
  created_at: string;
  deleted_at: string | null;
  project_id: string | null;
  user: { id: string } | null;
};
type SimProject = { id: string; name: string; user: { id: string } | null };
type SimProjectDetail = SimProject & { chats_count: number };
type SimAttachment = { type: string; id: string; filename: string; md5?: string | null; size_bytes?: number | null };
type SimCollaborator = { type: string; user_id?: string | null; group_id?: string };
type SimArtifact = {
  id: string;
  user: { id: string; email_address: string } | null;
  published_version_id: string | null;
  versions: Array<{ id: string; name: string }>;
};

const hashOf = async (algorithm: "md5" | "sha256", path: string) =>
  createHash(algorithm)
    .update(await readFile(path))
    .digest("hex");

async function simPages<T>(path: string): Promise<T[]> {
  const out: T[] = [];
  let page: string | null = null;
  do {
    const sep = path.includes("?") ? "&" : "?";
    const res: { data: T[]; next_page: string | null } = await sim(
      `${path}${sep}limit=100${page ? `&page=${encodeURIComponent(page)}` : ""}`,
    );
    out.push(...res.data);
    page = res.next_page;
  } while (page);
  return out;
}

/** Every user of every linked org, as C1's `user_ids[]` needs them. */
async function simUserIds(): Promise<string[]> {
  const orgs = await sim<{ data: Array<{ uuid: string }> }>("/v1/compliance/organizations");
  const ids: string[] = [];
  for (const org of orgs.data)
    ids.push(...(await simPages<{ id: string }>(`/v1/compliance/organizations/${org.uuid}/users`)).map((u) => u.id));
  return [...new Set(ids)];
}

/** A live project with chats, its detail and every chat filed in it (C1 per ten users, as the reference allows). */
async function projectWithChats() {
  const users = await simUserIds();
  for (const p of await simPages<SimProject & { deleted_at: string | null }>("/v1/compliance/apps/projects")) {
    if (p.deleted_at) continue;
    const detail = await sim<SimProjectDetail>(`/v1/compliance/apps/projects/${p.id}`);
    if (detail.chats_count < 2) continue;
    const chats: SimChat[] = [];
    for (let i = 0; i < users.length; i += 10) {
      const q = users
        .slice(i, i + 10)
        .map((u) => `user_ids[]=${u}`)
        .join("&");
      chats.push(
        ...(await sim<{ data: SimChat[] }>(`/v1/compliance/apps/chats?${q}&project_ids[]=${p.id}&limit=1000`)).data,
      );
    }
    return { project: detail, chats };
  }
  throw new Error("the demo has no project with chats");
}

async function shoot(page: Page, name: string) {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.screenshot({ path: `${RESULTS.screenshots}/${name}.png`, fullPage: true });
}

test.describe("related items", () => {
  test("the chat list and the chat header name the project and link to it", async ({ page }) => {
    test.setTimeout(120_000);
    const { project, chats } = await projectWithChats();
    const chat = chats.find((c) => c.user && !c.deleted_at)!;
    const at = Date.parse(chat.created_at);
    const window = `from=${new Date(at - 60_000).toISOString()}&to=${new Date(at + 60_000).toISOString()}`;
    await openAsAnalyst(page, `/investigate?u=${chat.user!.id}&${window}`);

    const row = page.getByTestId("chat-row").filter({ has: page.locator(`a[href="/chats/${chat.id}"]`) });
    const projectLink = row.getByTestId("chat-project");
    await expect(projectLink).toHaveText(project.name);
    await expect(projectLink).toHaveAttribute("href", `/projects/${project.id}`);
    await expect(row).not.toContainText("claude_proj_");
    await shoot(page, "related-chat-list");
    await expectNoSeriousAxeViolations(page);

    await row.locator(`a[href="/chats/${chat.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/chats/${chat.id}$`));
    const headerLink = page.getByTestId("chat-project");
    await expect(headerLink).toHaveText(project.name);
    await headerLink.click();
    await expect(page).toHaveURL(new RegExp(`/projects/${project.id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(project.name);
  });

  test("a project page links to its chats, names its group collaborators and shows each attachment's size and hashes", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const { project, chats } = await projectWithChats();
    const attachments = await simPages<SimAttachment>(`/v1/compliance/apps/projects/${project.id}/attachments`);
    const collaborators = await simPages<SimCollaborator>(`/v1/compliance/apps/projects/${project.id}/collaborators`);
    const groupId = collaborators.find((c) => c.type === "group")?.group_id;
    expect(groupId, "the project has a group collaborator").toBeTruthy();
    const group = await sim<{ name: string }>(`/v1/compliance/groups/${groupId}`);

    await openAsAnalyst(page, `/projects/${project.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(project.name);

    // The group is named, not shown as its rbac_group_ id.
    await expect(page.getByTestId("collaborator").filter({ hasText: group.name })).toHaveCount(1);
    await expect(page.getByTestId("collaborator").filter({ hasText: `Group ${groupId}` })).toHaveCount(0);

    // Size and MD5 before any click: P4's for files, D2's for documents.
    for (const a of attachments) {
      const integrity = page
        .locator(`[data-testid="project-attachment"][data-attachment-id="${a.id}"]`)
        .getByTestId("integrity");
      const md5 =
        a.type === "project_doc"
          ? (await sim<{ md5: string }>(`/v1/compliance/apps/projects/documents/${a.id}/metadata`)).md5
          : (a.md5 ?? null);
      if (md5) {
        await expect(integrity).toHaveAttribute("data-md5", md5);
        await expect(integrity).toContainText(md5);
      } else await expect(integrity).toContainText("md5 not provided by the API");
      await expect(integrity).toContainText("sha256");
    }

    // "N chats" opens the list of exactly the project's chats, each a link to its transcript.
    const chatsLink = page.getByTestId("project-chats-link");
    await expect(chatsLink).toHaveText(`${project.chats_count} chats`);
    await chatsLink.click();
    const rows = page.getByTestId("project-chat");
    await expect(rows).toHaveCount(project.chats_count);
    const hrefs = await rows.getByRole("link").evaluateAll((links) => links.map((l) => l.getAttribute("href")));
    expect(hrefs.sort()).toEqual(chats.map((c) => `/chats/${c.id}`).sort());
    await expect(page.getByTestId("project-chats-partial")).toHaveCount(0);

    // A download: afterwards the row shows the SHA-256 Custody measured of exactly the bytes saved.
    const file = attachments.find((a) => a.type === "project_file" && a.md5 && (a.size_bytes ?? 0) < 5_000_000)!;
    const item = page.locator(`[data-testid="project-attachment"][data-attachment-id="${file.id}"]`);
    await expect(item.getByTestId("integrity")).toHaveAttribute("data-sha256", "");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      item.getByRole("link", { name: "Download" }).click(),
    ]);
    const saved = await download.path();
    expect(await hashOf("md5", saved)).toBe(file.md5);
    await expect(item.getByTestId("integrity")).toHaveAttribute("data-sha256", await hashOf("sha256", saved), {
      timeout: 20_000,
    });
    await page.getByRole("heading", { level: 1 }).scrollIntoViewIfNeeded();
    await shoot(page, "related-project");
    await screenshotBothThemes(page, "related-project-top");
    await expectNoSeriousAxeViolations(page);

    // Still there for the next visit: Custody kept it with the download's audit entry.
    await page.reload();
    await expect(item.getByTestId("integrity")).toHaveAttribute("data-sha256", await hashOf("sha256", saved));
  });

  test("code artifacts are listed by title and download as <title>.html, then show what Custody measured", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const artifacts = await simPages<SimArtifact>("/v1/compliance/apps/code/artifacts");
    const artifact = artifacts.find(
      (a) =>
        a.user &&
        a.published_version_id &&
        a.versions.length >= 2 &&
        a.versions.every((v) => v.name !== v.id && /^[\w ()-]+$/.test(v.name)),
    );
    expect(artifact, "the demo has an owned, published artifact with titled versions").toBeTruthy();
    const { id, user, versions } = artifact!;
    const title = versions.find((v) => v.id === artifact!.published_version_id)!.name;

    await openAsAnalyst(page, `/sessions?u=${user!.id}&kind=code`);
    const row = page.locator(`[data-testid="code-artifact-row"][data-artifact-id="${id}"]`);
    await expect(row.getByTestId("code-artifact-title")).toHaveText(title);
    await row.getByRole("button", { name: `Versions of ${title}` }).click();

    // A version no one has downloaded through Custody yet (a retry, or another spec, may have taken the last one).
    const digests = await page.request.get(
      `/api/downloads/digests?ids=${versions.map((v) => encodeURIComponent(v.id)).join(",")}`,
    );
    expect(digests.status()).toBe(200);
    const measured = new Set(((await digests.json()) as { items: Array<{ id: string }> }).items.map((d) => d.id));
    const version = versions.toReversed().find((v) => !measured.has(v.id));
    expect(version, "a version of the artifact not downloaded yet").toBeTruthy();
    const versionRow = page.locator(`[data-testid="code-artifact-version"][data-version-id="${version!.id}"]`);
    const integrity = versionRow.getByTestId("integrity");
    await expect(integrity).toContainText("not provided by the API before download");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      versionRow.getByRole("link", { name: /^Download/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${version!.name}.html`);
    const saved = await download.path();
    await expect(integrity).toHaveAttribute("data-sha256", await hashOf("sha256", saved), { timeout: 20_000 });
    await expect(integrity).toHaveAttribute("data-md5", await hashOf("md5", saved));
    await expect(integrity).toContainText(await hashOf("md5", saved));
    await shoot(page, "related-code-artifacts");
    await expectNoSeriousAxeViolations(page);
  });
});
