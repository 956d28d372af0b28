import { z } from "zod";
import { CustodianWindowShape, fromBeforeTo, pageLimit, pageOf, UpstreamId, UserRefDto } from "./common";
import { ChatSummaryDto } from "./chat";
import { FileRefDto } from "./content";

export const ProjectSummaryDto = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
  /** Deleted by an end user. */
  deletedAt: z.string().nullable(),
  /** Creator plus named collaborators only. */
  isPrivate: z.boolean().nullable(),
  organizationUuid: z.string().nullable(),
  /** The creator; null if deleted or out of the key's scope. */
  owner: UserRefDto.nullable(),
});
export type ProjectSummaryDto = z.infer<typeof ProjectSummaryDto>;

export const ListProjectsQuery = z
  .object({ ...CustodianWindowShape, limit: pageLimit(100, 50) })
  .superRefine(fromBeforeTo);
export type ListProjectsQuery = z.input<typeof ListProjectsQuery>;

export const ProjectPageDto = pageOf(ProjectSummaryDto);
export type ProjectPageDto = z.infer<typeof ProjectPageDto>;

/** `project_file` → /api/files/…, `project_doc` → /api/documents/…; unknown types pass through without a URL. */
export const ProjectAttachmentDto = FileRefDto.extend({
  type: z.string(),
  /** Metadata / preview route for this attachment, null for unknown types. */
  viewUrl: z.string().nullable(),
  downloadUrl: z.string().nullable(),
});
export type ProjectAttachmentDto = z.infer<typeof ProjectAttachmentDto>;

/** One active role assignment; `type` is user | group | organization | organization_role (open set). */
export const CollaboratorDto = z.object({
  type: z.string(),
  role: z.string(),
  grantedAt: z.string().nullable(),
  userId: z.string().nullable(),
  groupId: z.string().nullable(),
  organizationUuid: z.string().nullable(),
  organizationRole: z.string().nullable(),
  /** Human label: the user's name and email from the directory, the group id, the org name, … */
  label: z.string(),
  email: z.string().nullable(),
});
export type CollaboratorDto = z.infer<typeof CollaboratorDto>;

export const ProjectDetailDto = ProjectSummaryDto.extend({
  description: z.string().nullable(),
  instructions: z.string().nullable(),
  chatsCount: z.number().nullable(),
  attachmentsCount: z.number().nullable(),
  attachments: z.array(ProjectAttachmentDto),
  collaborators: z.array(CollaboratorDto),
  /** More attachments or collaborators exist than the detail view reads (PROJECT_LIST_CAP each). */
  partial: z.boolean(),
});
export type ProjectDetailDto = z.infer<typeof ProjectDetailDto>;
export const PROJECT_LIST_CAP = 1000;

export const ProjectParams = z.object({ projectId: UpstreamId });

/**
 * A project's chats (C1 per user with `project_ids[]`, the only way the API lists them). `isComplete` is false when
 * fewer than `chatsCount` (P2) were found among the `usersSearched` people who can reach the project.
 */
export const ProjectChatsDto = z.object({
  items: z.array(ChatSummaryDto),
  chatsCount: z.number().nullable(),
  usersSearched: z.number().int(),
  /** Everyone who may have chats in it: owner, collaborators, members of collaborating groups and organizations. */
  candidates: z.number().int(),
  isComplete: z.boolean(),
});
export type ProjectChatsDto = z.infer<typeof ProjectChatsDto>;
