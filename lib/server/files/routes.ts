import "server-only";
import { ArtifactParams, CodeArtifactVersionParams, DocumentParams, FileParams, GeneratedFileParams } from "@/lib/schemas/investigate";
import { defineRoute, jsonNoStore } from "../investigate/route-def";
import { getArtifactText } from "./get-artifact-text";
import { getArtifactVersion } from "./get-artifact-version";
import { getFileMeta } from "./get-file-meta";
import { getGeneratedFileMeta } from "./get-generated-file-meta";
import { streamDownload } from "./stream-download";

const VIEW = { capability: "custodian:read", requiresPurpose: true } as const;
// Streams are not tied to the request signal: the body's cancel() already stops the upstream when the browser leaves.
const DOWNLOAD = { capability: "content:download", requiresPurpose: true, limit: "download" } as const;

/** GET /api/files/{fileId} */
export const fileMetaRoute = defineRoute({ ...VIEW, params: FileParams }, async ({ params, audit }, deps) => jsonNoStore(await getFileMeta({ client: deps.client(), audit, input: params })));

/** GET /api/generated-files/{generatedFileId} */
export const generatedFileMetaRoute = defineRoute({ ...VIEW, params: GeneratedFileParams }, async ({ params, audit }, deps) =>
  jsonNoStore(await getGeneratedFileMeta({ client: deps.client(), audit, input: params })),
);

/** GET /api/artifacts/{versionId} */
export const artifactVersionRoute = defineRoute({ ...VIEW, params: ArtifactParams }, async ({ params, audit }, deps) =>
  jsonNoStore(await getArtifactVersion({ client: deps.client(), audit, input: params })),
);

/** GET /api/artifacts/{versionId}/text */
export const artifactTextRoute = defineRoute({ ...VIEW, params: ArtifactParams }, async ({ params, audit }, deps) =>
  jsonNoStore(await getArtifactText({ client: deps.client(), audit, input: params })),
);

/** GET /api/files/{fileId}/content */
export const fileContentRoute = defineRoute({ ...DOWNLOAD, params: FileParams }, async ({ params, audit }, deps) =>
  streamDownload({ client: deps.client(), audit, spec: { kind: "file", target: params.fileId, fallbackId: params.fileId, action: "file.download", targets: [{ type: "file", id: params.fileId }] } }),
);

/** GET /api/generated-files/{generatedFileId}/content */
export const generatedFileContentRoute = defineRoute({ ...DOWNLOAD, params: GeneratedFileParams }, async ({ params, audit }, deps) => {
  const id = params.generatedFileId;
  return streamDownload({ client: deps.client(), audit, spec: { kind: "generated_file", target: id, fallbackId: id, action: "file.download", targets: [{ type: "file", id }] } });
});

/** GET /api/artifacts/{versionId}/content */
export const artifactContentRoute = defineRoute({ ...DOWNLOAD, params: ArtifactParams }, async ({ params, audit }, deps) => {
  const id = params.versionId;
  return streamDownload({ client: deps.client(), audit, spec: { kind: "artifact", target: id, fallbackId: id, action: "artifact.download", targets: [{ type: "artifact", id }] } });
});

/** GET /api/documents/{documentId}/content */
export const documentContentRoute = defineRoute({ ...DOWNLOAD, params: DocumentParams }, async ({ params, audit }, deps) => {
  const id = params.documentId;
  return streamDownload({ client: deps.client(), audit, spec: { kind: "document", target: id, fallbackId: id, action: "document.download", targets: [{ type: "document", id }] } });
});

/** GET /api/code-artifacts/{artifactId}/versions/{versionId}/content */
export const codeArtifactContentRoute = defineRoute({ ...DOWNLOAD, params: CodeArtifactVersionParams }, async ({ params, audit }, deps) => {
  const { artifactId, versionId } = params;
  return streamDownload({
    client: deps.client(),
    audit,
    spec: { kind: "code_artifact_version", target: { artifactId, versionId }, fallbackId: versionId, action: "artifact.download", targets: [{ type: "artifact", id: artifactId }, { type: "artifact", id: versionId }] },
  });
});
