import type { SimStore } from "@/lib/simulator";
import type { InvestigateIds } from "@/tests/support/route-matrix/investigate";
import { allRecords, landmarkId, landmarkIds } from "@/tests/support/simulator";
import { findInCustodianMessages } from "../../investigate/support/finders";

function first<T>(items: T[], what: string): T {
  if (items.length === 0) throw new Error(`the demo simulator has no ${what}`);
  return items[0];
}

const str = (value: unknown, what: string): string => {
  if (typeof value !== "string" || !value) throw new Error(`${what} is not a string id`);
  return value;
};

/**
 * Real ids from the seeded simulator for the investigation routes' matrix entries, so the allowed roles
 * get a 2xx end to end (the placeholders in investigate.ts only reach 401/403/428). Small items are
 * chosen for downloads so the matrix stays fast.
 */
export function investigateIdsFrom(store: SimStore): InvestigateIds {
  const small = (f: Record<string, unknown>) => typeof f.size_bytes === "number" && f.size_bytes < 1_000_000;
  const projectId = landmarkId(store, "project_with_chats");
  const doc = first(
    allRecords(store.projectAttachments(projectId)).filter((a) => a.type === "project_doc"),
    "project document",
  );
  const codeArtifact = first(allRecords(store.codeArtifacts()), "code artifact");
  const versions = Array.isArray(codeArtifact.versions) ? codeArtifact.versions : [];
  const version: unknown = versions[0];
  const group = first(
    allRecords(store.groups()).filter((g) => (store.groupMembers(String(g.id))?.size ?? 0) > 0),
    "group with members",
  );
  return {
    userIds: landmarkIds(store, "demo_custodians").slice(0, 2),
    groupId: str(group.id, "group id"),
    chatId: landmarkId(store, "tool_chat"),
    fileId: str(findInCustodianMessages(store, "files", small).id, "file id"),
    generatedFileId: str(findInCustodianMessages(store, "generated_files").id, "generated file id"),
    artifactVersionId: str(findInCustodianMessages(store, "artifacts").version_id, "artifact version id"),
    documentId: str(doc.id, "document id"),
    codeArtifactId: str(codeArtifact.id, "code artifact id"),
    codeArtifactVersionId: str(
      typeof version === "object" && version !== null && "id" in version ? version.id : null,
      "code artifact version id",
    ),
    projectId,
    localSessionId: str(first(allRecords(store.localSessions()), "local session").id, "local session id"),
    remoteSessionId: str(first(allRecords(store.remoteSessions()), "remote session").id, "remote session id"),
  };
}
