import type { RouteCase } from "./types";

// Issue #5 routes. Reading custodian data is analyst/legal only (`custodian:read`, `content:download`,
// `activity:read`); admins and auditors are refused. Picking custodians and listing activity types need no purpose.

const READERS: RouteCase["allowed"] = ["analyst", "legal"];
const FROM = "2026-09-01T00:00:00Z";
const TO = "2026-10-01T00:00:00Z";

export type InvestigateIds = {
  userIds: string[];
  groupId: string;
  chatId: string;
  fileId: string;
  generatedFileId: string;
  artifactVersionId: string;
  documentId: string;
  codeArtifactId: string;
  codeArtifactVersionId: string;
  projectId: string;
  localSessionId: string;
  remoteSessionId: string;
};

/** Well-formed ids that exist nowhere: enough for 401/403/428 checks, which never reach upstream. */
export const PLACEHOLDER_IDS: InvestigateIds = {
  userIds: ["user_matrix0001", "user_matrix0002"],
  groupId: "rbac_group_matrix",
  chatId: "claude_chat_matrix",
  fileId: "claude_file_matrix",
  generatedFileId: "claude_gen_file_matrix",
  artifactVersionId: "claude_artifact_version_matrix",
  documentId: "claude_proj_doc_matrix",
  codeArtifactId: "cart_matrix",
  codeArtifactVersionId: "cartv_matrix",
  projectId: "claude_proj_matrix",
  localSessionId: "clls_matrix",
  remoteSessionId: "cse_matrix",
};

/** The matrix for a given set of ids (pass simulator landmarks to exercise the allowed path end to end). */
export function investigateRoutes(ids: InvestigateIds = PLACEHOLDER_IDS): RouteCase[] {
  const users = ids.userIds.join(",");
  const window = `from=${encodeURIComponent(FROM)}&to=${encodeURIComponent(TO)}`;
  const read = (file: string, path: string, needsPurpose = true): RouteCase => ({
    file,
    method: "GET",
    path,
    allowed: READERS,
    needsPurpose,
  });
  return [
    read("app/api/custodians/route.ts", "/api/custodians?q=sta&limit=5", false),
    read("app/api/groups/route.ts", "/api/groups", false),
    read("app/api/groups/[groupId]/members/route.ts", `/api/groups/${ids.groupId}/members`, false),
    read("app/api/chats/route.ts", `/api/chats?user_ids=${users}&${window}`),
    read("app/api/chats/[chatId]/messages/route.ts", `/api/chats/${ids.chatId}/messages?limit=50`),
    read("app/api/files/[fileId]/route.ts", `/api/files/${ids.fileId}`),
    read("app/api/files/[fileId]/content/route.ts", `/api/files/${ids.fileId}/content`),
    read("app/api/generated-files/[generatedFileId]/route.ts", `/api/generated-files/${ids.generatedFileId}`),
    read(
      "app/api/generated-files/[generatedFileId]/content/route.ts",
      `/api/generated-files/${ids.generatedFileId}/content`,
    ),
    read("app/api/artifacts/[versionId]/route.ts", `/api/artifacts/${ids.artifactVersionId}`),
    read("app/api/artifacts/[versionId]/text/route.ts", `/api/artifacts/${ids.artifactVersionId}/text`),
    read("app/api/artifacts/[versionId]/content/route.ts", `/api/artifacts/${ids.artifactVersionId}/content`),
    read("app/api/documents/[documentId]/route.ts", `/api/documents/${ids.documentId}`),
    read("app/api/documents/[documentId]/content/route.ts", `/api/documents/${ids.documentId}/content`),
    read("app/api/code-artifacts/route.ts", `/api/code-artifacts?user_ids=${users}`),
    read(
      "app/api/code-artifacts/[artifactId]/versions/[versionId]/content/route.ts",
      `/api/code-artifacts/${ids.codeArtifactId}/versions/${ids.codeArtifactVersionId}/content`,
    ),
    read("app/api/projects/route.ts", `/api/projects?user_ids=${users}&${window}`),
    read("app/api/projects/[projectId]/route.ts", `/api/projects/${ids.projectId}`),
    read("app/api/projects/[projectId]/chats/route.ts", `/api/projects/${ids.projectId}/chats`),
    read("app/api/downloads/digests/route.ts", `/api/downloads/digests?ids=${ids.fileId},${ids.codeArtifactVersionId}`),
    read("app/api/sessions/route.ts", `/api/sessions?user_ids=${users}&${window}&kind=remote`),
    read("app/api/sessions/[kind]/[sessionId]/messages/route.ts", `/api/sessions/local/${ids.localSessionId}/messages`),
    read(
      "app/api/sessions/[kind]/[sessionId]/messages/route.ts",
      `/api/sessions/remote/${ids.remoteSessionId}/messages`,
    ),
    read("app/api/activity/route.ts", `/api/activity?${window}`),
    read("app/api/activity/histogram/route.ts", `/api/activity/histogram?${window}&buckets=10`),
    read("app/api/activity/types/route.ts", "/api/activity/types", false),
  ];
}

export const INVESTIGATE_ROUTES: RouteCase[] = investigateRoutes();
