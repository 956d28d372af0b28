import "server-only";
import { requireId } from "../args";
import { seg } from "../query";
import { UpstreamDeleted } from "../schemas/common";
import {
  UpstreamArtifactVersion,
  UpstreamDocument,
  UpstreamDocumentMetadata,
  UpstreamFileMeta,
  UpstreamGeneratedFileMeta,
} from "../schemas/content";
import { deleteJson, getJson, V1, type CallOptions, type EndpointContext } from "./context";

// Metadata reads and deletes of content objects. Byte downloads (F2, GF2, AR2, CA2) live in ../downloads.

const FILES = `${V1}/apps/chats/files`;
const GEN_FILES = `${V1}/apps/chats/generated-files`;
const ARTIFACTS = `${V1}/apps/artifacts`;
const DOCUMENTS = `${V1}/apps/projects/documents`;

/** F1: metadata of a chat or project file. */
export async function getFile(ctx: EndpointContext, fileId: string, opts: CallOptions = {}) {
  return getJson(
    ctx,
    `${FILES}/{claude_file_id}`,
    `${FILES}/${seg(requireId("fileId", fileId))}`,
    UpstreamFileMeta,
    undefined,
    opts,
  );
}
/** F3: hard-deletes a chat or project file. */
export async function deleteFile(ctx: EndpointContext, fileId: string, opts: CallOptions = {}) {
  return deleteJson(
    ctx,
    `${FILES}/{claude_file_id}`,
    `${FILES}/${seg(requireId("fileId", fileId))}`,
    UpstreamDeleted,
    opts,
  );
}
/** GF1: metadata of an assistant-generated file (no delete exists; it dies with its chat). */
export async function getGeneratedFile(ctx: EndpointContext, genFileId: string, opts: CallOptions = {}) {
  return getJson(
    ctx,
    `${GEN_FILES}/{claude_gen_file_id}`,
    `${GEN_FILES}/${seg(requireId("genFileId", genFileId))}`,
    UpstreamGeneratedFileMeta,
    undefined,
    opts,
  );
}
/** AR1: one artifact version. Pass the `version_id`, not the artifact id. */
export async function getArtifactVersion(ctx: EndpointContext, versionId: string, opts: CallOptions = {}) {
  return getJson(
    ctx,
    `${ARTIFACTS}/{artifact_version_id}`,
    `${ARTIFACTS}/${seg(requireId("versionId", versionId))}`,
    UpstreamArtifactVersion,
    undefined,
    opts,
  );
}
/** D1: a project document with its whole text. */
export async function getDocument(ctx: EndpointContext, documentId: string, opts: CallOptions = {}) {
  return getJson(
    ctx,
    `${DOCUMENTS}/{document_id}`,
    `${DOCUMENTS}/${seg(requireId("documentId", documentId))}`,
    UpstreamDocument,
    undefined,
    opts,
  );
}
/** D2: document metadata (md5/size of the UTF-8 text) without the text. */
export async function getDocumentMetadata(ctx: EndpointContext, documentId: string, opts: CallOptions = {}) {
  return getJson(
    ctx,
    `${DOCUMENTS}/{document_id}/metadata`,
    `${DOCUMENTS}/${seg(requireId("documentId", documentId))}/metadata`,
    UpstreamDocumentMetadata,
    undefined,
    opts,
  );
}
/** D3 */
export async function deleteDocument(ctx: EndpointContext, documentId: string, opts: CallOptions = {}) {
  return deleteJson(
    ctx,
    `${DOCUMENTS}/{document_id}`,
    `${DOCUMENTS}/${seg(requireId("documentId", documentId))}`,
    UpstreamDeleted,
    opts,
  );
}
