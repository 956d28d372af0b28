import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ComplianceClient } from "@/lib/compliance/client";
import { ConflictError, NotFoundError } from "@/lib/compliance/errors";
import { landmarkList, startSim, testClient } from "./support/sim";

// Deletes get their own simulator: they change the data other tests read.
let sim: Awaited<ReturnType<typeof startSim>>;
let client: ComplianceClient;
beforeAll(async () => {
  sim = await startSim({ rateLimit: 100_000 });
  client = testClient(sim.url).client;
});
afterAll(async () => sim?.close());

describe("deletes (C3, F3, D3, P3, CA3)", () => {
  it("refuses a project with chats (409), then deletes it once its chats are gone", async () => {
    const project = landmarkList(sim.store.landmarks().project_with_chats)[0];
    if (!project) throw new Error("landmark project_with_chats missing");
    await expect(client.projects.delete(project)).rejects.toBeInstanceOf(ConflictError);
    for (const chatId of sim.store.projectChatIds(project)) {
      expect(await client.chats.delete(chatId)).toEqual({ id: chatId, type: "claude_chat_deleted" });
      await expect(client.chats.getMessages(chatId)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await client.projects.delete(project)).toMatchObject({ id: project, type: "claude_project_deleted" });
    await expect(client.projects.delete(project)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("deletes a file, a project document and a code artifact", async () => {
    const projects = await client.projects.iterate().toArray();
    let fileId: string | undefined;
    let docId: string | undefined;
    for (const p of projects) {
      const attachments = await client.projects.iterateAttachments(p.id).toArray();
      fileId ??= attachments.find((a) => a.type === "project_file")?.id;
      docId ??= attachments.find((a) => a.type === "project_doc")?.id;
      if (fileId && docId) break;
    }
    if (!fileId || !docId) throw new Error("no project file/doc in demo data");
    expect(await client.files.delete(fileId)).toMatchObject({ id: fileId, type: "claude_file_deleted" });
    await expect(client.files.get(fileId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await client.documents.delete(docId)).toMatchObject({ id: docId, type: "claude_project_document_deleted" });
    await expect(client.documents.getMetadata(docId)).rejects.toBeInstanceOf(NotFoundError);

    const [artifact] = await client.codeArtifacts.iterate({ limit: 5 }).toArray();
    expect(await client.codeArtifacts.delete(artifact.id)).toMatchObject({
      id: artifact.id,
      type: "code_artifact_deleted",
    });
    await expect(client.codeArtifacts.delete(artifact.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
