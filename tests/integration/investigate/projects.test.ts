import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocumentDto, ProjectDetailDto, ProjectPageDto, type ProjectSummaryDto } from "@/lib/schemas/investigate";
import { documentRoute, listProjectsRoute, projectRoute } from "@/lib/server/projects/routes";
import { documentContentRoute } from "@/lib/server/files/routes";
import { allRecords, landmarkId } from "@/tests/support/simulator";
import { FIXED_NOW, okJson, startInvestigation, windowOf, type Investigation } from "./support/harness";

describe("projects and documents", () => {
  let t: Investigation;
  beforeAll(async () => {
    t = await startInvestigation();
  });
  afterAll(async () => t?.close());

  const ownerOf = (p: Record<string, unknown>) =>
    p.user && typeof p.user === "object" && "id" in p.user ? String(p.user.id) : null;

  it("lists the custodians' projects in the window, oldest first, across pages", async () => {
    const all = allRecords(t.store.projects());
    const owners = [...new Set(all.map(ownerOf).filter((id): id is string => id !== null))].slice(0, 3);
    const { from, to } = windowOf(FIXED_NOW, 365);
    const expected = all
      .filter((p) => owners.includes(ownerOf(p) ?? "") && String(p.created_at) >= from && String(p.created_at) < to)
      .map((p) => String(p.id));
    const items: ProjectSummaryDto[] = [];
    let cursor: string | null = null;
    do {
      const q = new URLSearchParams({
        user_ids: owners.join(","),
        from,
        to,
        limit: "1",
        ...(cursor ? { cursor } : {}),
      });
      const page: ProjectPageDto = await okJson(await t.call(listProjectsRoute, `/api/projects?${q}`), ProjectPageDto);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(items.map((p) => p.id)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(1);
  });

  it("shows a project with its attachments and collaborators named from the directory", async () => {
    const projectId = landmarkId(t.store, "project_with_chats");
    const detail = await okJson(
      await t.call(projectRoute, `/api/projects/${projectId}`, { projectId }),
      ProjectDetailDto,
    );
    const stored = t.store.project(projectId);
    expect(detail).toMatchObject({
      id: projectId,
      name: stored?.name,
      chatsCount: stored?.chats_count,
      partial: false,
    });
    expect(detail.attachments.map((a) => a.id)).toEqual(
      allRecords(t.store.projectAttachments(projectId)).map((a) => String(a.id)),
    );
    for (const a of detail.attachments)
      expect(a.downloadUrl).toBe(
        a.type === "project_doc" ? `/api/documents/${a.id}/content` : `/api/files/${a.id}/content`,
      );
    const collaborators = allRecords(t.store.projectCollaborators(projectId));
    expect(detail.collaborators).toHaveLength(collaborators.length);
    const owner = detail.collaborators.find((c) => c.role === "owner");
    expect(owner?.email).toBe(detail.owner?.email);
    expect(owner?.label).not.toBe(owner?.userId);

    const view = (await t.auditOf()).filter((e) => e.action === "project.view").at(-1);
    expect(view?.targets).toEqual([
      { type: "project", id: projectId, label: detail.name },
      { type: "custodian", id: detail.owner?.id, label: detail.owner?.email ?? undefined },
    ]);
  });

  it("previews a project document and downloads exactly its text", async () => {
    const projectId = landmarkId(t.store, "project_with_chats");
    const doc = allRecords(t.store.projectAttachments(projectId)).find((a) => a.type === "project_doc");
    if (!doc) throw new Error("project has no document");
    const documentId = String(doc.id);
    const preview = await okJson(
      await t.call(documentRoute, `/api/documents/${documentId}`, { documentId }),
      DocumentDto,
    );
    expect(preview).toMatchObject({
      id: documentId,
      projectId,
      text: t.store.document(documentId)?.content,
      truncated: false,
    });
    const res = await t.call(documentContentRoute, `/api/documents/${documentId}/content`, { documentId });
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(createHash("md5").update(bytes).digest("hex")).toBe(preview.md5);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  });
});
