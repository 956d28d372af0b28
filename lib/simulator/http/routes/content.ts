import { createHash } from "node:crypto";
import type { ContentSource, Rec } from "../../store/types";
import { notFound } from "../errors";
import { attachmentDisposition, contentMd5 } from "../content/disposition";
import { json, text, type Reply, type Route } from "../route";

const USER_DATA = "read:compliance_user_data";
const CHATS = "/v1/compliance/apps/chats";

/**
 * The upstream's file 404 echoes its internal UUID rather than the `claude_file_…` id (reference §5.11); we derive a
 * stable one so clients see the same shape.
 */
export function internalFileUuid(fileId: string): string {
  const h = createHash("sha256").update(`file:${fileId}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const fileNotFound = (fileId: string) => notFound(`File not found: ${internalFileUuid(fileId)}`);

interface ContentOptions {
  /** Filename for `Content-Disposition` (F2/GF2 only). */
  filename?: string;
  md5: boolean;
}

/** Objects above this are never hashed on the request path: a 1 GiB download must start at once. */
const HASH_ON_REQUEST_MAX = 64 * 1024 * 1024;

async function md5Header(meta: Rec, source: ContentSource): Promise<string | undefined> {
  const known = text(meta, "md5");
  if (known && /^[0-9a-f]{32}$/.test(known)) return contentMd5(known);
  if (source.sizeBytes <= HASH_ON_REQUEST_MAX) return contentMd5(await source.md5Hex());
  return undefined; // upstream, too, only sends Content-MD5 when it has one (reference §5.18)
}

export async function contentReply(meta: Rec, source: ContentSource, opts: ContentOptions): Promise<Reply> {
  const headers: Record<string, string> = {
    "content-type": source.mimeType || text(meta, "mime_type") || "application/octet-stream",
  };
  if (opts.filename !== undefined) headers["content-disposition"] = attachmentDisposition(opts.filename);
  const md5 = opts.md5 ? await md5Header(meta, source) : undefined;
  if (md5) headers["content-md5"] = md5;
  return { kind: "content", source, headers };
}

export const contentRoutes: Route[] = [
  {
    id: "F1",
    method: "GET",
    template: `${CHATS}/files/{claude_file_id}`,
    scope: USER_DATA,
    access: "read",
    query: {},
    handle: (ctx) => {
      const meta = ctx.env.store.file(ctx.params.claude_file_id);
      if (!meta) throw fileNotFound(ctx.params.claude_file_id);
      return json(meta);
    },
  },
  {
    id: "F2",
    method: "GET",
    template: `${CHATS}/files/{claude_file_id}/content`,
    scope: USER_DATA,
    access: "read",
    query: {},
    handle: (ctx) => {
      const id = ctx.params.claude_file_id;
      const meta = ctx.env.store.file(id);
      const source = meta ? ctx.env.store.fileContent(id) : undefined;
      if (!meta || !source) throw fileNotFound(id);
      return contentReply(meta, source, { filename: text(meta, "filename") ?? id, md5: true });
    },
  },
  {
    id: "GF1",
    method: "GET",
    template: `${CHATS}/generated-files/{claude_gen_file_id}`,
    scope: USER_DATA,
    access: "read",
    query: {},
    handle: (ctx) => {
      const id = ctx.params.claude_gen_file_id;
      const meta = ctx.env.store.generatedFile(id);
      if (!meta) throw notFound(`Generated file not found: '${id}'`);
      return json(meta);
    },
  },
  {
    id: "GF2",
    method: "GET",
    template: `${CHATS}/generated-files/{claude_gen_file_id}/content`,
    scope: USER_DATA,
    access: "read",
    query: {},
    handle: (ctx) => {
      const id = ctx.params.claude_gen_file_id;
      const meta = ctx.env.store.generatedFile(id);
      if (!meta) throw notFound(`Generated file not found: '${id}'`);
      const source = ctx.env.store.generatedFileContent(id);
      if (!source) throw notFound(`Generated file content not found: '${id}'`);
      return contentReply(meta, source, { filename: text(meta, "filename") ?? id, md5: true });
    },
  },
  {
    id: "AR1",
    method: "GET",
    template: "/v1/compliance/apps/artifacts/{artifact_version_id}",
    scope: USER_DATA,
    access: "read",
    query: {},
    handle: (ctx) => {
      const id = ctx.params.artifact_version_id;
      const meta = ctx.env.store.artifactVersion(id);
      if (!meta) throw notFound(`Artifact version not found: '${id}'`);
      return json(meta);
    },
  },
  {
    id: "AR2",
    method: "GET",
    template: "/v1/compliance/apps/artifacts/{artifact_version_id}/content",
    scope: USER_DATA,
    access: "read",
    query: {},
    handle: (ctx) => {
      const id = ctx.params.artifact_version_id;
      const meta = ctx.env.store.artifactVersion(id);
      const source = meta ? ctx.env.store.artifactContent(id) : undefined;
      if (!meta || !source) throw notFound(`Artifact version not found: '${id}'`);
      return contentReply(meta, source, { md5: false });
    },
  },
];
