import { z } from "zod";
import { idList, UpstreamId, UserRefDto } from "./common";

// Metadata shown before a download, and capped text previews.

/** The most text a preview route returns; longer content says `truncated` and is read in full by downloading. */
export const PREVIEW_MAX_BYTES = 1024 * 1024;

/**
 * What every stored file says about itself: a message's uploaded (`claude_file_…`) or generated (`claude_gen_file_…`)
 * file, F1/GF1 metadata, a project attachment, a document. Declared once; each of those extends it.
 */
export const FileRefDto = z.object({
  id: z.string(),
  filename: z.string().nullable(),
  /** null e.g. for code-interpreter outputs with nothing downloadable. */
  mimeType: z.string().nullable(),
  sizeBytes: z.number().nullable(),
  /** Lowercase hex; the download is verified against it (or the upstream's Content-MD5). */
  md5: z.string().nullable(),
  createdAt: z.string().nullable(),
});
export type FileRefDto = z.infer<typeof FileRefDto>;

/** F1 (uploaded file) or GF1 (assistant-generated file). */
export const FileMetaDto = FileRefDto.extend({
  kind: z.enum(["file", "generated_file"]),
  chatIds: z.array(z.string()),
  messageIds: z.array(z.string()),
  /** Relative URL of the streamed download. */
  downloadUrl: z.string(),
});
export type FileMetaDto = z.infer<typeof FileMetaDto>;

export const FileParams = z.object({ fileId: UpstreamId });
/**
 * `?preview=1` asks for the bytes to show inline as an image (a project attachment's preview): audited `file.preview`
 * rather than `file.download`, and refused for anything but PREVIEW_IMAGE_TYPES.
 */
export const FileContentQuery = z.object({ preview: z.literal("1").optional() });

/** The only types shown inline, as an <img> from our own route; everything else is a download. */
export const PREVIEW_IMAGE_TYPES: ReadonlySet<string> = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);
export const GeneratedFileParams = z.object({ generatedFileId: UpstreamId });
export const ArtifactParams = z.object({ versionId: UpstreamId });
export const DocumentParams = z.object({ documentId: UpstreamId });
export const CodeArtifactVersionParams = z.object({ artifactId: UpstreamId, versionId: UpstreamId });

/**
 * `?name=`: the version's title as CA1 listed it. CA2 names no file, so the download is saved as `<name>.<ext>`; the
 * name is sanitised like any upstream filename, and the audit entry still identifies the version by its ids.
 */
export const CodeArtifactContentQuery = z.object({ name: z.string().trim().min(1).max(500).optional() });

/** What Custody measured of one object's bytes the last time a download of it completed (any user). */
export const DownloadDigestDto = z.object({
  /** The id the download was audited under (file, generated file, artifact version, document, code artifact version). */
  id: z.string(),
  sha256: z.string(),
  md5: z.string(),
  bytes: z.number().int(),
  /** When that download completed. */
  at: z.string(),
});
export type DownloadDigestDto = z.infer<typeof DownloadDigestDto>;

/** The most ids one digest lookup takes (one batch of a page's download links). */
export const MAX_DIGEST_IDS = 50;
export const DownloadDigestsQuery = z.object({
  ids: idList(MAX_DIGEST_IDS, `at most ${MAX_DIGEST_IDS} ids per lookup`).pipe(
    z.array(UpstreamId).min(1, { error: "name at least one id" }),
  ),
});
/** Only the ids Custody has a completed download of are listed. */
export const DownloadDigestsDto = z.object({ items: z.array(DownloadDigestDto) });
export type DownloadDigestsDto = z.infer<typeof DownloadDigestsDto>;

/** An artifact version; one artifact `id` keeps its id across turns and gets a new `versionId` per revision. */
export const ArtifactRefDto = z.object({
  id: z.string(),
  versionId: z.string(),
  title: z.string().nullable(),
  /** e.g. "text/markdown", "application/vnd.ant.code". */
  type: z.string().nullable(),
});
export type ArtifactRefDto = z.infer<typeof ArtifactRefDto>;

/** AR1: one version of a chat artifact, as referenced from a message plus what the download needs. */
export const ArtifactVersionDto = ArtifactRefDto.extend({
  chatId: z.string().nullable(),
  createdAt: z.string().nullable(),
  md5: z.string().nullable(),
  sizeBytes: z.number().nullable(),
  downloadUrl: z.string(),
});
export type ArtifactVersionDto = z.infer<typeof ArtifactVersionDto>;

/** AR2 text for side-by-side display: at most PREVIEW_MAX_BYTES of UTF-8. */
export const ArtifactTextDto = z.object({
  versionId: z.string(),
  text: z.string(),
  truncated: z.boolean(),
  /** UTF-8 bytes in `text` (the whole version when not truncated). */
  bytesShown: z.number().int(),
  sizeBytes: z.number().nullable(),
});
export type ArtifactTextDto = z.infer<typeof ArtifactTextDto>;

/** D1 + D2: a project document's text (capped) with the metadata a reviewer needs. */
export const DocumentDto = FileRefDto.extend({
  projectId: z.string().nullable(),
  author: UserRefDto.nullable(),
  /** Documents are text: `text/plain` when D2 names no type. */
  mimeType: z.string(),
  text: z.string(),
  truncated: z.boolean(),
  downloadUrl: z.string(),
});
export type DocumentDto = z.infer<typeof DocumentDto>;

/** Relative URLs of the streamed downloads (shared so the browser never builds them by hand). */
export const contentUrl = {
  file: (fileId: string) => `/api/files/${encodeURIComponent(fileId)}/content`,
  filePreview: (fileId: string) => `/api/files/${encodeURIComponent(fileId)}/content?preview=1`,
  generatedFile: (id: string) => `/api/generated-files/${encodeURIComponent(id)}/content`,
  artifact: (versionId: string) => `/api/artifacts/${encodeURIComponent(versionId)}/content`,
  document: (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/content`,
  /** With the version's title, so the file is saved under it (see CodeArtifactContentQuery). */
  codeArtifactVersion: (artifactId: string, versionId: string, name?: string | null) =>
    `/api/code-artifacts/${encodeURIComponent(artifactId)}/versions/${encodeURIComponent(versionId)}/content${name ? `?name=${encodeURIComponent(name)}` : ""}`,
};
