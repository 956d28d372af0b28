import "server-only";
import { ComplianceArgumentError, type IntegrityError } from "../errors";
import { getArtifactVersion, getDocument, getDocumentMetadata, getFile, getGeneratedFile } from "../endpoints/content";
import { V1, type CallOptions, type EndpointContext } from "../endpoints/context";
import { requireId } from "../args";
import { seg } from "../query";
import { filenameFromDisposition, md5HexFromHeader } from "./headers";
import { byteSource, CHUNK_BYTES, verifiedBytesStream, verifyingStream, type Expected } from "./verifying-stream";

export type DownloadKind = "file" | "generated_file" | "artifact" | "document" | "code_artifact_version";
/** Code artifact versions are addressed by two ids; everything else by one. */
export type DownloadTarget = string | { artifactId: string; versionId: string };

export interface DownloadResult {
  /** The upstream body, verified as it flows: errors with IntegrityError if short or corrupt. */
  stream: ReadableStream<Uint8Array>;
  filename: string | null;
  contentType: string | null;
  /** Expected length from the metadata, null when the API doesn't say. */
  sizeBytes: number | null;
  /** Expected MD5 (lowercase hex): `Content-MD5` when sent, else the metadata's. */
  md5: string | null;
}

export interface DownloadOptions extends CallOptions {
  onIntegrityError?(error: IntegrityError): void;
}

interface Meta extends Expected {
  filename: string | null;
  contentType: string | null;
}

async function fetchMeta(
  ctx: EndpointContext,
  kind: DownloadKind,
  target: DownloadTarget,
  opts: CallOptions,
): Promise<Meta> {
  const id = typeof target === "string" ? target : "";
  switch (kind) {
    case "file": {
      const m = await getFile(ctx, id, opts);
      return {
        sizeBytes: m.size_bytes ?? null,
        md5: m.md5 ?? null,
        filename: m.filename ?? null,
        contentType: m.mime_type ?? null,
      };
    }
    case "generated_file": {
      const m = await getGeneratedFile(ctx, id, opts);
      return {
        sizeBytes: m.size_bytes ?? null,
        md5: m.md5 ?? null,
        filename: m.filename ?? null,
        contentType: m.mime_type ?? null,
      };
    }
    case "artifact": {
      const m = await getArtifactVersion(ctx, id, opts);
      return {
        sizeBytes: m.size_bytes ?? null,
        md5: m.md5 ?? null,
        filename: m.title ?? null,
        contentType: m.artifact_type ?? null,
      };
    }
    case "document": {
      const m = await getDocumentMetadata(ctx, id, opts);
      return {
        sizeBytes: m.size_bytes ?? null,
        md5: m.md5 ?? null,
        filename: m.filename ?? null,
        contentType: m.mime_type ?? "text/plain",
      };
    }
    case "code_artifact_version":
      // No metadata endpoint: only Content-MD5 (when sent) can vouch for these bytes.
      return { sizeBytes: null, md5: null, filename: null, contentType: null };
  }
}

function contentPath(kind: Exclude<DownloadKind, "document">, target: DownloadTarget): { route: string; path: string } {
  if (kind === "code_artifact_version") {
    if (typeof target === "string")
      throw new ComplianceArgumentError("target", "code artifact versions need { artifactId, versionId }");
    const base = `${V1}/apps/code/artifacts`;
    return {
      route: `GET ${base}/{artifact_id}/versions/{version_id}`,
      path: `${base}/${seg(requireId("artifactId", target.artifactId))}/versions/${seg(requireId("versionId", target.versionId))}`,
    };
  }
  if (typeof target !== "string") throw new ComplianceArgumentError("target", `${kind} downloads take a single id`);
  const base = {
    file: `${V1}/apps/chats/files`,
    generated_file: `${V1}/apps/chats/generated-files`,
    artifact: `${V1}/apps/artifacts`,
  }[kind];
  const param = { file: "{claude_file_id}", generated_file: "{claude_gen_file_id}", artifact: "{artifact_version_id}" }[
    kind
  ];
  return { route: `GET ${base}/${param}/content`, path: `${base}/${seg(requireId("id", target))}/content` };
}

/**
 * Streams one object's bytes end to end (F2, GF2, AR2, CA2; D1's text). Failures before the
 * first byte are retried like any GET; after that, a cut or corrupt transfer surfaces as an
 * IntegrityError on the stream (use `downloadVerified` to retry whole downloads).
 */
export async function download(
  ctx: EndpointContext,
  kind: DownloadKind,
  target: DownloadTarget,
  opts: DownloadOptions = {},
): Promise<DownloadResult> {
  const meta = await fetchMeta(ctx, kind, target, opts);
  if (kind === "document") {
    // D1 is JSON with the text inline; hash its UTF-8 bytes against D2's metadata.
    const doc = await getDocument(ctx, typeof target === "string" ? target : "", opts);
    const bytes = new TextEncoder().encode(doc.content);
    return {
      stream: verifiedBytesStream(bytes, meta, opts.onIntegrityError),
      filename: doc.filename ?? meta.filename,
      contentType: "text/plain; charset=utf-8",
      sizeBytes: meta.sizeBytes,
      md5: meta.md5,
    };
  }
  const { route, path } = contentPath(kind, target);
  const timeoutMs = opts.timeoutMs ?? ctx.http.timeoutMs;
  return ctx.http.send(
    {
      method: "GET",
      route,
      path,
      key: "access",
      signal: opts.signal,
      deadlineMs: opts.deadlineMs,
      maxRetries: opts.maxRetries,
      timeoutMs: opts.timeoutMs,
      stream: true,
    },
    async (attempt) => {
      const { response } = attempt;
      const headerMd5 = md5HexFromHeader(response.headers.get("content-md5"));
      // Content-MD5 is authoritative over the metadata's md5 when both exist (§5.11).
      const expected: Expected = { sizeBytes: meta.sizeBytes, md5: headerMd5 ?? meta.md5 };
      const filename = filenameFromDisposition(response.headers.get("content-disposition")) ?? meta.filename;
      const contentType = response.headers.get("content-type") ?? meta.contentType;
      if (kind === "artifact" && contentType?.startsWith("application/json")) {
        // AR2's form is undocumented (§5.13): accept a `{ content }` wrapper too; artifacts are small text.
        const body: unknown = await response.json();
        const text =
          typeof body === "object" && body !== null && "content" in body && typeof body.content === "string"
            ? body.content
            : "";
        return {
          stream: verifiedBytesStream(new TextEncoder().encode(text), expected, opts.onIntegrityError),
          filename,
          contentType: "text/plain; charset=utf-8",
          sizeBytes: expected.sizeBytes,
          md5: expected.md5,
        };
      }
      if (!response.body) throw new Error("response has no body");
      const source = byteSource(response.body);
      // Reading the first chunk inside the retry loop means a transfer that dies before any byte
      // is handed out is retried like any failed GET.
      const first = await source.read(new Uint8Array(CHUNK_BYTES));
      attempt.disarmTimeout();
      const stream = verifyingStream({
        source,
        firstChunk: first.done ? null : first.value,
        sourceDone: first.done,
        expected,
        idleTimeoutMs: timeoutMs,
        abort: attempt.abort,
        onIntegrityError: opts.onIntegrityError,
      });
      return { stream, filename, contentType, sizeBytes: expected.sizeBytes, md5: expected.md5 };
    },
  );
}
