import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArtifactTextDto, ArtifactVersionDto, DownloadDigestsDto, FileMetaDto } from "@/lib/schemas/investigate";
import {
  artifactContentRoute,
  artifactTextRoute,
  artifactVersionRoute,
  codeArtifactContentRoute,
  downloadDigestsRoute,
  fileContentRoute,
  fileMetaRoute,
  generatedFileContentRoute,
} from "@/lib/server/files/routes";
import { allRecords, landmarkIds } from "@/tests/support/simulator";
import { findInCustodianMessages, parseDisposition } from "./support/finders";
import { detail, errorOf, okJson, startInvestigation, type Investigation } from "./support/harness";

const md5 = (bytes: ArrayBuffer) => createHash("md5").update(Buffer.from(bytes)).digest("hex");
const sha256 = (bytes: ArrayBuffer) => createHash("sha256").update(Buffer.from(bytes)).digest("hex");
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

describe("streamed downloads", () => {
  let t: Investigation;
  beforeAll(async () => {
    t = await startInvestigation();
  });
  afterAll(async () => t?.close());

  const fileContent = (fileId: string) => t.call(fileContentRoute, `/api/files/${fileId}/content`, { fileId });

  it("streams a custodian's upload whose bytes hash to the MD5 the metadata route announced", async () => {
    const file = findInCustodianMessages(
      t.store,
      "files",
      (f) => typeof f.size_bytes === "number" && f.size_bytes < 5_000_000,
    );
    const fileId = String(file.id);
    const meta = await okJson(await t.call(fileMetaRoute, `/api/files/${fileId}`, { fileId }), FileMetaDto);
    expect(meta).toMatchObject({ id: fileId, sizeBytes: file.size_bytes, downloadUrl: `/api/files/${fileId}/content` });
    expect(meta.md5).toMatch(/^[0-9a-f]{32}$/);

    const res = await fileContent(fileId);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-security-policy")).toBe("sandbox");
    const bytes = await res.arrayBuffer();
    expect(bytes.byteLength).toBe(meta.sizeBytes);
    expect(md5(bytes)).toBe(meta.md5);

    const entries = (await t.auditOf()).filter((e) => e.action === "file.download");
    expect(entries.slice(-2)).toMatchObject([
      { outcome: "success", targets: [{ type: "file", id: fileId }], details: { stage: "started", md5: meta.md5 } },
      {
        outcome: "success",
        targets: [{ type: "file", id: fileId }],
        details: { stage: "completed", md5: meta.md5, bytes: meta.sizeBytes, sha256: sha256(bytes) },
      },
    ]);
    expect(entries.at(-2)?.purpose).toMatchObject({ id: t.purpose.id, reference: "CASE-2026-042" });

    // The digest route gives the SHA-256 Custody measured, and nothing for an object never downloaded.
    const never = findInCustodianMessages(t.store, "files", (f) => String(f.id) !== fileId);
    const ids = `${fileId},${String(never.id)}`;
    const digests = await okJson(
      await t.call(downloadDigestsRoute, `/api/downloads/digests?ids=${ids}`),
      DownloadDigestsDto,
    );
    expect(digests.items).toEqual([
      { id: fileId, sha256: sha256(bytes), md5: meta.md5, bytes: meta.sizeBytes, at: entries.at(-1)?.at.toISOString() },
    ]);
  });

  it("names a code artifact version's download after its title, with the extension of its type", async () => {
    const artifact = allRecords(t.store.codeArtifacts()).find((a) => {
      const v = Array.isArray(a.versions) ? a.versions : [];
      return v.length > 0 && !String(JSON.stringify(v)).includes("<");
    });
    if (!artifact || !Array.isArray(artifact.versions)) throw new Error("no code artifact");
    const artifactId = String(artifact.id);
    const version = artifact.versions[0] as { id: string; name: string };
    const path = `/api/code-artifacts/${artifactId}/versions/${version.id}/content`;
    const params = { artifactId, versionId: version.id };
    const named = await t.call(codeArtifactContentRoute, `${path}?name=${encodeURIComponent(version.name)}`, params);
    expect(parseDisposition(named.headers.get("content-disposition") ?? "").utf8).toBe(`${version.name}.html`);
    await named.arrayBuffer();
    // A path walk and a right-to-left override are cleaned out of the name; CR/LF never reach it (the wrapper
    // refuses control characters in every input, issue 10 §5).
    const hostile = await t.call(codeArtifactContentRoute, `${path}?name=${encodeURIComponent("../a\u202eb")}`, params);
    expect(parseDisposition(hostile.headers.get("content-disposition") ?? "").utf8).toBe("ab.html");
    await hostile.arrayBuffer();
    const split = await t.call(codeArtifactContentRoute, `${path}?name=${encodeURIComponent("a\r\nb")}`, params);
    expect(split.status).toBe(422);
    expect(((await split.json()) as { error: { fields: Record<string, unknown> } }).error.fields).toHaveProperty(
      "name",
    );
    const unnamed = await t.call(codeArtifactContentRoute, path, params);
    expect(parseDisposition(unnamed.headers.get("content-disposition") ?? "").utf8).toBe(`file-${version.id}.html`);
    await unnamed.arrayBuffer();
  });

  it("streams a generated file and verifies it the same way", async () => {
    const gen = findInCustodianMessages(t.store, "generated_files");
    const id = String(gen.id);
    const res = await t.call(generatedFileContentRoute, `/api/generated-files/${id}/content`, { generatedFileId: id });
    expect(res.status).toBe(200);
    const bytes = await res.arrayBuffer();
    expect(md5(bytes)).toBe(t.store.generatedFile(id)?.md5);
  });

  it("gives every hostile filename a safe Content-Disposition and keeps the declared type", async () => {
    for (const fileId of landmarkIds(t.store, "hostile_files")) {
      const res = await fileContent(fileId);
      expect(res.status).toBe(200);
      const header = res.headers.get("content-disposition") ?? "";
      expect(header).not.toMatch(/[\r\n]/);
      const { ascii, utf8 } = parseDisposition(header);
      for (const name of [ascii, utf8]) {
        expect(name).not.toMatch(/["\\/]/);
        expect(name).not.toContain("..");
        expect(name).not.toMatch(INVISIBLE);
        expect(name).not.toMatch(/[\u0000-\u001f]/);
      }
      expect(ascii).toMatch(/^[\x20-\x7e]+$/);
      expect(res.headers.get("content-type")).toBe(t.store.file(fileId)?.mime_type);
      await res.arrayBuffer();
    }
    const byName = new Map(landmarkIds(t.store, "hostile_files").map((id) => [String(t.store.file(id)?.filename), id]));
    const nameOf = async (raw: string) =>
      parseDisposition((await fileContent(byName.get(raw) ?? "")).headers.get("content-disposition") ?? "");
    expect((await nameOf("Résumé – 履歴書.pdf")).utf8).toBe("Résumé – 履歴書.pdf");
    expect((await nameOf("invoice\u202Efdp.exe")).utf8).toBe("invoicefdp.exe");
    expect((await nameOf("../../etc/passwd")).utf8).toBe("etc_passwd");
  });

  it("errors the response body when the upstream cuts the transfer, and audits the failure", async () => {
    const cut = await startInvestigation({ truncateRate: 1 });
    try {
      const file = findInCustodianMessages(
        cut.store,
        "files",
        (f) => typeof f.size_bytes === "number" && f.size_bytes > 10_000 && f.size_bytes < 5_000_000,
      );
      const fileId = String(file.id);
      const res = await cut.call(fileContentRoute, `/api/files/${fileId}/content`, { fileId });
      expect(res.status).toBe(200);
      await expect(res.arrayBuffer()).rejects.toThrow();
      await expect
        .poll(async () =>
          (await cut.auditOf()).filter((e) => e.action === "file.download").map((e) => [e.outcome, detail(e, "stage")]),
        )
        .toEqual([
          ["success", "started"],
          ["failure", "streaming"],
        ]);
    } finally {
      await cut.close();
    }
  });

  it("shows artifact versions as metadata and capped text, and downloads them", async () => {
    const art = findInCustodianMessages(t.store, "artifacts");
    const versionId = String(art.version_id);
    const meta = await okJson(
      await t.call(artifactVersionRoute, `/api/artifacts/${versionId}`, { versionId }),
      ArtifactVersionDto,
    );
    expect(meta).toMatchObject({ id: art.id, versionId, chatId: art.chatId });
    const text = await okJson(
      await t.call(artifactTextRoute, `/api/artifacts/${versionId}/text`, { versionId }),
      ArtifactTextDto,
    );
    expect(text.truncated).toBe(false);
    expect(createHash("md5").update(text.text, "utf8").digest("hex")).toBe(meta.md5);
    const res = await t.call(artifactContentRoute, `/api/artifacts/${versionId}/content`, { versionId });
    expect(md5(await res.arrayBuffer())).toBe(meta.md5);
    expect((await t.auditOf()).filter((e) => e.action === "artifact.view").map((e) => detail(e, "part"))).toEqual([
      "metadata",
      "text",
    ]);
  });

  it("maps a missing file to 404, and refuses downloads without a purpose (428) or for an auditor (403)", async () => {
    expect(await errorOf(await fileContent("claude_file_missing000000"))).toMatchObject({
      status: 404,
      code: "not_found",
    });
    const fileId = landmarkIds(t.store, "hostile_files")[0];
    t.as.analystWithoutPurpose();
    expect((await errorOf(await fileContent(fileId))).status).toBe(428);
    t.as.auditor();
    expect((await errorOf(await fileContent(fileId))).status).toBe(403);
    t.as.analyst();
    const denied = (await t.auditOf(t.auditor.id)).filter((e) => e.action === "file.download");
    expect(denied.map((e) => e.outcome)).toEqual(["denied"]);
  });
});
