import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ComplianceClient } from "@/lib/compliance/client";
import { landmarkList, startSim, testClient } from "./support/sim";

// Every read endpoint against the simulator, ids discovered through the API itself (as a user would).

let sim: Awaited<ReturnType<typeof startSim>>;
let client: ComplianceClient;
beforeAll(async () => {
  sim = await startSim({ rateLimit: 100_000 });
  client = testClient(sim.url).client;
});
afterAll(async () => sim?.close());

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let step = await reader.read(); !step.done; step = await reader.read()) chunks.push(step.value);
  return Buffer.concat(chunks);
}
const md5 = (b: Buffer) => createHash("md5").update(b).digest("hex");

describe("directory (O1–O6, G1–G3)", () => {
  it("lists organizations, users, roles, permissions and settings", async () => {
    const orgs = await client.organizations.list();
    expect(orgs.data.length).toBe(sim.store.organizations().length);
    const org = orgs.data[0].uuid;
    const users = await client.organizations.iterateUsers(org, { limit: 7 }).toArray();
    expect(users.length).toBe(sim.store.users(org)?.size);
    const roles = await client.organizations.iterateRoles(org).toArray();
    expect(roles.length).toBeGreaterThan(0);
    expect((await client.organizations.getRole(org, roles[0].id)).id).toBe(roles[0].id);
    const permissions = await client.organizations.iterateRolePermissions(org, roles[0].id).toArray();
    expect(permissions.length).toBe(sim.store.rolePermissions(org, roles[0].id)?.size);
    const settings = await client.organizations.getSettings(org);
    expect(settings.organization_id).toBe(org);
    expect(Array.isArray(settings.settings)).toBe(true);
  });

  it("reads the older, unpaginated organizations list as one complete page", async () => {
    const older = await startSim({ organizationsPaginated: false });
    try {
      const orgs = await testClient(older.url).client.organizations.iterate().toArray();
      expect(orgs.map((o) => o.uuid)).toEqual(older.store.organizations().map((o) => o.uuid));
    } finally {
      await older.close();
    }
  });

  it("lists groups, gets one and walks its members", async () => {
    const groups = await client.groups.iterate({ limit: 3 }).toArray();
    expect(groups.length).toBe(sim.store.groups().size);
    const group = await client.groups.get(groups[0].id);
    expect(group.name).toBe(groups[0].name);
    const members = await client.groups.iterateMembers(groups[0].id).toArray();
    expect(members.length).toBe(sim.store.groupMembers(groups[0].id)?.size);
  });
});

describe("activities (A1)", () => {
  it("pages newest first and resumes from a checkpoint", async () => {
    const first = await client.activities.list({ limit: 5 });
    expect(first.data).toHaveLength(5);
    expect(first.data[0].created_at >= first.data[4].created_at).toBe(true);
    const walk = client.activities.iterate({ limit: 5 });
    const iterator = walk[Symbol.asyncIterator]();
    await iterator.next();
    const checkpoint = walk.checkpoint;
    expect(checkpoint).toEqual({ after_id: expect.any(String) });
    const resumed = await client.activities.list({ limit: 5, afterId: checkpoint?.after_id });
    const second = await iterator.next();
    expect(second.value?.data.map((a: { id: string }) => a.id)).toEqual(resumed.data.map((a) => a.id));
  });

  it("reads the feed with the admin key too", async () => {
    const page = await client.activities.list({ limit: 2 }, { key: "admin" });
    expect(page.data.length).toBeGreaterThan(0);
  });
});

describe("chats and content (C1, C2, F1, F2, GF1, GF2, AR1, AR2)", () => {
  it("walks custodians' chats and messages, and downloads verified attachments", async () => {
    const custodians = landmarkList(sim.store.landmarks().demo_custodians);
    expect(custodians.length).toBeGreaterThan(0);
    const chats = await client.chats.iterate({ userIds: custodians.slice(0, 10), limit: 25 }).toArray();
    const expected = custodians.slice(0, 10).reduce((n, u) => n + sim.store.chatsOfUser(u).size, 0);
    expect(chats.length).toBe(expected);

    let file: { id: string } | undefined;
    let generated: { id: string } | undefined;
    let artifact: { version_id: string } | undefined;
    for (const chat of chats) {
      const messages = await client.chats.iterateMessages(chat.id, { limit: 20 }).toArray();
      expect(messages.length).toBe(sim.store.messages(chat.id)?.size);
      for (const m of messages) {
        file ??= m.files?.[0];
        generated ??= m.generated_files?.[0];
        artifact ??= m.artifacts?.[0];
      }
      if (file && generated && artifact) break;
    }
    if (!file || !generated || !artifact)
      throw new Error("demo data lacks a file, generated file or artifact for the custodians");

    const meta = await client.files.get(file.id);
    const dl = await client.download("file", file.id);
    const bytes = await readAll(dl.stream);
    expect(bytes.length).toBe(meta.size_bytes);
    expect(md5(bytes)).toBe(meta.md5);

    const genMeta = await client.generatedFiles.get(generated.id);
    const gen = await readAll((await client.download("generated_file", generated.id)).stream);
    expect(md5(gen)).toBe(genMeta.md5);

    const artMeta = await client.artifacts.getVersion(artifact.version_id);
    const art = await readAll((await client.download("artifact", artifact.version_id)).stream);
    expect(art.length).toBe(artMeta.size_bytes);
  });

  it("reads the long chat in one response without a limit, and in pages with one", async () => {
    const longChat = landmarkList(sim.store.landmarks().long_chat)[0];
    if (!longChat) return;
    const all = await client.chats.getMessages(longChat);
    const paged = await client.chats.iterateMessages(longChat, { limit: 1000 }).toArray();
    expect(paged.map((m) => m.id)).toEqual(all.chat_messages.map((m) => m.id));
  });
});

describe("projects and documents (P1, P2, P4, P5, D1, D2)", () => {
  it("walks projects, their attachments and collaborators, and reads a document", async () => {
    const projects = await client.projects.iterate({ limit: 10 }).toArray();
    expect(projects.length).toBe(sim.store.projects().size);
    let doc: string | undefined;
    for (const p of projects.slice(0, 30)) {
      const detail = await client.projects.get(p.id);
      expect(detail.id).toBe(p.id);
      const attachments = await client.projects.iterateAttachments(p.id).toArray();
      await client.projects.iterateCollaborators(p.id).toArray();
      doc ??= attachments.find((a) => a.type === "project_doc")?.id;
      if (doc) break;
    }
    if (!doc) throw new Error("no project document in demo data");
    const metadata = await client.documents.getMetadata(doc);
    const text = await readAll((await client.download("document", doc)).stream);
    expect(md5(text)).toBe(metadata.md5);
    expect((await client.documents.get(doc)).content).toBe(text.toString("utf8"));
  });
});

describe("sessions and code artifacts (LS1–LS3, RS1–RS2, CA1–CA2)", () => {
  it("walks local sessions (next_page only) and reads one with its messages", async () => {
    const sessions = await client.localSessions.iterate({ limit: 50 }).toArray();
    expect(sessions.length).toBe(sim.store.localSessions().size);
    const one = await client.localSessions.get(sessions[0].id);
    expect(one.id).toBe(sessions[0].id);
    const messages = await client.localSessions.iterateMessages(sessions[0].id, { limit: 25 }).toArray();
    expect(messages.length).toBe(sim.store.localSessionMessages(sessions[0].id)?.size);
  });

  it("walks remote sessions and one transcript", async () => {
    const sessions = await client.remoteSessions.iterate({ limit: 50 }).toArray();
    expect(sessions.length).toBeGreaterThan(0);
    const readable = sessions.find((s) => s.status !== "pending") ?? sessions[0];
    const messages = await client.remoteSessions.iterateMessages(readable.id).toArray();
    expect(messages.length).toBe(sim.store.remoteSessionMessages(readable.id)?.size);
  });

  it("walks code artifacts and downloads a version", async () => {
    const artifacts = await client.codeArtifacts.iterate({ limit: 5 }).toArray();
    expect(artifacts.length).toBe(sim.store.codeArtifacts().size);
    const withVersion = artifacts.find((a) => a.versions.length > 0);
    if (!withVersion) throw new Error("no code artifact version in demo data");
    const source = sim.store.codeArtifactVersionContent(withVersion.id, withVersion.versions[0].id);
    const bytes = await readAll(
      (
        await client.download("code_artifact_version", {
          artifactId: withVersion.id,
          versionId: withVersion.versions[0].id,
        })
      ).stream,
    );
    expect(md5(bytes)).toBe(await source?.md5Hex());
  });
});
