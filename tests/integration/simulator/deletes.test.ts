import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  allRecords,
  call,
  expectApiError,
  getOk,
  landmarkId,
  startTestSimulator,
  statusOf,
  type Sim,
} from "../../support/simulator";
import { plainChatWithFiles } from "./support/discover";
import { Activity, Chat, CodeArtifact, cursorPage, Deleted, Project, ProjectAttachment } from "./support/schemas";
import { walkCursor, walkTokens } from "./support/walk";

// Hard deletes C3, F3, P3, D3, CA3 (reference §5.10–§5.18). This file owns its simulator: it destroys data.

const CHATS = "/v1/compliance/apps/chats";
const FILES = "/v1/compliance/apps/chats/files";
const PROJECTS = "/v1/compliance/apps/projects";
const DOCS = "/v1/compliance/apps/projects/documents";
const CODE = "/v1/compliance/apps/code/artifacts";

let sim: Sim;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => sim?.close());

const del = (path: string) => call(sim, path, { method: "DELETE" });
const ownerOf = (chatId: string): string => {
  const user = sim.store.chat(chatId)?.user;
  return user && typeof user === "object" && !Array.isArray(user) ? String(user.id) : "";
};

describe("C3 chat", () => {
  it("removes the chat, its messages and its files for good", async () => {
    const { chatId, fileIds } = plainChatWithFiles(sim.store);
    const owner = ownerOf(chatId);
    for (const f of fileIds) expect(await statusOf(sim, `${FILES}/${f}`)).toBe(200);

    expect(await getOk(sim, `${CHATS}/${chatId}`, Deleted("claude_chat_deleted"), { method: "DELETE" })).toEqual({
      id: chatId,
      type: "claude_chat_deleted",
    });

    await expectApiError(
      await call(sim, `${CHATS}/${chatId}/messages`),
      404,
      "not_found_error",
      `Chat conversation not found: '${chatId}'`,
    );
    for (const f of fileIds) {
      await expectApiError(await call(sim, `${FILES}/${f}`), 404, "not_found_error", /^File not found: /);
      await expectApiError(await call(sim, `${FILES}/${f}/content`), 404, "not_found_error", /^File not found: /);
    }
    const orgWide = await walkCursor(sim, CHATS, Chat, { query: { limit: 1000 } });
    expect(orgWide.items.map((c) => c.id)).not.toContain(chatId);
    const byUpdated = await walkCursor(sim, CHATS, Chat, { query: { limit: 1000, order_by: "updated_at" } });
    expect(byUpdated.items.map((c) => c.id)).not.toContain(chatId);
    const mine = await walkCursor(sim, CHATS, Chat, { query: { "user_ids[]": [owner], limit: 1000 } });
    expect(mine.items.map((c) => c.id)).not.toContain(chatId);
    expect(mine.items.length).toBe(allRecords(sim.store.chatsOfUser(owner)).filter((c) => c.id !== chatId).length);

    await expectApiError(await del(`${CHATS}/${chatId}`), 404, "not_found_error");

    // Files that went with their chat leave no claude_file_deleted activity (§5.11).
    const fileDeletions = await walkCursor(sim, "/v1/compliance/activities", Activity, {
      query: { "activity_types[]": ["claude_file_deleted"], limit: 5000 },
    });
    for (const a of fileDeletions.items) expect(fileIds).not.toContain(a.claude_file_id);
  });

  it("answers 404 for an unknown chat", async () => {
    await expectApiError(
      await del(`${CHATS}/claude_chat_nope`),
      404,
      "not_found_error",
      "Chat conversation not found: 'claude_chat_nope'",
    );
  });
});

describe("F3 file", () => {
  it("deletes one file; its chat stays", async () => {
    const { chatId, fileIds } = plainChatWithFiles(sim.store);
    const fileId = fileIds[0];
    expect(await getOk(sim, `${FILES}/${fileId}`, Deleted("claude_file_deleted"), { method: "DELETE" })).toEqual({
      id: fileId,
      type: "claude_file_deleted",
    });
    await expectApiError(await call(sim, `${FILES}/${fileId}`), 404, "not_found_error", /^File not found: /);
    await expectApiError(await call(sim, `${FILES}/${fileId}/content`), 404, "not_found_error", /^File not found: /);
    expect(await statusOf(sim, `${CHATS}/${chatId}/messages`)).toBe(200);
    await expectApiError(await del(`${FILES}/${fileId}`), 404, "not_found_error", /^File not found: /);
  });
});

describe("P3 project and D3 document", () => {
  it("refuses to delete a project with chats (409), then deletes it once they are gone", async () => {
    const projectId = landmarkId(sim.store, "project_with_chats");
    const msg = await expectApiError(await del(`${PROJECTS}/${projectId}`), 409, [
      "invalid_request_error",
      "conflict_error",
    ]);
    expect(msg).toBe(
      `The "${projectId}" project cannot be deleted as it has chats attached to it. Delete or detach all chats, and try deleting the project again.`,
    );
    expect(await statusOf(sim, `${PROJECTS}/${projectId}`)).toBe(200);

    const attachments = allRecords(sim.store.projectAttachments(projectId)).map((a) => ProjectAttachment.parse(a));
    for (const chatId of sim.store.projectChatIds(projectId))
      expect(await statusOf(sim, `${CHATS}/${chatId}`, { method: "DELETE" })).toBe(200);
    expect(
      await getOk(sim, `${PROJECTS}/${projectId}`, Deleted("claude_project_deleted"), { method: "DELETE" }),
    ).toEqual({
      id: projectId,
      type: "claude_project_deleted",
    });
    await expectApiError(
      await call(sim, `${PROJECTS}/${projectId}`),
      404,
      "not_found_error",
      "No project is found with the provided id.",
    );
    const list = await walkTokens(sim, PROJECTS, Project, { query: { limit: 100 } });
    expect(list.items.map((p) => p.id)).not.toContain(projectId);
    const live = allRecords(sim.store.projects()).filter((p) => sim.store.project(String(p.id)) !== undefined);
    expect(list.items.map((p) => p.id)).toEqual(live.map((p) => p.id));
    await expectApiError(
      await del(`${PROJECTS}/${projectId}`),
      404,
      "not_found_error",
      "No project found with provided id, or it has already been deleted.",
    );
    // Its documents and files went with it.
    for (const a of attachments) {
      if (a.type === "project_doc")
        await expectApiError(
          await call(sim, `${DOCS}/${a.id}`),
          404,
          "not_found_error",
          "No project document found with the provided id.",
        );
      else await expectApiError(await call(sim, `${FILES}/${a.id}`), 404, "not_found_error", /^File not found: /);
    }
  });

  it("deletes a document: gone from D1/D2 and from the project's attachments", async () => {
    const project = allRecords(sim.store.projects()).find(
      (p) =>
        sim.store.project(String(p.id)) !== undefined && // not the one deleted above
        allRecords(sim.store.projectAttachments(String(p.id))).some((a) => a.type === "project_doc"),
    );
    expect(project).toBeDefined();
    const projectId = String(project?.id);
    const docId = String(allRecords(sim.store.projectAttachments(projectId)).find((a) => a.type === "project_doc")?.id);
    expect(
      await getOk(sim, `${DOCS}/${docId}`, Deleted("claude_project_document_deleted"), { method: "DELETE" }),
    ).toEqual({
      id: docId,
      type: "claude_project_document_deleted",
    });
    for (const path of [`${DOCS}/${docId}`, `${DOCS}/${docId}/metadata`])
      await expectApiError(
        await call(sim, path),
        404,
        "not_found_error",
        "No project document found with the provided id.",
      );
    const attachments = await walkTokens(sim, `${PROJECTS}/${projectId}/attachments`, ProjectAttachment, {
      query: { limit: 100 },
    });
    expect(attachments.items.map((a) => a.id)).not.toContain(docId);
    await expectApiError(
      await del(`${DOCS}/${docId}`),
      404,
      "not_found_error",
      "No project document found with the provided id, or it has already been deleted.",
    );
  });
});

describe("CA3 code artifact", () => {
  it("deletes an artifact: gone from the list and its versions 404", async () => {
    const artifact = allRecords(sim.store.codeArtifacts())
      .map((a) => CodeArtifact.parse(a))
      .find((a) => a.versions.length > 0);
    expect(artifact).toBeDefined();
    const id = artifact?.id ?? "";
    expect(await getOk(sim, `${CODE}/${id}`, Deleted("code_artifact_deleted"), { method: "DELETE" })).toEqual({
      id,
      type: "code_artifact_deleted",
    });
    const list = await walkTokens(sim, CODE, CodeArtifact, { query: { limit: 100 } });
    expect(list.items.map((a) => a.id)).not.toContain(id);
    await expectApiError(await call(sim, `${CODE}/${id}/versions/${artifact?.versions[0].id}`), 404, "not_found_error");
    await expectApiError(await del(`${CODE}/${id}`), 404, "not_found_error");
  });
});

describe("walks across deletions", () => {
  it("continues an org-wide walk with no gap when the cursor's own chat and a later one are deleted mid-walk", async () => {
    const first = await getOk(sim, CHATS, cursorPage(Chat), { query: { limit: 50 } });
    const cursorChat = first.data[first.data.length - 1].id;
    const later = allRecords(sim.store.chatsByCreated())
      .map((c) => String(c.id))
      .filter((id) => sim.store.chat(id) !== undefined && !first.data.some((c) => c.id === id))[40];
    for (const id of [cursorChat, later]) expect(await statusOf(sim, `${CHATS}/${id}`, { method: "DELETE" })).toBe(200);

    const rest = await walkCursor(sim, CHATS, Chat, { query: { limit: 50 }, start: first.last_id ?? "" });
    const seenFirst = new Set(first.data.map((c) => c.id));
    const expected = allRecords(sim.store.chatsByCreated())
      .map((c) => String(c.id))
      .filter((id) => !seenFirst.has(id) && sim.store.chat(id) !== undefined);
    expect(rest.items.map((c) => c.id)).toEqual(expected);
    expect(rest.items.map((c) => c.id)).not.toContain(later);
  });
});
