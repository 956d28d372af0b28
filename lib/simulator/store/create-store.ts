import { defaultNow } from "../data/time";
import { activityFeed } from "./activities";
import { BIG_FILE_BYTES, MAX_BIG_FILE_BYTES } from "./attachments";
import { hashLargeContent } from "./background-md5";
import { chatIndexOf, chatViews } from "./chats";
import { codeArtifactViews } from "./code-artifacts";
import { makeCodecs, type Ctx } from "./context";
import { buildDemoPlan } from "./demo-plan";
import { buildDirectory, orgIndexOf, PARENT_NAME } from "./directory";
import { applyDirectoryChange } from "./directory-changes";
import { directoryViews } from "./directory-views";
import {
  artifactRecord,
  contentOf,
  documentRecords,
  fileRecord,
  findArtifactVersion,
  findDocument,
  findFile,
  findGenerated,
  generatedRecord,
} from "./files";
import { buildLargePlan } from "./large-plan";
import { computeLandmarks } from "./landmarks";
import { localSessionViews } from "./local-sessions";
import { buildProjectMetas } from "./project-plan";
import { projectIndexOf, projectViews } from "./projects";
import { remoteSessionViews } from "./remote-sessions";
import { settingsRecord } from "./settings";
import { countTotals } from "./totals";
import type { CreateStoreOptions, SimStore } from "./types";
import { makeWorld } from "./world";

function checkBigFileBytes(value: number | undefined): number {
  if (value === undefined) return BIG_FILE_BYTES;
  if (!Number.isInteger(value) || value <= 0 || value > MAX_BIG_FILE_BYTES) {
    throw new RangeError(
      `bigFileBytes must be a positive integer of at most ${MAX_BIG_FILE_BYTES} (8 GiB), got ${value}`,
    );
  }
  return value;
}

function startHashing(ctx: Ctx, signal: AbortSignal | undefined): void {
  hashLargeContent(ctx, signal).catch((err: unknown) => {
    if (signal?.aborted) return; // closed before it finished: nothing left to do
    // Not fatal: the md5 just stays null, as the reference allows; say why rather than crash the simulator.
    process.emitWarning(`simulator: background md5 failed: ${err instanceof Error ? err.message : String(err)}`);
  });
}

/**
 * The simulator's data: deterministic from (seed, profile, now). The demo profile is "Westeros Inc"
 * (~40 users, ~420 chats, landmarks for tests); the large profile computes 1,000,000 chats and
 * 10,000,000 messages from their indices on demand. With `hashLargeContent`, objects too big to hash on demand get
 * their md5 in the background (see background-md5.ts).
 */
export function createStore(opts: CreateStoreOptions): SimStore {
  const bigFileBytes = checkBigFileBytes(opts.bigFileBytes);
  const world = makeWorld(opts.profile, opts.seed, opts.now ?? defaultNow());
  const dir = buildDirectory(world);
  const codecs = makeCodecs(world.seed);
  const projects = buildProjectMetas(world, dir);
  const plan =
    opts.profile === "demo"
      ? buildDemoPlan(world, dir, projects, (g) => codecs.chat.make(g), bigFileBytes)
      : buildLargePlan(world, dir, projects);
  const ctx: Ctx = {
    world,
    dir,
    codecs,
    plan,
    projects,
    md5: new Map(),
    generated: new Map(),
    deleted: { chats: new Set(), files: new Set(), projects: new Set(), docs: new Set(), codeArtifacts: new Set() },
  };
  if (opts.hashLargeContent) startHashing(ctx, opts.signal);
  const directory = directoryViews(dir);
  const chats = chatViews(ctx);
  const projectView = projectViews(ctx);
  const local = localSessionViews(ctx);
  const remote = remoteSessionViews(ctx);
  const code = codeArtifactViews(ctx);
  const feed = activityFeed(ctx);
  let landmarks: Record<string, string | string[]> | undefined;

  return {
    profile: world.profile,
    seed: world.seed,
    now: new Date(world.nowMs),
    parentName: PARENT_NAME,
    ...directory,
    settings(orgUuid) {
      const org = orgIndexOf(dir, orgUuid);
      return org < 0 ? undefined : settingsRecord(world, dir, org);
    },
    changeDirectory(change) {
      const { record, activities } = applyDirectoryChange(dir, change, feed.stamp());
      for (const a of activities) feed.append(a);
      return record;
    },
    activities: () => feed.collection(),
    appendActivity(activity) {
      feed.append(activity);
    },
    ...chats,
    deleteChat(chatId) {
      const g = chatIndexOf(ctx, chatId);
      if (g === undefined) return false;
      // Its messages and their files, generated files and artifacts go with it (getters check the chat).
      ctx.deleted.chats.add(g);
      return true;
    },
    file(fileId) {
      const f = findFile(ctx, fileId);
      return f ? fileRecord(ctx, f) : undefined;
    },
    fileContent: (fileId) => contentOf(findFile(ctx, fileId)?.desc),
    deleteFile(fileId) {
      if (!findFile(ctx, fileId)) return false;
      ctx.deleted.files.add(fileId);
      return true;
    },
    generatedFile(genFileId) {
      const x = findGenerated(ctx, genFileId);
      return x ? generatedRecord(ctx, x) : undefined;
    },
    generatedFileContent: (genFileId) => contentOf(findGenerated(ctx, genFileId)?.desc),
    artifactVersion(versionId) {
      const x = findArtifactVersion(ctx, versionId);
      return x ? artifactRecord(ctx, x) : undefined;
    },
    artifactContent: (versionId) => contentOf(findArtifactVersion(ctx, versionId)?.desc),
    ...projectView,
    deleteProject(projectId) {
      const p = projectIndexOf(ctx, projectId);
      // Upstream refuses (409) while chats are attached; the store refuses too rather than orphan them.
      if (p === undefined || projectView.projectChatIds(projectId).length > 0) return false;
      ctx.deleted.projects.add(p);
      return true;
    },
    document(documentId) {
      const d = findDocument(ctx, documentId);
      return d ? documentRecords(ctx, d).full : undefined;
    },
    documentMetadata(documentId) {
      const d = findDocument(ctx, documentId);
      return d ? documentRecords(ctx, d).meta : undefined;
    },
    deleteDocument(documentId) {
      if (!findDocument(ctx, documentId)) return false;
      ctx.deleted.docs.add(documentId);
      return true;
    },
    ...local,
    ...remote,
    codeArtifacts: code.codeArtifacts,
    codeArtifact: code.codeArtifact,
    codeArtifactVersionContent: code.codeArtifactVersionContent,
    deleteCodeArtifact: code.deleteCodeArtifact,
    landmarks() {
      landmarks ??= computeLandmarks(ctx);
      return structuredClone(landmarks);
    },
    totals: () =>
      countTotals(ctx, {
        activities: feed.collection().size,
        codeArtifacts: code.liveCount(),
        localSessions: local.localSessions().size,
        remoteSessions: remote.remoteSessions().size,
      }),
  };
}
