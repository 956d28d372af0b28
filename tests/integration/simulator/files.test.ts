import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  call,
  expectApiError,
  getOk,
  landmarkId,
  landmarkIds,
  startTestSimulator,
  type Sim,
} from "../../support/simulator";
import { artifactVersions, generatedFileIds, smallFiles } from "./support/discover";
import { expectChunked, expectContentMd5, expectDisposition, readDownload, readPrefix } from "./support/download";
import { ArtifactVersionMeta, FileMeta, GeneratedFileMeta } from "./support/schemas";

// F1–F2, GF1–GF2, AR1–AR2 (reference §5.11–§5.13): metadata and the bytes behind it.

const FILES = "/v1/compliance/apps/chats/files";
const GEN = "/v1/compliance/apps/chats/generated-files";
const ARTS = "/v1/compliance/apps/artifacts";
const GIB = 1024 * 1024 * 1024;

let sim: Sim;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => sim?.close());

describe("uploaded files (F1, F2)", () => {
  it("serves metadata whose md5 and size match the streamed bytes", async () => {
    const files = smallFiles(sim.store, 4);
    expect(files.length).toBeGreaterThan(0);
    for (const { fileId, chatId } of files) {
      const meta = await getOk(sim, `${FILES}/${fileId}`, FileMeta);
      expect(meta.id).toBe(fileId);
      expect(meta.claude_chat_ids).toContain(chatId);
      expect(meta.message_ids.length).toBeGreaterThan(0);
      const dl = await readDownload(await call(sim, `${FILES}/${fileId}/content`));
      expect(dl.status).toBe(200);
      expect(dl.bytes.length).toBe(meta.size_bytes);
      expect(dl.md5Hex).toBe(meta.md5);
      expectChunked(dl.headers);
      expect(dl.headers.get("content-type")?.split(";")[0]).toBe(meta.mime_type);
      expectDisposition(dl.headers, meta.filename ?? "");
      expectContentMd5(dl.headers, dl.md5Hex);
    }
  });

  it("percent-encodes hostile filenames so they cannot break the header", async () => {
    const hostile = landmarkIds(sim.store, "hostile_files");
    expect(hostile.length).toBeGreaterThan(0);
    const names: string[] = [];
    for (const fileId of hostile) {
      const meta = await getOk(sim, `${FILES}/${fileId}`, FileMeta);
      names.push(meta.filename ?? "");
      const dl = await readDownload(await call(sim, `${FILES}/${fileId}/content`));
      expect(dl.status).toBe(200);
      expectDisposition(dl.headers, meta.filename ?? "");
      expect(dl.md5Hex).toBe(meta.md5);
    }
    // The seeded set really is hostile: line breaks, quotes, traversal and non-ASCII among the names.
    expect(names.some((n) => /[\r\n]/.test(n))).toBe(true);
    expect(names.some((n) => n.includes('"'))).toBe(true);
    expect(names.some((n) => n.includes("../"))).toBe(true);
    expect(names.some((n) => /[^\x00-\x7f]/.test(n))).toBe(true);
  });

  it("reports the 1 GiB file's size and starts streaming it at once", async () => {
    const bigId = landmarkId(sim.store, "big_file");
    const meta = await getOk(sim, `${FILES}/${bigId}`, FileMeta);
    expect(meta.size_bytes).toBe(GIB);
    const res = await call(sim, `${FILES}/${bigId}/content`);
    expect(res.status).toBe(200);
    expectChunked(res.headers);
    if (meta.md5 !== null && res.headers.get("content-md5") !== null) expectContentMd5(res.headers, meta.md5);
    expect(await readPrefix(res, 1024 * 1024)).toBeGreaterThanOrEqual(1024 * 1024);
  });

  it("answers 404 echoing an internal UUID, not the claude_file id", async () => {
    for (const path of [`${FILES}/claude_file_doesnotexist`, `${FILES}/claude_file_doesnotexist/content`]) {
      const msg = await expectApiError(
        await call(sim, path),
        404,
        "not_found_error",
        /^File not found: [0-9a-f-]{36}$/i,
      );
      expect(msg).not.toContain("claude_file_");
    }
  });
});

describe("generated files (GF1, GF2)", () => {
  it("serves metadata and bytes that agree", async () => {
    const ids = generatedFileIds(sim.store, 3);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const meta = await getOk(sim, `${GEN}/${id}`, GeneratedFileMeta);
      expect(meta.id).toBe(id);
      expect(sim.store.chat(meta.claude_chat_id)).toBeDefined();
      const dl = await readDownload(await call(sim, `${GEN}/${id}/content`));
      expect(dl.status).toBe(200);
      expect(dl.bytes.length).toBe(meta.size_bytes);
      expect(dl.md5Hex).toBe(meta.md5);
      expectChunked(dl.headers);
      expect(dl.headers.get("content-type")?.split(";")[0]).toBe(meta.mime_type);
      expectDisposition(dl.headers, meta.filename);
      expectContentMd5(dl.headers, dl.md5Hex);
    }
  });

  it("answers 404 with the documented message", async () => {
    const id = "claude_gen_file_doesnotexist";
    await expectApiError(await call(sim, `${GEN}/${id}`), 404, "not_found_error", `Generated file not found: '${id}'`);
    await expectApiError(
      await call(sim, `${GEN}/${id}/content`),
      404,
      "not_found_error",
      /^Generated file (content )?not found: /,
    );
  });
});

describe("artifacts (AR1, AR2)", () => {
  it("keeps the artifact id across versions and serves each version's text", async () => {
    const versions = artifactVersions(sim.store);
    const revised = [...versions].find(([, v]) => v.length >= 2);
    expect(revised, "an artifact revised across turns").toBeDefined();
    const [artifactId, versionIds] = revised ?? ["", []];
    for (const versionId of versionIds) {
      const meta = await getOk(sim, `${ARTS}/${versionId}`, ArtifactVersionMeta);
      expect(meta.id).toBe(artifactId);
      expect(meta.version_id).toBe(versionId);
      const dl = await readDownload(await call(sim, `${ARTS}/${versionId}/content`));
      expect(dl.status).toBe(200);
      expect(dl.bytes.length).toBe(meta.size_bytes);
      expect(dl.md5Hex).toBe(meta.md5);
      expect(dl.headers.get("content-type")).toMatch(/\S/);
      expectChunked(dl.headers);
    }
  });

  it("wants the version id: the artifact id or an unknown one is a 404", async () => {
    const [artifactId] = [...artifactVersions(sim.store).keys()];
    for (const id of [artifactId, "claude_artifact_version_doesnotexist"]) {
      await expectApiError(
        await call(sim, `${ARTS}/${id}`),
        404,
        "not_found_error",
        `Artifact version not found: '${id}'`,
      );
      await expectApiError(
        await call(sim, `${ARTS}/${id}/content`),
        404,
        "not_found_error",
        `Artifact version not found: '${id}'`,
      );
    }
  });
});
