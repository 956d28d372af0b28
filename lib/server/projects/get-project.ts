import "server-only";
import type { OperationCall } from "@/lib/server/operation/context";
import { PROJECT_LIST_CAP, type ProjectDetailDto } from "@/lib/schemas/investigate";
import { audited } from "@/lib/server/audit/audited";
import { directoryCacheFor } from "../directory-cache/directory-cache";
import { readUpTo } from "@/lib/server/upstream/read-up-to";
import { toAttachmentDto, toCollaboratorDto, toProjectSummary } from "./to-project-dto";

/** P2 + P4 attachments + P5 collaborators (named from the directory). Audited `project.view` with the owner. */
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
      after: (p) => ({ targets: p.owner ? [{ type: "custodian", id: p.owner.id }] : [] }),
    },
    async () => {
      const [project, attachments, collaborators, dir] = await Promise.all([
        client.projects.get(projectId),
        readUpTo(client.projects.iterateAttachments(projectId, { limit: 100 }), PROJECT_LIST_CAP),
        readUpTo(client.projects.iterateCollaborators(projectId, { limit: 100 }), PROJECT_LIST_CAP),
        directory.get(),
      ]);
      return {
        ...toProjectSummary(project),
        description: project.description ?? null,
        instructions: project.instructions ?? null,
        chatsCount: project.chats_count ?? null,
        attachmentsCount: project.attachments_count ?? null,
        attachments: attachments.items.map(toAttachmentDto),
        collaborators: collaborators.items.map((c) => toCollaboratorDto(c, dir)),
        partial: attachments.more || collaborators.more,
      };
    },
  );
}
