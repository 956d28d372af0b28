import "server-only";
import type { ComplianceClient } from "@/lib/compliance";
import { PROJECT_LIST_CAP, type ProjectDetailDto } from "@/lib/schemas/investigate";
import { audited, namedTarget, type VerbAudit } from "../investigate/audited";
import type { DirectoryCache } from "../directory-cache/directory-cache";
import { readUpTo } from "../investigate/read-up-to";
import { toAttachmentDto, toCollaboratorDto, toProjectSummary } from "./to-project-dto";

/** P2 + P4 attachments + P5 collaborators (named from the directory). Audited `project.view` with the owner. */
export async function getProject({
  client,
  directory,
  audit,
  input,
}: {
  client: ComplianceClient;
  directory: DirectoryCache;
  audit: VerbAudit;
  input: { projectId: string };
}): Promise<ProjectDetailDto> {
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
