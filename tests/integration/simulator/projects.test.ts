import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  allRecords,
  call,
  expectApiError,
  getOk,
  idsOf,
  landmarkId,
  startTestSimulator,
  type Sim,
} from "../../support/simulator";
import {
  DocumentMetadata,
  FileMeta,
  Project,
  ProjectAttachment,
  ProjectCollaborator,
  ProjectDetail,
  ProjectDocument,
  tokenPage,
  toMs,
} from "./support/schemas";
import { walkTokens } from "./support/walk";

// P1, P2, P4, P5, D1, D2 (reference §5.14, §5.15). Deletes live in deletes.test.ts.

const BASE = "/v1/compliance/apps/projects";

let sim: Sim;
let projectId: string;
beforeAll(async () => {
  sim = await startTestSimulator();
  projectId = landmarkId(sim.store, "project_with_chats");
});
afterAll(async () => sim?.close());

/** The project with the most attachments: the best one to page through. */
function busiestProject(): string {
  let best = { id: projectId, n: -1 };
  for (const p of allRecords(sim.store.projects())) {
    const n = sim.store.projectAttachments(String(p.id))?.size ?? 0;
    if (n > best.n) best = { id: String(p.id), n };
  }
  return best.id;
}

describe("P1 list", () => {
  it("walks every project in created_at order, 20 a page by default", async () => {
    const expected = idsOf(allRecords(sim.store.projects()));
    expect(expected.length).toBeGreaterThan(0);
    const walk = await walkTokens(sim, BASE, Project);
    expect(walk.items.map((p) => p.id)).toEqual(expected);
    if (expected.length > 20) expect(walk.sizes[0]).toBe(20);
    for (let i = 1; i < walk.items.length; i++)
      expect(toMs(walk.items[i].created_at)).toBeGreaterThanOrEqual(toMs(walk.items[i - 1].created_at));
  });

  it("walks with small pages and with the maximum of 100 alike", async () => {
    const small = await walkTokens(sim, BASE, Project, { query: { limit: 3 } });
    const large = await walkTokens(sim, BASE, Project, { query: { limit: 100 } });
    expect(small.items.map((p) => p.id)).toEqual(large.items.map((p) => p.id));
    expect(small.pages).toBeGreaterThan(1);
  });

  it("filters by owner", async () => {
    const owner = sim.store.project(projectId)?.user;
    const userId = owner && typeof owner === "object" && !Array.isArray(owner) ? String(owner.id) : "";
    const walk = await walkTokens(sim, BASE, Project, { query: { "user_ids[]": [userId], limit: 100 } });
    expect(walk.items.map((p) => p.id)).toEqual(idsOf(allRecords(sim.store.projectsOfUser(userId))));
    expect(walk.items.map((p) => p.id)).toContain(projectId);
  });
});

describe("P2, P4, P5", () => {
  it("returns the project detail", async () => {
    const detail = await getOk(sim, `${BASE}/${projectId}`, ProjectDetail);
    expect(detail.id).toBe(projectId);
    expect(detail.chats_count).toBe(sim.store.projectChatIds(projectId).length);
    expect(detail.attachments_count).toBe(sim.store.projectAttachments(projectId)?.size);
  });

  it("walks attachments (files and documents) without gaps", async () => {
    const id = busiestProject();
    const expected = idsOf(allRecords(sim.store.projectAttachments(id)));
    const walk = await walkTokens(sim, `${BASE}/${id}/attachments`, ProjectAttachment, { query: { limit: 2 } });
    expect(walk.items.map((a) => a.id)).toEqual(expected);
    const file = walk.items.find((a) => a.type === "project_file");
    if (file) expect((await getOk(sim, `/v1/compliance/apps/chats/files/${file.id}`, FileMeta)).id).toBe(file.id);
  });

  it("walks collaborators", async () => {
    const expected = allRecords(sim.store.projectCollaborators(projectId));
    const walk = await walkTokens(sim, `${BASE}/${projectId}/collaborators`, ProjectCollaborator, {
      query: { limit: 1 },
      idOf: (c) => JSON.stringify(c),
    });
    expect(walk.items.length).toBe(expected.length);
    expect(walk.items.length).toBeGreaterThan(0);
  });

  it("answers 404 with the documented message", async () => {
    for (const path of [
      `${BASE}/claude_proj_nope`,
      `${BASE}/claude_proj_nope/attachments`,
      `${BASE}/claude_proj_nope/collaborators`,
    ])
      await expectApiError(await call(sim, path), 404, "not_found_error", "No project is found with the provided id.");
  });

  it("caps limit at 100", async () => {
    await expectApiError(
      await call(sim, BASE, { query: { limit: 101 } }),
      400,
      "invalid_request_error",
      "limit: Input should be less than or equal to 100",
    );
    const page = await getOk(sim, `${BASE}/${projectId}/attachments`, tokenPage(ProjectAttachment), {
      query: { limit: 100 },
    });
    expect(page.data.length).toBeLessThanOrEqual(100);
  });
});

describe("documents (D1, D2)", () => {
  it("serves a document and metadata whose md5 and size match its UTF-8 content", async () => {
    const docs = allRecords(sim.store.projectAttachments(busiestProject())).filter((a) => a.type === "project_doc");
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs.slice(0, 3)) {
      const body = await getOk(sim, `${BASE}/documents/${String(doc.id)}`, ProjectDocument);
      const meta = await getOk(sim, `${BASE}/documents/${String(doc.id)}/metadata`, DocumentMetadata);
      const utf8 = Buffer.from(body.content, "utf8");
      expect(meta.size_bytes).toBe(utf8.length);
      expect(meta.md5).toBe(createHash("md5").update(utf8).digest("hex"));
      expect(meta.filename).toBe(body.filename);
      expect(sim.store.project(meta.claude_project_id)).toBeDefined();
    }
  });

  it("answers 404 with the documented message", async () => {
    for (const path of [`${BASE}/documents/claude_proj_doc_nope`, `${BASE}/documents/claude_proj_doc_nope/metadata`])
      await expectApiError(
        await call(sim, path),
        404,
        "not_found_error",
        "No project document found with the provided id.",
      );
  });
});
