import { z } from "zod";
import { CustodianWindowShape, fromBeforeTo, UpstreamId, UserRefDto } from "./common";
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

/** The custodians and the window; the list is read whole (within PROJECT_LIST_BOUNDS), so it takes no cursor. */
export const ListProjectsQuery = z
  .object({ user_ids: CustodianWindowShape.user_ids, from: CustodianWindowShape.from, to: CustodianWindowShape.to })
  .superRefine(fromBeforeTo);
export type ListProjectsQuery = z.input<typeof ListProjectsQuery>;

/** A custodian a project is shared with by name (a P5 `user` role assignment), and the role. */
export const ProjectCustodianRoleDto = z.object({ custodian: UserRefDto, role: z.string() });
export type ProjectCustodianRoleDto = z.infer<typeof ProjectCustodianRoleDto>;

/** Why a project is on the custodians' list; one or more of these hold. */
export const ProjectWhyDto = z.object({
  /** Its creator is one of the custodians. */
  isOwnedByCustodian: z.boolean(),
  /** Custodians it is shared with by name, other than its creator. */
  collaborators: z.array(ProjectCustodianRoleDto),
  /** The custodians' chats created in the window that are in it, among the chats read (see `coverage`). */
  chatsInWindow: z.number().int(),
  /** Its collaborators were all read; when false, `collaborators` may miss a custodian. */
  collaboratorsChecked: z.boolean(),
});
export type ProjectWhyDto = z.infer<typeof ProjectWhyDto>;

export const ProjectListItemDto = ProjectSummaryDto.extend({ why: ProjectWhyDto });
export type ProjectListItemDto = z.infer<typeof ProjectListItemDto>;

/**
 * How far the list looked. Upstream has no "projects of these people" read: P1 filters by creator only, and
 * collaborators are listed per project (P5). So the list is the custodians' own projects (P1), plus the projects
 * their chats in the window are in (C1, then P2 for each), each checked for the custodians among its collaborators
 * (P5); every read is bounded by PROJECT_LIST_BOUNDS to spare the shared rate budget.
 */
export const ProjectListCoverageDto = z.object({
  /** The custodians' chats created in the window that were read. */
  chatsRead: z.number().int(),
  /** More chats in the window than were read: chat counts, and projects found only through chats, may be missing. */
  chatsPartial: z.boolean(),
  /** The custodians own more projects than were read. */
  ownedPartial: z.boolean(),
  /** Projects holding some of the chats read that were not read themselves (beyond the bound, or gone upstream). */
  projectsNotRead: z.number().int(),
  /** Listed projects whose collaborators were not read (beyond the bound). */
  collaboratorsUnchecked: z.number().int(),
});
export type ProjectListCoverageDto = z.infer<typeof ProjectListCoverageDto>;

export const ProjectListDto = z.object({ items: z.array(ProjectListItemDto), coverage: ProjectListCoverageDto });
export type ProjectListDto = z.infer<typeof ProjectListDto>;

/** Upstream reads per list: C1 chats (1,000 a page), P1 own projects (100 a page), P2 and P5 one project each. */
export const PROJECT_LIST_BOUNDS = { chats: 3000, ownedProjects: 200, projectReads: 20, collaboratorChecks: 20 };

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
