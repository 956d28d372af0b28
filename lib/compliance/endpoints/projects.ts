import "server-only";
import { z } from "zod";
import { idListArg, limitArg, RangeArg, requireId } from "../args";
import type { IterateOptions, PageCheckpoint } from "../pagination/iterators";
import { QueryBuilder, seg } from "../query";
import { UpstreamDeleted } from "../schemas/common";
import {
  UpstreamProjectAttachmentPage,
  UpstreamProjectCollaboratorPage,
  UpstreamProjectDetail,
  UpstreamProjectPage,
} from "../schemas/projects";
import { deleteJson, getJson, V1, type CallOptions, type EndpointContext } from "./context";
import { getPage, walkTokenPages } from "./paged-get";

const PROJECTS = `${V1}/apps/projects`;
const ATTACHMENTS = `${PROJECTS}/{project_id}/attachments`;
const COLLABORATORS = `${PROJECTS}/{project_id}/collaborators`;

const ListProjectsArgs = z.strictObject({
  organizationIds: idListArg(1000),
  userIds: idListArg(1000),
  createdAt: RangeArg,
  updatedAt: RangeArg,
  limit: limitArg(100),
  page: z.string().min(1).optional(),
});
export type ListProjectsParams = z.input<typeof ListProjectsArgs>;
const SubPageArgs = z.strictObject({ limit: limitArg(100), page: z.string().min(1).optional() });
export type ProjectSubPageParams = z.input<typeof SubPageArgs>;

const projectsQuery = (a: z.output<typeof ListProjectsArgs>) =>
  new QueryBuilder()
    .list("organization_ids", a.organizationIds)
    .list("user_ids", a.userIds)
    .range("created_at", a.createdAt)
    .range("updated_at", a.updatedAt)
    .set("limit", a.limit)
    .set("page", a.page).params;
const subQuery = (a: z.output<typeof SubPageArgs>) =>
  new QueryBuilder().set("limit", a.limit).set("page", a.page).params;
const projectPath = (projectId: string) => `${PROJECTS}/${seg(requireId("projectId", projectId))}`;
const LIST_PROJECTS = { route: PROJECTS, args: ListProjectsArgs, query: projectsQuery, page: UpstreamProjectPage };
const LIST_ATTACHMENTS = {
  route: ATTACHMENTS,
  args: SubPageArgs,
  query: subQuery,
  page: UpstreamProjectAttachmentPage,
};
const LIST_COLLABORATORS = {
  route: COLLABORATORS,
  args: SubPageArgs,
  query: subQuery,
  page: UpstreamProjectCollaboratorPage,
};

/** P1 */
export async function listProjects(ctx: EndpointContext, params: ListProjectsParams = {}, opts: CallOptions = {}) {
  return getPage(ctx, LIST_PROJECTS, PROJECTS, params, opts);
}
export function iterateProjects(
  ctx: EndpointContext,
  params: Omit<ListProjectsParams, "page"> = {},
  options: IterateOptions<PageCheckpoint> & CallOptions = {},
) {
  return walkTokenPages(ctx, LIST_PROJECTS, PROJECTS, params, (p) => p.id, options);
}
/** P2 */
export async function getProject(ctx: EndpointContext, projectId: string, opts: CallOptions = {}) {
  return getJson(ctx, `${PROJECTS}/{project_id}`, projectPath(projectId), UpstreamProjectDetail, undefined, opts);
}
/** P3: 409 (ConflictError) while chats are still attached. */
export async function deleteProject(ctx: EndpointContext, projectId: string, opts: CallOptions = {}) {
  return deleteJson(ctx, `${PROJECTS}/{project_id}`, projectPath(projectId), UpstreamDeleted, opts);
}
/** P4 */
export async function listProjectAttachments(
  ctx: EndpointContext,
  projectId: string,
  params: ProjectSubPageParams = {},
  opts: CallOptions = {},
) {
  return getPage(ctx, LIST_ATTACHMENTS, `${projectPath(projectId)}/attachments`, params, opts);
}
export function iterateProjectAttachments(
  ctx: EndpointContext,
  projectId: string,
  params: Omit<ProjectSubPageParams, "page"> = {},
  options: IterateOptions<PageCheckpoint> & CallOptions = {},
) {
  return walkTokenPages(ctx, LIST_ATTACHMENTS, `${projectPath(projectId)}/attachments`, params, (a) => a.id, options);
}
/** P5 */
export async function listProjectCollaborators(
  ctx: EndpointContext,
  projectId: string,
  params: ProjectSubPageParams = {},
  opts: CallOptions = {},
) {
  return getPage(ctx, LIST_COLLABORATORS, `${projectPath(projectId)}/collaborators`, params, opts);
}
export function iterateProjectCollaborators(
  ctx: EndpointContext,
  projectId: string,
  params: Omit<ProjectSubPageParams, "page"> = {},
  options: IterateOptions<PageCheckpoint> & CallOptions = {},
) {
  // Collaborators have no id of their own.
  return walkTokenPages(
    ctx,
    LIST_COLLABORATORS,
    `${projectPath(projectId)}/collaborators`,
    params,
    () => null,
    options,
  );
}
