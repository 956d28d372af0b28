import { queryOptions } from "@tanstack/react-query";
import { ArtifactTextDto, ArtifactVersionDto, DocumentDto, FileMetaDto } from "@/lib/schemas/investigate";
import { api } from "./api";

export { contentUrl } from "@/lib/schemas/investigate";

export const fileKeys = {
  all: ["files"] as const,
  detail: (fileId: string) => ["files", fileId] as const,
  generated: (generatedFileId: string) => ["generated-files", generatedFileId] as const,
};
export const artifactKeys = {
  all: ["artifacts"] as const,
  version: (versionId: string) => ["artifacts", versionId] as const,
  text: (versionId: string) => ["artifacts", versionId, "text"] as const,
};
export const documentKeys = {
  all: ["documents"] as const,
  detail: (documentId: string) => ["documents", documentId] as const,
};

const enc = encodeURIComponent;

export const fileMetaQuery = (fileId: string) =>
  queryOptions({
    queryKey: fileKeys.detail(fileId),
    queryFn: ({ signal }) => api(`/api/files/${enc(fileId)}`, FileMetaDto, { signal }),
  });

export const generatedFileMetaQuery = (generatedFileId: string) =>
  queryOptions({
    queryKey: fileKeys.generated(generatedFileId),
    queryFn: ({ signal }) => api(`/api/generated-files/${enc(generatedFileId)}`, FileMetaDto, { signal }),
  });

export const artifactVersionQuery = (versionId: string) =>
  queryOptions({
    queryKey: artifactKeys.version(versionId),
    queryFn: ({ signal }) => api(`/api/artifacts/${enc(versionId)}`, ArtifactVersionDto, { signal }),
  });

/** Versions never change once written, so their text never goes stale. */
export const artifactTextQuery = (versionId: string) =>
  queryOptions({
    queryKey: artifactKeys.text(versionId),
    queryFn: ({ signal }) => api(`/api/artifacts/${enc(versionId)}/text`, ArtifactTextDto, { signal }),
    staleTime: Infinity,
  });

export const documentQuery = (documentId: string) =>
  queryOptions({
    queryKey: documentKeys.detail(documentId),
    queryFn: ({ signal }) => api(`/api/documents/${enc(documentId)}`, DocumentDto, { signal }),
  });
