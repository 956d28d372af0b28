import "server-only";
import type { DownloadKind } from "@/lib/compliance";
import {
  ArtifactParams,
  CodeArtifactContentQuery,
  CodeArtifactVersionParams,
  DocumentParams,
  DownloadDigestsQuery,
  FileContentQuery,
  FileParams,
  GeneratedFileParams,
} from "@/lib/schemas/investigate";
import type { AuditAction, AuditTarget } from "@/lib/schemas/audit";
import { downloadCodeArtifactVersion } from "../code-artifacts/download-code-artifact-version";
import { defineRoute, jsonNoStore } from "@/lib/server/http/route-def";
import { getArtifactText } from "./get-artifact-text";
import { getArtifactVersion } from "./get-artifact-version";
import { getDownloadDigests } from "./get-download-digests";
import { getFileMeta } from "./get-file-meta";
import { streamDownload, type DownloadSpec } from "./stream-download";

const VIEW = { capability: "custodian:read", requiresPurpose: true } as const;
// Streams are not tied to the request signal: the body's cancel() already stops the upstream when the browser leaves.
const DOWNLOAD = { capability: "content:download", requiresPurpose: true, limit: "download" } as const;

/** A download addressed by one id, audited against that id (and named `file-<id>` when its name is unusable). */
function byId(
  kind: Exclude<DownloadKind, "code_artifact_version">,
  id: string,
  action: AuditAction,
  type: AuditTarget["type"],
): DownloadSpec {
  return { kind, target: id, fallbackId: id, action, targets: [{ type, id }] };
}

/** GET /api/files/{fileId} */
export const fileMetaRoute = defineRoute({ ...VIEW, params: FileParams }, async ({ params, ...ctx }) =>
  jsonNoStore(await getFileMeta({ ...ctx, input: { kind: "file", id: params.fileId } })),
);

/** GET /api/generated-files/{generatedFileId} */
export const generatedFileMetaRoute = defineRoute(
  { ...VIEW, params: GeneratedFileParams },
  async ({ params, ...ctx }) =>
    jsonNoStore(await getFileMeta({ ...ctx, input: { kind: "generated_file", id: params.generatedFileId } })),
);

/** GET /api/artifacts/{versionId} */
export const artifactVersionRoute = defineRoute({ ...VIEW, params: ArtifactParams }, async ({ params, ...ctx }) =>
  jsonNoStore(await getArtifactVersion({ ...ctx, input: params })),
);

/** GET /api/artifacts/{versionId}/text */
export const artifactTextRoute = defineRoute({ ...VIEW, params: ArtifactParams }, async ({ params, ...ctx }) =>
  jsonNoStore(await getArtifactText({ ...ctx, input: params })),
);

/** GET /api/files/{fileId}/content[?preview=1]: a download, or the inline image of a project attachment's preview. */
export const fileContentRoute = defineRoute(
  { ...DOWNLOAD, params: FileParams, query: FileContentQuery },
  async ({ params, query, ...ctx }) =>
    streamDownload({
      ...ctx,
      input: query.preview
        ? { ...byId("file", params.fileId, "file.preview", "file"), preview: true }
        : byId("file", params.fileId, "file.download", "file"),
    }),
);

/** GET /api/generated-files/{generatedFileId}/content */
export const generatedFileContentRoute = defineRoute(
  { ...DOWNLOAD, params: GeneratedFileParams },
  async ({ params, ...ctx }) =>
    streamDownload({ ...ctx, input: byId("generated_file", params.generatedFileId, "file.download", "file") }),
);

/** GET /api/artifacts/{versionId}/content */
export const artifactContentRoute = defineRoute({ ...DOWNLOAD, params: ArtifactParams }, async ({ params, ...ctx }) =>
  streamDownload({ ...ctx, input: byId("artifact", params.versionId, "artifact.download", "artifact") }),
);

/** GET /api/documents/{documentId}/content */
export const documentContentRoute = defineRoute({ ...DOWNLOAD, params: DocumentParams }, async ({ params, ...ctx }) =>
  streamDownload({ ...ctx, input: byId("document", params.documentId, "document.download", "document") }),
);

/** GET /api/code-artifacts/{artifactId}/versions/{versionId}/content?name= */
export const codeArtifactContentRoute = defineRoute(
  { ...DOWNLOAD, params: CodeArtifactVersionParams, query: CodeArtifactContentQuery },
  async ({ params, query, ...ctx }) =>
    downloadCodeArtifactVersion({ ...ctx, input: { ...params, name: query.name ?? null } }),
);

/** GET /api/downloads/digests?ids=a,b: the SHA-256 Custody computed of each object's last completed download */
export const downloadDigestsRoute = defineRoute({ ...VIEW, query: DownloadDigestsQuery }, async ({ query, ...ctx }) =>
  jsonNoStore(await getDownloadDigests({ ...ctx, input: query })),
);
