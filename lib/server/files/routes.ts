import "server-only";
import type { DownloadKind } from "@/lib/compliance";
import {
  ArtifactParams,
  CodeArtifactVersionParams,
  DocumentParams,
  FileContentQuery,
  FileParams,
  GeneratedFileParams,
} from "@/lib/schemas/investigate";
import type { AuditAction, AuditTarget } from "@/lib/schemas/audit";
import { downloadCodeArtifactVersion } from "../code-artifacts/download-code-artifact-version";
import { defineRoute, jsonNoStore } from "../investigate/route-def";
import { getArtifactText } from "./get-artifact-text";
import { getArtifactVersion } from "./get-artifact-version";
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
export const fileMetaRoute = defineRoute({ ...VIEW, params: FileParams }, async ({ params, audit }, deps) =>
  jsonNoStore(await getFileMeta({ client: deps.client(), audit, input: { kind: "file", id: params.fileId } })),
);

/** GET /api/generated-files/{generatedFileId} */
export const generatedFileMetaRoute = defineRoute(
  { ...VIEW, params: GeneratedFileParams },
  async ({ params, audit }, deps) =>
    jsonNoStore(
      await getFileMeta({
        client: deps.client(),
        audit,
        input: { kind: "generated_file", id: params.generatedFileId },
      }),
    ),
);

/** GET /api/artifacts/{versionId} */
export const artifactVersionRoute = defineRoute({ ...VIEW, params: ArtifactParams }, async ({ params, audit }, deps) =>
  jsonNoStore(await getArtifactVersion({ client: deps.client(), audit, input: params })),
);

/** GET /api/artifacts/{versionId}/text */
export const artifactTextRoute = defineRoute({ ...VIEW, params: ArtifactParams }, async ({ params, audit }, deps) =>
  jsonNoStore(await getArtifactText({ client: deps.client(), audit, input: params })),
);

/** GET /api/files/{fileId}/content[?preview=1]: a download, or the inline image of a project attachment's preview. */
export const fileContentRoute = defineRoute(
  { ...DOWNLOAD, params: FileParams, query: FileContentQuery },
  async ({ params, query, audit }, deps) =>
    streamDownload({
      client: deps.client(),
      audit,
      spec: query.preview
        ? { ...byId("file", params.fileId, "file.preview", "file"), preview: true }
        : byId("file", params.fileId, "file.download", "file"),
    }),
);

/** GET /api/generated-files/{generatedFileId}/content */
export const generatedFileContentRoute = defineRoute(
  { ...DOWNLOAD, params: GeneratedFileParams },
  async ({ params, audit }, deps) =>
    streamDownload({
      client: deps.client(),
      audit,
      spec: byId("generated_file", params.generatedFileId, "file.download", "file"),
    }),
);

/** GET /api/artifacts/{versionId}/content */
export const artifactContentRoute = defineRoute(
  { ...DOWNLOAD, params: ArtifactParams },
  async ({ params, audit }, deps) =>
    streamDownload({
      client: deps.client(),
      audit,
      spec: byId("artifact", params.versionId, "artifact.download", "artifact"),
    }),
);

/** GET /api/documents/{documentId}/content */
export const documentContentRoute = defineRoute(
  { ...DOWNLOAD, params: DocumentParams },
  async ({ params, audit }, deps) =>
    streamDownload({
      client: deps.client(),
      audit,
      spec: byId("document", params.documentId, "document.download", "document"),
    }),
);

/** GET /api/code-artifacts/{artifactId}/versions/{versionId}/content */
export const codeArtifactContentRoute = defineRoute(
  { ...DOWNLOAD, params: CodeArtifactVersionParams },
  async ({ params, audit }, deps) => downloadCodeArtifactVersion({ client: deps.client(), audit, input: params }),
);
