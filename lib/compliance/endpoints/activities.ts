import "server-only";
import { z } from "zod";
import { CursorArgs, idListArg, limitArg, oneCursor, OrderArg, RangeArg } from "../args";
import type { KeyChoice } from "../http";
import type { CursorCheckpoint, IterateOptions } from "../pagination/iterators";
import { QueryBuilder } from "../query";
import { UpstreamActivityPage } from "../schemas/activities";
import { V1, type CallOptions, type EndpointContext } from "./context";
import { getPage, walkCursorPages } from "./paged-get";

const ROUTE = `${V1}/activities`;

const ActivityFilters = {
  activityTypes: z.array(z.string().min(1)).optional(),
  excludeActivityTypes: z.array(z.string().min(1)).optional(),
  actorIds: idListArg(1000),
  userIds: idListArg(1000),
  organizationIds: idListArg(1000),
  createdAt: RangeArg,
  limit: limitArg(5000),
  order: OrderArg,
};

const ListActivitiesArgs = z
  .strictObject({ ...ActivityFilters, ...CursorArgs })
  .superRefine(oneCursor)
  .superRefine((value, ctx) => {
    if (value.activityTypes?.length && value.excludeActivityTypes?.length) {
      ctx.addIssue({
        code: "custom",
        path: ["excludeActivityTypes"],
        message: "cannot be combined with activityTypes",
      });
    }
  });
export type ListActivitiesParams = z.input<typeof ListActivitiesArgs>;
export type IterateActivitiesParams = Omit<ListActivitiesParams, "afterId" | "beforeId">;

export interface ActivityCallOptions extends CallOptions {
  /** Force a key; by default the access key, or the admin key when no access key is configured. */
  key?: KeyChoice;
}

function pickKey(ctx: EndpointContext, forced: KeyChoice | undefined): KeyChoice {
  if (forced) return forced;
  if (ctx.activitiesKey !== "auto") return ctx.activitiesKey;
  return ctx.http.hasKey("access") ? "access" : "admin";
}

function toQuery(args: z.output<typeof ListActivitiesArgs>): URLSearchParams {
  return new QueryBuilder()
    .list("activity_types", args.activityTypes)
    .list("exclude_activity_types", args.excludeActivityTypes)
    .list("actor_ids", args.actorIds)
    .list("user_ids", args.userIds)
    .list("organization_ids", args.organizationIds)
    .range("created_at", args.createdAt)
    .set("after_id", args.afterId)
    .set("before_id", args.beforeId)
    .set("limit", args.limit)
    .set("order", args.order).params;
}
const ACTIVITIES = { route: ROUTE, args: ListActivitiesArgs, query: toQuery, page: UpstreamActivityPage };

/** A1: one page of the Activity Feed (newest first by default; after_id goes older). */
export async function listActivities(
  ctx: EndpointContext,
  params: ListActivitiesParams = {},
  opts: ActivityCallOptions = {},
) {
  return getPage(ctx, ACTIVITIES, ROUTE, params, opts, pickKey(ctx, opts.key));
}

/** A1 walk, resumable from `{ after_id }`. */
export function iterateActivities(
  ctx: EndpointContext,
  params: IterateActivitiesParams = {},
  options: IterateOptions<CursorCheckpoint> & ActivityCallOptions = {},
) {
  return walkCursorPages(ctx, ACTIVITIES, ROUTE, params, (page) => page.data, options, pickKey(ctx, options.key));
}
