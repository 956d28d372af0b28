import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Rec } from "@/lib/simulator/store/types";
import { all, demoStore, landmark, list, readAll, str } from "./helpers";

const md5 = (b: Buffer) => createHash("md5").update(b).digest("hex");

describe("content sources", () => {
  const s = demoStore();
  const messages = all(s.chatsByCreated()).flatMap((c) => all(s.messages(str(c, "id"))));
  const uploads = messages.flatMap((m) => (Array.isArray(m.files) ? list(m, "files") : []));

  it("streams uploaded files whose size and md5 match the metadata, in chunks of at most 64 KiB", async () => {
    const byType = new Map<string, Rec>();
    for (const f of uploads)
      if (!byType.has(str(f, "mime_type")) && Number(f.size_bytes) < 600_000) byType.set(str(f, "mime_type"), f);
    expect([...byType.keys()].sort()).toEqual(
      expect.arrayContaining([
        "application/pdf",
        "image/png",
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      ]),
    );
    for (const f of byType.values()) {
      const id = str(f, "id");
      const meta = s.file(id);
      const source = s.fileContent(id);
      if (!meta || !source) throw new Error(`missing ${id}`);
      const { bytes, maxChunk } = await readAll(source.stream());
      expect(bytes.length).toBe(meta.size_bytes);
      expect(source.sizeBytes).toBe(bytes.length);
      expect(maxChunk).toBeLessThanOrEqual(64 * 1024);
      expect(md5(bytes)).toBe(meta.md5);
      expect(await source.md5Hex()).toBe(meta.md5);
      expect(f.md5).toBe(meta.md5);
    }
  });

  it("makes the bytes look like their type at the header", async () => {
    const head = async (mime: string) => {
      const f = uploads.find((x) => x.mime_type === mime);
      const source = f ? s.fileContent(str(f, "id")) : undefined;
      if (!source) throw new Error(`no ${mime} upload`);
      return (await readAll(source.stream())).bytes;
    };
    expect((await head("application/pdf")).subarray(0, 8).toString("latin1")).toBe("%PDF-1.7");
    expect((await head("image/png")).subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(
      (await head("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .subarray(0, 4)
        .toString("latin1"),
    ).toBe("PK\x03\x04");
    expect((await head("text/csv")).toString("utf8").split("\n")[0]).toBe("date,cost_centre,item,amount");
  });

  it("streams a mid-size (>1 MB) file consistently across reads", async () => {
    const f = uploads.find((x) => Number(x.size_bytes) > 1_000_000 && Number(x.size_bytes) < 5_000_000);
    const source = f ? s.fileContent(str(f, "id")) : undefined;
    if (!f || !source) throw new Error("no mid-size upload");
    const [a, b] = [await readAll(source.stream()), await readAll(source.stream())];
    expect(a.bytes.length).toBe(f.size_bytes);
    expect(a.bytes.equals(b.bytes)).toBe(true);
    expect(md5(a.bytes)).toBe(await source.md5Hex());
  });

  it("reports the 1 GiB file's size without hashing it up front", () => {
    const big = s.fileContent(landmark(s, "big_file"));
    expect(big?.sizeBytes).toBe(1024 ** 3);
    expect(s.file(landmark(s, "big_file"))?.md5).toBeNull();
  });

  it("serves artifact versions as UTF-8 text: same id across revisions, new version id each", async () => {
    const artifacts = messages.flatMap((m) => (Array.isArray(m.artifacts) ? list(m, "artifacts") : []));
    const byId = new Map<string, string[]>();
    for (const a of artifacts) byId.set(str(a, "id"), [...(byId.get(str(a, "id")) ?? []), str(a, "version_id")]);
    expect([...byId.values()].some((v) => v.length >= 2 && new Set(v).size === v.length)).toBe(true);
    expect(new Set(artifacts.map((a) => a.artifact_type))).toEqual(
      new Set(["text/markdown", "application/vnd.ant.code", "text/html"]),
    );
    for (const a of artifacts.slice(0, 10)) {
      const meta = s.artifactVersion(str(a, "version_id"));
      const source = s.artifactContent(str(a, "version_id"));
      const { bytes } = await readAll(source?.stream() ?? []);
      expect(meta).toMatchObject({ id: a.id, version_id: a.version_id, size_bytes: bytes.length, md5: md5(bytes) });
      expect(bytes.toString("utf8")).toContain("evision");
    }
  });

  it("serves generated files and documents with matching md5 and size", async () => {
    const generated = messages.flatMap((m) => (Array.isArray(m.generated_files) ? list(m, "generated_files") : []));
    expect(generated.length).toBeGreaterThan(0);
    for (const g of generated.slice(0, 5)) {
      const meta = s.generatedFile(str(g, "id"));
      const { bytes } = await readAll(s.generatedFileContent(str(g, "id"))?.stream() ?? []);
      expect(meta).toMatchObject({ size_bytes: bytes.length, md5: md5(bytes) });
      expect(typeof meta?.claude_chat_id).toBe("string");
    }
    const project = all(s.projects())[0];
    const doc = all(s.projectAttachments(str(project, "id"))).find((a) => a.type === "project_doc");
    const full = s.document(str(doc ?? {}, "id"));
    const meta = s.documentMetadata(str(doc ?? {}, "id"));
    const text = Buffer.from(str(full ?? {}, "content"), "utf8");
    expect(meta).toMatchObject({
      size_bytes: text.length,
      md5: md5(text),
      mime_type: "text/plain",
      claude_project_id: project.id,
    });
  });
});
