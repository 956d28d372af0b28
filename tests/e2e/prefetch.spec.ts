import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { auditEntries, openAsAnalyst, sim } from "./investigate-helpers";

// The projects and sessions pages are rendered on the server with their data: a user sees the first rows and
// messages in the HTML itself, before (and without) any script, the browser does not ask for them again once it
// hydrates, and each read is audited once per page load.

type SimProject = {
  id: string;
  name: string;
  created_at: string;
  deleted_at: string | null;
  user: { id: string } | null;
};
type SimAttachment = { id: string; filename?: string | null };
type SimSession = { id: string; created_at: string; status: string; user: { id: string } | null };
type SimMessagePage = { data: Array<{ id: string }>; next_page: string | null };

/** An hour either side of `iso`: a window that surely holds the record, as the URL the list pages read. */
const windowAround = (iso: string) => {
  const at = Date.parse(iso);
  return `from=${new Date(at - 3_600_000).toISOString()}&to=${new Date(at + 3_600_000).toISOString()}&preset=custom`;
};

/** A live, owned project with attachments, and its first attachment. */
async function projectWithAttachments(): Promise<{ project: SimProject; attachment: SimAttachment }> {
  const projects = await sim<{ data: SimProject[] }>("/v1/compliance/apps/projects?limit=100");
  for (const project of projects.data.filter((p) => p.user && !p.deleted_at)) {
    const attachments = await sim<{ data: SimAttachment[] }>(
      `/v1/compliance/apps/projects/${project.id}/attachments?limit=20`,
    );
    if (attachments.data.length) return { project, attachment: attachments.data[0] };
  }
  throw new Error("the demo profile has no live project with attachments");
}

/** An owned remote session with messages, and its first message (pages may be empty while more remain). */
async function remoteSessionWithMessages(): Promise<{ session: SimSession; firstMessageId: string }> {
  const sessions = await sim<{ data: SimSession[] }>("/v1/compliance/apps/sessions/remote?limit=100");
  for (const session of sessions.data.filter((s) => s.user && s.status !== "pending")) {
    let page: string | null = null;
    do {
      const res: SimMessagePage = await sim(
        `/v1/compliance/apps/sessions/remote/${session.id}/messages?limit=200${page ? `&page=${page}` : ""}`,
      );
      if (res.data.length) return { session, firstMessageId: res.data[0].id };
      page = res.next_page;
    } while (page);
  }
  throw new Error("the demo profile has no owned remote session with messages");
}

/** The page as the server sent it: a new context with the analyst's cookies and JavaScript off. */
async function openWithoutScripts(browser: Browser, signedIn: Page, baseURL: string, path: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  await context.addCookies(await signedIn.context().cookies());
  const page = await context.newPage();
  const res = await page.goto(path);
  expect(res?.status()).toBe(200);
  return page;
}

/** Opens `path` with scripts on and returns the first-page requests (no cursor) the browser made to `apiPath`. */
async function browserRequestsFor(
  page: Page,
  path: string,
  apiPath: string,
  ready: () => Promise<void>,
): Promise<string[]> {
  const seen: string[] = [];
  const onRequest = (req: { url: () => string }) => {
    const url = new URL(req.url());
    if (url.pathname === apiPath && !url.searchParams.has("cursor")) seen.push(url.toString());
  };
  page.on("request", onRequest);
  await page.goto(path);
  await ready();
  // Hydration and any fetch on mount happen right after load: give them time to show.
  await page.waitForLoadState("networkidle");
  page.off("request", onRequest);
  return seen;
}

test.describe("server prefetch", () => {
  test("projects and sessions pages carry their first rows and messages in the server HTML, and hydrate without refetching", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const base = baseURL!;
    const { project, attachment } = await projectWithAttachments();
    const { session, firstMessageId } = await remoteSessionWithMessages();
    const projectsUrl = `/projects?u=${project.user!.id}&${windowAround(project.created_at)}`;
    const sessionsUrl = `/sessions?u=${session.user!.id}&${windowAround(session.created_at)}`;
    await openAsAnalyst(page, "/investigate"); // a content page: states the purpose if needed, reads nothing
    // Entries are counted from here: only the page loads below may write them.
    const since = new Date();

    await test.step("project list", async () => {
      const html = await openWithoutScripts(browser, page, base, projectsUrl);
      const link = html.getByTestId("project-row").locator(`a[href="/projects/${project.id}"]`);
      await expect(link).toHaveText(project.name || "Untitled project");
      await html.context().close();
      const refetches = await browserRequestsFor(page, projectsUrl, "/api/projects", () =>
        expect(page.getByTestId("project-row").first()).toBeVisible(),
      );
      expect(refetches).toEqual([]);
      // One `project.list` per page load (the two above), none from the browser.
      expect(await auditEntries(browser, base, "project.list", project.user!.id, since)).toHaveLength(2);
    });

    await test.step("project detail with its attachments", async () => {
      const path = `/projects/${project.id}`;
      const html = await openWithoutScripts(browser, page, base, path);
      await expect(html.getByRole("heading", { level: 1 })).toHaveText(project.name || "Untitled project");
      await expect(html.getByTestId("project-attachment").first()).toContainText(attachment.filename ?? attachment.id);
      await html.context().close();
      const refetches = await browserRequestsFor(page, path, `/api/projects/${project.id}`, () =>
        expect(page.getByTestId("project-attachment").first()).toBeVisible(),
      );
      expect(refetches).toEqual([]);
      expect(await auditEntries(browser, base, "project.view", project.id, since)).toHaveLength(2);
    });

    await test.step("session list", async () => {
      const html = await openWithoutScripts(browser, page, base, sessionsUrl);
      await expect(html.getByTestId("session-row").locator(`a[href="/sessions/remote/${session.id}"]`)).toHaveText(
        session.id,
      );
      await html.context().close();
      const refetches = await browserRequestsFor(page, sessionsUrl, "/api/sessions", () =>
        expect(page.getByTestId("session-row").first()).toBeVisible(),
      );
      expect(refetches).toEqual([]);
      expect(await auditEntries(browser, base, "session.list", session.user!.id, since)).toHaveLength(2);
    });

    await test.step("session transcript", async () => {
      const path = `/sessions/remote/${session.id}`;
      const html = await openWithoutScripts(browser, page, base, path);
      await expect(html.getByRole("heading", { level: 1 })).toHaveText("Remote session");
      await expect(html.locator(`[data-testid="message"][data-message-id="${firstMessageId}"]`)).toBeVisible();
      await html.context().close();
      const apiPath = `/api/sessions/remote/${session.id}/messages`;
      const refetches = await browserRequestsFor(page, path, apiPath, () =>
        expect(page.getByTestId("message").first()).toBeVisible(),
      );
      expect(refetches).toEqual([]);
      // The reader may load the next page (with a cursor) as it fills the screen: only first pages are counted.
      const views = await auditEntries(browser, base, "session.view", session.id, since);
      expect(views.filter((e) => e.details.page === "first")).toHaveLength(2);
    });
  });

  test("an unknown project or session id still renders the page, and the browser shows its error state as before", async ({
    page,
  }) => {
    await openAsAnalyst(page, "/projects/claude_proj_never_existed_0000");
    await expect(page.getByTestId("query-error")).toContainText("Could not load this project");
    await page.goto("/sessions/remote/cse_neverexisted0000");
    await expect(page.getByTestId("query-error")).toContainText("Could not load this session");
  });
});
