import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocumentDto, ProjectChatsDto, ProjectDetailDto, ProjectListDto } from "@/lib/schemas/investigate";
import { directoryCacheFor } from "@/lib/server/directory-cache/directory-cache";
import { findCustodianProjects } from "@/lib/server/projects/find-custodian-projects";
import { documentRoute, listProjectsRoute, projectChatsRoute, projectRoute } from "@/lib/server/projects/routes";
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

  const str = (v: unknown) => (typeof v === "string" ? v : "");
  /** The custodians' chats created in the window, per project, from the store (the oracle, not our reads). */
  function chatsPerProject(users: string[], from: string, to: string) {
    const counts = new Map<string, number>();
    let total = 0;
    for (const u of users)
      for (const c of allRecords(t.store.chatsOfUser(u))) {
        if (str(c.created_at) < from || str(c.created_at) >= to) continue;
        total++;
        const p = str(c.project_id);
        if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
      }
    return { counts, total };
  }

  it("lists the projects the custodians own, collaborate on or chatted in during the window, and why", async () => {
    const { from, to } = windowOf(FIXED_NOW, 30);
    // A chat in a project created before the window by someone else: its author, plus a few project owners.
    const projects = allRecords(t.store.projects());
    const chatter = projects
      .flatMap((p) => t.store.projectChatIds(str(p.id)).map((id) => ({ p, chat: t.store.chat(id) })))
      .find(
        ({ p, chat }) =>
          chat &&
          str(chat.created_at) >= from &&
          str(p.created_at) < from &&
          ownerOf(p) !== ownerOf(chat as Record<string, unknown>),
      );
    if (!chatter?.chat) throw new Error("no chat in the window in someone else's older project");
    const users = [
      ...new Set([
        ownerOf(chatter.chat as Record<string, unknown>)!,
        ...projects.map(ownerOf).filter((id): id is string => id !== null),
      ]),
    ].slice(0, 4);
    const { counts, total } = chatsPerProject(users, from, to);
    const owned = projects.filter(
      (p) =>
        users.includes(ownerOf(p) ?? "") &&
        str(p.created_at) < to &&
        (p.deleted_at === null || str(p.deleted_at) >= from),
    );
    const expectedIds = new Set([...owned.map((p) => str(p.id)), ...counts.keys()]);

    const q = new URLSearchParams({ user_ids: users.join(","), from, to });
    const list = await okJson(await t.call(listProjectsRoute, `/api/projects?${q}`), ProjectListDto);
    expect(new Set(list.items.map((p) => p.id))).toEqual(expectedIds);
    expect(list.items.map((p) => p.id)).toContain(str(chatter.p.id)); // created before the window: listed anyway
    expect(list.coverage).toEqual({
      chatsRead: total,
      chatsPartial: false,
      ownedPartial: false,
      projectsNotRead: 0,
      collaboratorsUnchecked: 0,
    });
    for (const item of list.items) {
      const collaborators = allRecords(t.store.projectCollaborators(item.id))
        .filter((c) => c.type === "user" && users.includes(str(c.user_id)) && str(c.user_id) !== item.owner?.id)
        .map((c) => ({ id: str(c.user_id), role: str(c.role) }));
      expect(item.why).toEqual({
        isOwnedByCustodian: users.includes(item.owner?.id ?? ""),
        collaborators: collaborators.map((c) => ({ custodian: { id: c.id, email: expect.any(String) }, role: c.role })),
        chatsInWindow: counts.get(item.id) ?? 0,
        collaboratorsChecked: true,
      });
    }
    expect(list.items.some((p) => p.why.collaborators.length > 0)).toBe(true);
    // Most chats in the window first.
    const chatCounts = list.items.map((p) => p.why.chatsInWindow);
    expect(chatCounts).toEqual([...chatCounts].sort((a, b) => b - a));
    const entry = (await t.auditOf()).filter((e) => e.action === "project.list").at(-1);
    expect(entry?.details).toMatchObject({ count: list.items.length, chatsRead: total, chatsPartial: false });
  });

  it("bounds every upstream read and says where the list stopped short", async () => {
    const { from, to } = windowOf(FIXED_NOW, 365);
    const users = [
      ...new Set(
        allRecords(t.store.projects())
          .map(ownerOf)
          .filter((id): id is string => !!id),
      ),
    ];
    const custodians = users.slice(0, 10);
    const { counts, total } = chatsPerProject(custodians, from, to);
    expect(total).toBeGreaterThan(5);
    const bounds = { chats: 5, ownedProjects: 1, projectReads: 1, collaboratorChecks: 1 };
    const before = (await t.stats()).by_endpoint;
    const list = await findCustodianProjects(
      t.client,
      directoryCacheFor(t.client),
      { user_ids: custodians, from, to },
      bounds,
    );
    const after = (await t.stats()).by_endpoint;
    const calls = (e: string) => (after[e] ?? 0) - (before[e] ?? 0);
    expect(calls("GET /v1/compliance/apps/projects/{project_id}")).toBeLessThanOrEqual(1);
    expect(calls("GET /v1/compliance/apps/projects/{project_id}/collaborators")).toBeLessThanOrEqual(1);
    expect(list.coverage.chatsRead).toBeLessThanOrEqual(1000); // one C1 page at most: the bound is met on it
    expect(calls("GET /v1/compliance/apps/chats")).toBe(1);
    expect(list.coverage).toMatchObject({ chatsPartial: total > list.coverage.chatsRead, ownedPartial: true });
    expect(list.coverage.collaboratorsUnchecked).toBe(list.items.length - 1);
    expect(counts.size).toBeGreaterThan(0);
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

    // Groups are named by G2, documents carry D2's size and MD5 (P4 lists neither).
    const group = detail.collaborators.find((c) => c.type === "group");
    expect(group?.label).toBe(t.store.group(group?.groupId ?? "")?.name);
    for (const a of detail.attachments.filter((x) => x.type === "project_doc")) {
      const meta = t.store.documentMetadata(a.id);
      expect([a.sizeBytes, a.md5]).toEqual([meta?.size_bytes, meta?.md5]);
      expect(a.md5).toMatch(/^[0-9a-f]{32}$/);
    }

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

  it("lists a project's chats, all that P2 counts, each named with the project", async () => {
    const projectId = landmarkId(t.store, "project_with_chats");
    const stored = t.store.project(projectId);
    const chats = await okJson(
      await t.call(projectChatsRoute, `/api/projects/${projectId}/chats`, { projectId }),
      ProjectChatsDto,
    );
    const expected = t.store.projectChatIds(projectId);
    expect(chats.items.map((c) => c.id).sort()).toEqual([...expected].sort());
    expect(chats).toMatchObject({ chatsCount: stored?.chats_count, isComplete: true });
    for (const c of chats.items) expect(c).toMatchObject({ projectId, projectName: stored?.name });
    const entry = (await t.auditOf()).filter((e) => e.action === "chat.list").at(-1);
    expect(entry).toMatchObject({
      targets: expect.arrayContaining([{ type: "project", id: projectId }]),
      details: { projectId, count: expected.length },
    });
  });
});
