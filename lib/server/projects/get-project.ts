import "server-only";
import type { ComplianceClient } from "@/lib/compliance";
import type { OperationCall } from "@/lib/server/operation/context";
import { audited, namedTarget } from "@/lib/server/audit/audited";
import { directoryCacheFor } from "../directory-cache/directory-cache";
import { readUpTo } from "@/lib/server/upstream/read-up-to";
import { PROJECT_LIST_CAP, type ProjectAttachmentDto, type ProjectDetailDto } from "@/lib/schemas/investigate";
import { toAttachmentDto, toCollaboratorDto, toProjectSummary } from "./to-project-dto";

/** Documents whose size and MD5 are read (D2, one request each) with the project; the rest show theirs when opened. */
export const DOC_METADATA_CAP = 50;

/**
 * P2 + P4 attachments + P5 collaborators (users named from the directory, groups by G2). P4 gives no size or MD5 for
 * documents, so D2 is read for the first DOC_METADATA_CAP of them. Audited `project.view` with the owner.
 */
export async function getProject({
  client,
  audit,
  input,
}: OperationCall<{ projectId: string }>): Promise<ProjectDetailDto> {
  const directory = directoryCacheFor(client);
  const { projectId } = input;
  return audited(
    audit,
    {
      action: "project.view",
      targets: [{ type: "project", id: projectId }],
      after: (p) => ({
        targets: [
          namedTarget("project", p.id, p.name),
          ...(p.owner ? [namedTarget("custodian", p.owner.id, p.owner.email)] : []),
        ],
      }),
    },
    async () => {
      const [project, attachments, collaborators, dir] = await Promise.all([
        client.projects.get(projectId),
        readUpTo(client.projects.iterateAttachments(projectId, { limit: 100 }), PROJECT_LIST_CAP),
        readUpTo(client.projects.iterateCollaborators(projectId, { limit: 100 }), PROJECT_LIST_CAP),
        directory.get(),
      ]);
      const [groupNames, docs] = await Promise.all([
        namesOfGroups(
          client,
          collaborators.items.flatMap((c) => (c.type === "group" && c.group_id ? [c.group_id] : [])),
        ),
        withDocumentMetadata(client, attachments.items.map(toAttachmentDto)),
      ]);
      return {
        ...toProjectSummary(project),
        description: project.description ?? null,
        instructions: project.instructions ?? null,
        chatsCount: project.chats_count ?? null,
        attachmentsCount: project.attachments_count ?? null,
        attachments: docs,
        collaborators: collaborators.items.map((c) => toCollaboratorDto(c, dir, groupNames)),
        partial: attachments.more || collaborators.more,
      };
    },
  );
}

/** G2 for each group collaborator; a group that can't be read is labelled by its id. */
async function namesOfGroups(client: ComplianceClient, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const names = await client.mapConcurrent(unique, (id) =>
    client.groups.get(id).then(
      (g) => g.name,
      () => null,
    ),
  );
  return new Map(unique.flatMap((id, i) => (names[i] ? [[id, names[i]] as const] : [])));
}

/** Size and MD5 of project documents from D2 (P4 lists documents without them); unreadable ones stay null. */
async function withDocumentMetadata(
  client: ComplianceClient,
  attachments: ProjectAttachmentDto[],
): Promise<ProjectAttachmentDto[]> {
  const docIds = attachments
    .filter((a) => a.type === "project_doc")
    .map((a) => a.id)
    .slice(0, DOC_METADATA_CAP);
  const metas = await client.mapConcurrent(docIds, (id) => client.documents.getMetadata(id).catch(() => null));
  const byId = new Map(docIds.map((id, i) => [id, metas[i]]));
  return attachments.map((a) => {
    const m = byId.get(a.id);
    return m ? { ...a, sizeBytes: m.size_bytes ?? a.sizeBytes, md5: m.md5 ?? a.md5 } : a;
  });
}
