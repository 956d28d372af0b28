import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { openAsAnalyst, sim } from "./investigate-helpers";

// Project attachments are attacker-controlled: documents must show as plain text, images only from our own
// routes, and anything a browser would render or run (PDF, HTML, SVG) only as a download. The demo's hostile
// project (lib/simulator/store/projects.ts) has an HTML-laden name, a PDF named like a script and a document full
// of HTML and Markdown.

type SimProject = { id: string; name: string };
type SimProjectPage = { data: SimProject[]; has_more: boolean; next_page: string | null };
type SimAttachment = { type: string; id: string; filename: string | null; mime_type: string | null };

async function simProjects(): Promise<SimProject[]> {
  const out: SimProject[] = [];
  let page: string | null = null;
  do {
    const res: SimProjectPage = await sim<SimProjectPage>(
      `/v1/compliance/apps/projects?limit=100${page ? `&page=${page}` : ""}`,
    );
    out.push(...res.data);
    page = res.has_more ? res.next_page : null;
  } while (page);
  return out;
}

const simAttachments = async (projectId: string) =>
  (await sim<{ data: SimAttachment[] }>(`/v1/compliance/apps/projects/${projectId}/attachments?limit=100`)).data;

/** Every request the page makes to an origin other than ours (http, https and websockets). */
function watchForeignRequests(page: Page, baseURL: string | undefined): string[] {
  const ours = new URL(baseURL ?? "http://127.0.0.1").origin;
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== ours) foreign.push(request.url());
  });
  page.on("websocket", (ws) => {
    if (new URL(ws.url()).host !== new URL(ours).host) foreign.push(ws.url());
  });
  return foreign;
}

async function hostileProject() {
  const project = (await simProjects()).find((p) => p.name.includes("<img src=x"));
  expect(project, "the demo has the hostile project").toBeTruthy();
  return { project: project!, attachments: await simAttachments(project!.id) };
}

const attachmentNamed = (page: Page, filename: string) =>
  page.getByTestId("project-attachment").filter({ has: page.locator("summary", { hasText: filename }) });

test.describe("project attachment previews", () => {
  test("a document previews as plain text: its HTML and Markdown are shown, never interpreted", async ({
    page,
    baseURL,
  }) => {
    const { project, attachments } = await hostileProject();
    const doc = attachments.find((a) => a.type === "project_doc" && a.filename === "../../etc/passwd");
    expect(doc, "the hostile project has the HTML-laden document").toBeTruthy();
    const { content } = await sim<{ content: string }>(`/v1/compliance/apps/projects/documents/${doc!.id}`);
    expect(content).toContain("<script>alert(document.cookie)</script>");

    const foreign = watchForeignRequests(page, baseURL);
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openAsAnalyst(page, `/projects/${project.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(project.name);

    const item = attachmentNamed(page, doc!.filename!);
    await item.locator("summary").click();
    const text = item.locator("pre");
    await expect(text).toBeVisible();
    // Exactly the document's characters, as one text node: no element was made from them.
    expect(await text.evaluate((el) => el.textContent)).toBe(content);
    await expect(text.locator("*")).toHaveCount(0);
    await expect(item.locator("script, style, iframe, object, embed, img, svg")).toHaveCount(0);
    // Its Markdown and <a href="javascript:…"> links stay text: the only link is our download.
    await expect(item.getByRole("link")).toHaveCount(1);
    await expect(item.getByRole("link", { name: "Download" })).toHaveAttribute(
      "href",
      `/api/documents/${encodeURIComponent(doc!.id)}/content`,
    );
    await expect(page.locator("main iframe, main img[src='x'], main img[src*='evil'], main svg[onload]")).toHaveCount(
      0,
    );
    // The document's <style>body{display:none}</style> did not apply.
    await expect(page.locator("body")).toBeVisible();

    expect(dialogs).toEqual([]);
    expect(foreign).toEqual([]);
  });

  test("a PDF is offered only as a download: no inline frame, served as an attachment", async ({ page, baseURL }) => {
    const { project, attachments } = await hostileProject();
    const pdf = attachments.find((a) => a.mime_type === "application/pdf");
    expect(pdf, "the hostile project has a PDF").toBeTruthy();

    const foreign = watchForeignRequests(page, baseURL);
    await openAsAnalyst(page, `/projects/${project.id}`);
    const item = attachmentNamed(page, pdf!.filename!);
    await item.locator("summary").click();
    await expect(item).toContainText("No inline preview for application/pdf: download it to open it.");
    await expect(page.locator("main iframe, main object, main embed, main frame")).toHaveCount(0);

    const link = item.getByRole("link", { name: "Download" });
    const href = `/api/files/${encodeURIComponent(pdf!.id)}/content`;
    await expect(link).toHaveAttribute("href", href);
    await expect(link).toHaveAttribute("download", "");
    // Following the link downloads the file instead of opening it in the page.
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(download.suggestedFilename()).not.toMatch(/[<>/\\]/);
    await download.cancel().catch(() => undefined);
    await expect(page).toHaveURL(new RegExp(`/projects/${project.id}$`));

    // Even opened directly, the browser saves it rather than rendering it: an attachment, of its own type, not sniffed.
    const res = await page.request.get(href);
    expect(res.status()).toBe(200);
    const headers = res.headers();
    expect(headers["content-type"]).toBe("application/pdf");
    expect(headers["content-disposition"]).toMatch(/^attachment;/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect((await res.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    expect(foreign).toEqual([]);
  });

  test("a downloaded file is served with a sandboxing Content-Security-Policy", async ({ page }) => {
    // proxy.ts sets this policy on every API response (its header wins over the route's).
    const { attachments } = await hostileProject();
    const pdf = attachments.find((a) => a.mime_type === "application/pdf");
    await openAsAnalyst(page, "/overview");
    const res = await page.request.get(`/api/files/${encodeURIComponent(pdf!.id)}/content`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-security-policy"]?.split(/\s*;\s*/)).toContain("sandbox");
  });

  test("an image attachment previews inline, loaded from our own origin", async ({ page, baseURL }) => {
    let found: { project: SimProject; image: SimAttachment } | null = null;
    for (const project of await simProjects()) {
      const image = (await simAttachments(project.id)).find(
        (a) => a.type === "project_file" && /^image\/(png|jpeg|gif|webp)$/.test(a.mime_type ?? ""),
      );
      if (image) {
        found = { project, image };
        break;
      }
    }
    // Live as soon as the simulator puts an image in a project; today its project files are PDF, CSV and XLSX only.
    if (!found)
      throw new Error("the demo simulator has no image attachment in any project (lib/simulator/store/projects.ts)");
    const { project, image } = found;

    const foreign = watchForeignRequests(page, baseURL);
    await openAsAnalyst(page, `/projects/${project.id}`);
    const item = attachmentNamed(page, image.filename ?? image.id);
    await item.locator("summary").click();
    const img = item.getByRole("img");
    // The preview form of the content route: audited `file.preview`, not `file.download`.
    await expect(img).toHaveAttribute("src", `/api/files/${encodeURIComponent(image.id)}/content?preview=1`);
    await expect
      .poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});
