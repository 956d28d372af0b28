import { describe, expect, it } from "vitest";
import { all, demoStore, landmark, list, listOrNone, str } from "./helpers";

describe("hard deletions", () => {
  it("deletes a chat with its messages, uploads, generated files and artifacts", () => {
    const s = demoStore();
    const chat = all(s.chatsByCreated()).find((c) => {
      const ms = all(s.messages(str(c, "id")));
      return c.deleted_at === null && ms.some((m) => listOrNone(m, "files").length > 0) && c.project_id !== null;
    });
    if (!chat) throw new Error("no suitable chat");
    const id = str(chat, "id");
    const messages = all(s.messages(id));
    const fileIds = messages.flatMap((m) => listOrNone(m, "files").map((f) => str(f, "id")));
    const project = str(chat, "project_id");
    const before = s.totals();
    expect(s.projectChatIds(project)).toContain(id);

    expect(s.deleteChat(id)).toBe(true);
    expect(s.chat(id)).toBeUndefined();
    expect(s.messages(id)).toBeUndefined();
    for (const f of fileIds) {
      expect(s.file(f)).toBeUndefined();
      expect(s.fileContent(f)).toBeUndefined();
    }
    expect(s.projectChatIds(project)).not.toContain(id);
    expect(s.deleteChat(id)).toBe(false);
    const after = s.totals();
    expect(after.chats).toBe(before.chats - 1);
    expect(after.messages).toBe(before.messages - messages.length);
    expect(after.files).toBe(before.files - fileIds.length);
    // Collections keep their size; the HTTP layer skips records whose getter is undefined.
    expect(s.chatsByCreated().size).toBe(before.chats);
  });

  it("deletes a chat's generated files and artifact versions along with it", () => {
    const s = demoStore();
    const chat = all(s.chatsByCreated()).find((c) =>
      all(s.messages(str(c, "id"))).some((m) => listOrNone(m, "artifacts").length > 0 && c.deleted_at === null),
    );
    if (!chat) throw new Error("no chat with artifacts");
    const versions = all(s.messages(str(chat, "id"))).flatMap((m) =>
      listOrNone(m, "artifacts").map((a) => str(a, "version_id")),
    );
    expect(s.artifactVersion(versions[0])).toBeDefined();
    s.deleteChat(str(chat, "id"));
    for (const v of versions) expect(s.artifactVersion(v)).toBeUndefined();
  });

  it("deletes a single file and drops it from its message and from project attachments", () => {
    const s = demoStore();
    const big = landmark(s, "big_file");
    const chatId = str(s.chat(landmark(s, "big_file_chat")) ?? {}, "id");
    expect(s.deleteFile(big)).toBe(true);
    expect(s.file(big)).toBeUndefined();
    expect(s.deleteFile(big)).toBe(false);
    expect(
      all(s.messages(chatId))
        .flatMap((m) => listOrNone(m, "files"))
        .map((f) => f.id),
    ).not.toContain(big);

    const project = all(s.projects()).find((p) =>
      all(s.projectAttachments(str(p, "id"))).some((a) => a.type === "project_file"),
    );
    const attachment = all(s.projectAttachments(str(project ?? {}, "id"))).find((a) => a.type === "project_file");
    expect(s.file(str(attachment ?? {}, "id"))).toMatchObject({ message_ids: [], claude_chat_ids: [] });
    expect(s.deleteFile(str(attachment ?? {}, "id"))).toBe(true);
    expect(all(s.projectAttachments(str(project ?? {}, "id"))).map((a) => a.id)).not.toContain(attachment?.id);
  });

  it("deletes documents, and refuses to delete a project that still has chats", () => {
    const s = demoStore();
    const withChats = landmark(s, "project_with_chats");
    expect(s.deleteProject(withChats)).toBe(false);
    expect(s.project(withChats)).toBeDefined();

    const empty = landmark(s, "project_without_chats");
    const attachments = all(s.projectAttachments(empty));
    const doc = attachments.find((a) => a.type === "project_doc");
    expect(s.deleteDocument(str(doc ?? {}, "id"))).toBe(true);
    expect(s.document(str(doc ?? {}, "id"))).toBeUndefined();
    expect(s.documentMetadata(str(doc ?? {}, "id"))).toBeUndefined();
    expect(all(s.projectAttachments(empty)).length).toBe(attachments.length - 1);

    expect(s.deleteProject(empty)).toBe(true);
    expect(s.project(empty)).toBeUndefined();
    expect(s.projectAttachments(empty)).toBeUndefined();
    for (const a of attachments) {
      expect(a.type === "project_doc" ? s.document(str(a, "id")) : s.file(str(a, "id"))).toBeUndefined();
    }
    expect(s.deleteProject(empty)).toBe(false);
  });

  it("deletes code artifacts once", () => {
    const s = demoStore();
    const id = str(s.codeArtifacts().at(0), "id");
    const version = list(s.codeArtifact(id) ?? {}, "versions")[0];
    expect(s.codeArtifactVersionContent(id, str(version, "id"))).toBeDefined();
    expect(s.deleteCodeArtifact(id)).toBe(true);
    expect(s.codeArtifact(id)).toBeUndefined();
    expect(s.codeArtifactVersionContent(id, str(version, "id"))).toBeUndefined();
    expect(s.deleteCodeArtifact(id)).toBe(false);
    expect(s.totals().code_artifacts).toBe(s.codeArtifacts().size - 1);
  });
});
