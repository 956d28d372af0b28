import "server-only";
import { z } from "zod";
import { idListArg, limitArg, RangeArg, requireId } from "../args";
import type { IterateOptions, PageCheckpoint } from "../pagination/iterators";
import { QueryBuilder, seg } from "../query";
import { UpstreamDeleted } from "../schemas/common";
import { UpstreamCodeArtifactPage } from "../schemas/code-artifacts";
import { deleteJson, V1, type CallOptions, type EndpointContext } from "./context";
import { getPage, walkTokenPages } from "./paged-get";

const CODE = `${V1}/apps/code/artifacts`;

const ListCodeArtifactsArgs = z.strictObject({
  organizationIds: idListArg(500),
  userIds: idListArg(200),
  updatedAt: RangeArg,
  limit: limitArg(100),
  page: z.string().min(1).optional(),
});
export type ListCodeArtifactsParams = z.input<typeof ListCodeArtifactsArgs>;

const query = (a: z.output<typeof ListCodeArtifactsArgs>) =>
  new QueryBuilder()
    .list("organization_ids", a.organizationIds)
    .list("user_ids", a.userIds)
    .range("updated_at", a.updatedAt)
    .set("limit", a.limit)
    .set("page", a.page).params;
const LIST_CODE = { route: CODE, args: ListCodeArtifactsArgs, query, page: UpstreamCodeArtifactPage };

/** CA1: sorted by id; pages can be short or empty while `next_page` is set. */
export async function listCodeArtifacts(
  ctx: EndpointContext,
  params: ListCodeArtifactsParams = {},
  opts: CallOptions = {},
) {
  return getPage(ctx, LIST_CODE, CODE, params, opts);
}
export function iterateCodeArtifacts(
  ctx: EndpointContext,
  params: Omit<ListCodeArtifactsParams, "page"> = {},
  options: IterateOptions<PageCheckpoint> & CallOptions = {},
) {
  return walkTokenPages(ctx, LIST_CODE, CODE, params, (a) => a.id, options);
}
/** CA3: 200 means deletion initiated (content removal is asynchronous). */
export async function deleteCodeArtifact(ctx: EndpointContext, artifactId: string, opts: CallOptions = {}) {
  return deleteJson(
    ctx,
    `${CODE}/{artifact_id}`,
    `${CODE}/${seg(requireId("artifactId", artifactId))}`,
    UpstreamDeleted,
    opts,
  );
}
