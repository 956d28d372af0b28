import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { AuditPageDto, type AuditEntryDto } from "@/lib/schemas/audit";
import { openAsAnalyst, sim, simUserByEmailPrefix } from "./investigate-helpers";
import { ACCOUNTS, RESULTS } from "./support/e2e-env";
import { expect, signInAs, test } from "./support/fixtures";

// Reading a 5,000-message chat writes one `chat.view` per page of 500: ten entries. The trail keeps all ten (and
// the API and exports list them one by one) but the auditor page shows them as one row "×10" with the time span,
// and a page boundary never cuts that row in two.

const PAGE_SIZE = 50; // app/(console)/audit/page.tsx

test.describe.configure({ mode: "serial" });

async function auditorPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, "auditor", { callbackUrl: "/" });
  return page;
}

async function auditApi(request: APIRequestContext, query: string) {
  const res = await request.get(`/api/audit?${query}`);
  expect(res.status()).toBe(200);
  return AuditPageDto.parse(await res.json());
}

const hasTarget = (e: AuditEntryDto, id: string) => e.targets.some((t) => t.id === id);

async function longChat(): Promise<{ id: string; name: string }> {
  const samwell = await simUserByEmailPrefix("samwell.tarly");
  const list = await sim<{ data: Array<{ id: string; name: string }> }>(
    `/v1/compliance/apps/chats?user_ids[]=${samwell.id}&limit=1000`,
  );
  for (const c of list.data) {
    const first = await sim<{ has_more: boolean }>(`/v1/compliance/apps/chats/${c.id}/messages?limit=1000`);
    if (first.has_more) return c;
  }
  throw new Error("the demo has no multi-page chat");
}

test.describe("audit trail grouping", () => {
  test("a long chat read once shows as one row ×10 that expands to every entry, across a page boundary", async ({
    page,
    browser,
  }) => {
    test.setTimeout(150_000);
    const chat = await longChat();
    await openAsAnalyst(page, `/chats/${chat.id}`);
    await expect(page.getByTestId("message").first()).toBeVisible();
    await page.getByTestId("jump-to-end").click();
    await expect(page.getByTestId("message-count")).toHaveText(/^5,000 messages loaded$/, { timeout: 60_000 });
    await page.close();

    const auditor = await auditorPage(browser);
    const api = auditor.request;

    // The run in the API: the analyst's newest chat.view entries of this chat, one per transcript page.
    const recent = await auditApi(api, `actor=${encodeURIComponent(ACCOUNTS.analyst)}&limit=100`);
    const start = recent.entries.findIndex((e) => e.action === "chat.view" && hasTarget(e, chat.id));
    expect(start).toBeGreaterThanOrEqual(0);
    const purposeId = recent.entries[start].purpose?.id;
    const run: AuditEntryDto[] = [];
    for (const e of recent.entries.slice(start)) {
      if (e.action !== "chat.view" || !hasTarget(e, chat.id) || e.purpose?.id !== purposeId) break;
      run.push(e);
    }
    expect(run.length).toBe(10);
    const n = run.length;
    // Names were recorded at write time, next to the ids.
    expect(run[0].targets.find((t) => t.type === "chat")?.label).toBe(chat.name);
    expect(run[0].targets.find((t) => t.type === "custodian")?.label).toMatch(/^samwell\.tarly@/);

    // The API never ends a page inside the run: a page of 2 carries on to its end.
    const byChat = await auditApi(api, `target=${encodeURIComponent(chat.id)}&limit=2`);
    expect(byChat.entries.map((e) => e.seq)).toEqual(run.map((e) => e.seq));
    expect(byChat.nextCursor === null || byChat.nextCursor === String(run[n - 1].seq)).toBe(true);

    // Exports stay one line per entry.
    const ndjson = await api.get(`/api/audit/export?format=ndjson&target=${encodeURIComponent(chat.id)}`);
    expect(ndjson.status()).toBe(200);
    const lines = (await ndjson.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as AuditEntryDto)
      .filter((e) => e.purpose?.id === purposeId && e.action === "chat.view");
    expect(lines).toHaveLength(n);

    // Put the run across the 50-entry boundary of the unfiltered page: each API read adds one audit.view on top
    // (audit.view has no target, so those stay single rows).
    const all = await auditApi(api, "limit=200");
    const at = all.entries.findIndex((e) => e.seq === run[0].seq) + 1; // + the audit.view that read just wrote
    const wanted = PAGE_SIZE - n / 2;
    expect(at).toBeLessThanOrEqual(wanted);
    for (let i = at; i < wanted; i++) expect((await api.get("/api/audit?limit=1")).status()).toBe(200);

    await auditor.goto("/audit");
    const rows = auditor.getByTestId("audit-row");
    const group = rows.filter({ has: auditor.locator(`[data-testid="audit-group-count"]`) }).filter({
      hasText: chat.name,
    });
    await expect(group).toHaveCount(1);
    await expect(group).toHaveAttribute("data-count", String(n));
    await expect(group.getByTestId("audit-group-count")).toHaveText(`×${n}`);
    await expect(group).toContainText(ACCOUNTS.analyst);
    await expect(group).toContainText("chat.view");
    await expect(group.getByTestId("audit-target-label").first()).toHaveText(chat.name);
    await expect(group).toContainText(`chat:${chat.id}`);
    await expect(group).toContainText(/samwell\.tarly@/);
    await expect(group.getByTestId("audit-group-range")).toHaveText(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(–\d\d:\d\d:\d\d)?$/,
    );
    // The run is entries wanted…wanted+n-1: the page ran on past 50 to keep it whole, and ends with it.
    await expect(auditor.getByTestId("audit-shown")).toHaveText(`${wanted + n} entries shown`);
    await expect(rows.last()).toHaveAttribute("data-count", String(n));
    await group.scrollIntoViewIfNeeded();
    await auditor.screenshot({ path: `${RESULTS.screenshots}/audit-group-collapsed.png`, fullPage: false });

    await group
      .getByRole("button", { name: new RegExp(`^${n} entries ${run[n - 1].seq}–${run[0].seq} details$`) })
      .click();
    const members = auditor.getByTestId("audit-group-entry");
    await expect(members).toHaveCount(n);
    const requestIds = await auditor.getByTestId("audit-group-entry-request").allTextContents();
    expect(requestIds).toEqual(run.map((e) => e.requestId));
    expect(new Set(requestIds).size).toBe(n);
    for (const [i, e] of run.entries()) {
      await expect(members.nth(i)).toContainText(`#${e.seq}`);
      await expect(members.nth(i)).toContainText(e.hash.slice(0, 12));
    }
    await members
      .nth(1)
      .getByRole("button", { name: `Entry ${run[1].seq} details` })
      .click();
    const details = auditor.getByTestId("audit-entry-details");
    await expect(details).toHaveCount(1);
    await expect(details.getByTestId("audit-entry-hash")).toHaveText(run[1].hash);
    await expect(details).toContainText(run[1].requestId ?? "missing request id");
    await expect(details).toContainText(run[1].prevHash);
    await members.first().scrollIntoViewIfNeeded();
    await auditor.screenshot({ path: `${RESULTS.screenshots}/audit-group-expanded.png`, fullPage: false });

    // The older page starts below the run, not inside it.
    await auditor.getByRole("link", { name: "Older entries →" }).click();
    await expect(auditor).toHaveURL(new RegExp(`cursor=${run[n - 1].seq}(&|$)`));
    const olderFirst = await auditor.getByTestId("audit-row").first().getByRole("button").getAttribute("aria-label");
    expect(Number(/(\d+) details$/.exec(olderFirst ?? "")?.[1])).toBeLessThan(run[n - 1].seq);
    await auditor.context().close();
  });

  test("an image preview is audited as file.preview, a download as file.download", async ({ page, browser }) => {
    type SimProject = { id: string };
    type SimAttachment = { type: string; id: string; filename: string | null; mime_type: string | null };
    const projects: SimProject[] = [];
    for (let next: string | null = null, first = true; first || next; first = false) {
      const res: { data: SimProject[]; has_more: boolean; next_page: string | null } = await sim(
        `/v1/compliance/apps/projects?limit=100${next ? `&page=${next}` : ""}`,
      );
      projects.push(...res.data);
      next = res.has_more ? res.next_page : null;
    }
    let found: { project: SimProject; image: SimAttachment } | null = null;
    for (const project of projects) {
      const { data } = await sim<{ data: SimAttachment[] }>(
        `/v1/compliance/apps/projects/${project.id}/attachments?limit=100`,
      );
      const image = data.find((a) => a.type === "project_file" && a.mime_type === "image/png");
      if (image) {
        found = { project, image };
        break;
      }
    }
    expect(found, "the demo has a PNG project attachment").toBeTruthy();
    const { project, image } = found!;

    await openAsAnalyst(page, `/projects/${project.id}`);
    const item = page
      .getByTestId("project-attachment")
      .filter({ has: page.locator("summary", { hasText: image.filename ?? image.id }) });
    await item.locator("summary").click();
    const img = item.getByRole("img");
    await expect
      .poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    await page.close();

    const auditor = await auditorPage(browser);
    // A preview is recorded as it starts and again once its bytes are verified, with their digest.
    const previewEntries = async () =>
      (await auditApi(auditor.request, `target=${encodeURIComponent(image.id)}&limit=20`)).entries.filter(
        (e) => e.action === "file.preview",
      );
    await expect.poll(async () => (await previewEntries()).map((e) => e.details.stage)).toContain("completed");
    const previews = await previewEntries();
    const started = previews.find((e) => e.details.stage === "started");
    const completed = previews.find((e) => e.details.stage === "completed");
    for (const entry of [started, completed]) {
      expect(entry).toMatchObject({ action: "file.preview", outcome: "success", actorEmail: ACCOUNTS.analyst });
      expect(entry!.targets).toEqual([{ type: "file", id: image.id, label: image.filename }]);
      expect(entry!.details).toMatchObject({ contentType: "image/png" });
    }
    expect(completed!.details.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(completed!.seq).toBeGreaterThan(started!.seq);

    await auditor.goto(`/audit?target=${encodeURIComponent(image.id)}`);
    const row = auditor.getByTestId("audit-row").first();
    await expect(row).toHaveAttribute("data-action", "file.preview");
    await expect(row).toContainText(image.filename ?? image.id);
    await auditor.context().close();
  });
});
