import { createHash } from "node:crypto";
import type { ContentSource, Rec, SimStore } from "../../store/types";
import { type ApiError, notFound } from "../errors";
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

interface ContentKind {
  /** Catalogue ids of the metadata and the download endpoint, e.g. ["F1", "F2"]. */
  ids: readonly [string, string];
  /** Path up to the record id; the download is `{path}/{param}/content`. */
  path: string;
  param: string;
  meta(store: SimStore, id: string): Rec | undefined;
  content(store: SimStore, id: string): ContentSource | undefined;
  missing(id: string): ApiError;
  /** Only generated files name a missing body separately; the others answer as if the record were unknown. */
  missingContent?(id: string): ApiError;
  /** Chat uploads and generated files download as named attachments with Content-MD5; artifact versions do not. */
  attachment: boolean;
}

/** The metadata route and the download route of one kind: both 404 alike when the record is unknown. */
function contentKindRoutes(kind: ContentKind): Route[] {
  const template = `${kind.path}/{${kind.param}}`;
  const route = (id: string, path: string, handle: Route["handle"]): Route => ({
    id,
    method: "GET",
    template: path,
    scope: USER_DATA,
    query: {},
    handle,
  });
  const found = (store: SimStore, id: string): Rec => {
    const meta = kind.meta(store, id);
    if (!meta) throw kind.missing(id);
    return meta;
  };
  return [
    route(kind.ids[0], template, (ctx) => json(found(ctx.env.store, ctx.params[kind.param]))),
    route(kind.ids[1], `${template}/content`, (ctx) => {
      const id = ctx.params[kind.param];
      const meta = found(ctx.env.store, id);
      const source = kind.content(ctx.env.store, id);
      if (!source) throw (kind.missingContent ?? kind.missing)(id);
      const filename = kind.attachment ? (text(meta, "filename") ?? id) : undefined;
      return contentReply(meta, source, { filename, md5: kind.attachment });
    }),
  ];
}

export const contentRoutes: Route[] = [
  ...contentKindRoutes({
    ids: ["F1", "F2"],
    path: `${CHATS}/files`,
    param: "claude_file_id",
    meta: (store, id) => store.file(id),
    content: (store, id) => store.fileContent(id),
    missing: fileNotFound,
    attachment: true,
  }),
  ...contentKindRoutes({
    ids: ["GF1", "GF2"],
    path: `${CHATS}/generated-files`,
    param: "claude_gen_file_id",
    meta: (store, id) => store.generatedFile(id),
    content: (store, id) => store.generatedFileContent(id),
    missing: (id) => notFound(`Generated file not found: '${id}'`),
    missingContent: (id) => notFound(`Generated file content not found: '${id}'`),
    attachment: true,
  }),
  ...contentKindRoutes({
    ids: ["AR1", "AR2"],
    path: "/v1/compliance/apps/artifacts",
    param: "artifact_version_id",
    meta: (store, id) => store.artifactVersion(id),
    content: (store, id) => store.artifactContent(id),
    missing: (id) => notFound(`Artifact version not found: '${id}'`),
    attachment: false,
  }),
];
