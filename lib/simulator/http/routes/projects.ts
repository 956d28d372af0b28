import type { Rec } from "../../store/types";
import { notFound } from "../errors";
import { limitParam, timeRange as timeParams } from "../query/spec";
import { json, text, type Route, type SimEnv } from "../route";
import {
  allOf,
  bounds,
  fieldTimeMatcher,
  liveness,
  orgMatcher,
  pageBody,
  pageTokenList,
  rangeOf,
  unique,
} from "./shared";

const USER_DATA = "read:compliance_user_data";
const BASE = "/v1/compliance/apps/projects";
export const PROJECT_NOT_FOUND = "No project is found with the provided id.";
export const DOCUMENT_NOT_FOUND = "No project document found with the provided id.";

const pageQuery = { limit: limitParam(100), page: { kind: "string" } } as const;

/** Attachments point at files and documents that can be hard-deleted on their own. */
function attachmentLive(env: SimEnv, rec: Rec): boolean {
  if (!env.deletions.happened) return true;
  const id = text(rec, "id") ?? "";
  return text(rec, "type") === "project_doc"
    ? env.store.documentMetadata(id) !== undefined
    : env.store.file(id) !== undefined;
}

export const projectRoutes: Route[] = [
  {
    id: "P1",
    method: "GET",
    template: BASE,
    scope: USER_DATA,
    query: {
      "organization_ids[]": { kind: "list" },
      "user_ids[]": { kind: "list" },
      ...timeParams("created_at"),
      ...timeParams("updated_at"),
      ...pageQuery,
    },
    handle: (ctx) => {
      const store = ctx.env.store;
      const users = unique(ctx.query.list("user_ids[]"));
      const colls = users.length > 0 ? users.map((u) => store.projectsOfUser(u)) : [store.projects()];
      const page = pageTokenList(ctx, {
        endpoint: "P1",
        colls,
        range: rangeOf(ctx.query, "created_at"),
        accept: allOf(
          liveness(ctx.env, (id) => store.project(id) !== undefined),
          orgMatcher(ctx.query.list("organization_ids[]")),
          fieldTimeMatcher("updated_at", bounds(ctx.query, "updated_at")),
        ),
        defaultLimit: 20,
      });
      return json(pageBody(page));
    },
  },
  {
    id: "P2",
    method: "GET",
    template: `${BASE}/{project_id}`,
    scope: USER_DATA,
    query: {},
    handle: (ctx) => {
      const project = ctx.env.store.project(ctx.params.project_id);
      if (!project) throw notFound(PROJECT_NOT_FOUND);
      return json(project);
    },
  },
  {
    id: "P4",
    method: "GET",
    template: `${BASE}/{project_id}/attachments`,
    scope: USER_DATA,
    query: pageQuery,
    handle: (ctx) => {
      const id = ctx.params.project_id;
      const attachments = ctx.env.store.project(id) ? ctx.env.store.projectAttachments(id) : undefined;
      if (!attachments) throw notFound(PROJECT_NOT_FOUND);
      const accept = (r: Rec) => attachmentLive(ctx.env, r);
      return json(
        pageBody(pageTokenList(ctx, { endpoint: "P4", scope: [id], colls: [attachments], accept, defaultLimit: 20 })),
      );
    },
  },
  {
    id: "P5",
    method: "GET",
    template: `${BASE}/{project_id}/collaborators`,
    scope: USER_DATA,
    query: pageQuery,
    handle: (ctx) => {
      const id = ctx.params.project_id;
      const collaborators = ctx.env.store.project(id) ? ctx.env.store.projectCollaborators(id) : undefined;
      if (!collaborators) throw notFound(PROJECT_NOT_FOUND);
      return json(
        pageBody(pageTokenList(ctx, { endpoint: "P5", scope: [id], colls: [collaborators], defaultLimit: 20 })),
      );
    },
  },
  {
    id: "D1",
    method: "GET",
    template: `${BASE}/documents/{document_id}`,
    scope: USER_DATA,
    query: {},
    handle: (ctx) => {
      const doc = ctx.env.store.document(ctx.params.document_id);
      if (!doc) throw notFound(DOCUMENT_NOT_FOUND);
      return json(doc);
    },
  },
  {
    id: "D2",
    method: "GET",
    template: `${BASE}/documents/{document_id}/metadata`,
    scope: USER_DATA,
    query: {},
    handle: (ctx) => {
      const meta = ctx.env.store.documentMetadata(ctx.params.document_id);
      if (!meta) throw notFound(DOCUMENT_NOT_FOUND);
      return json(meta);
    },
  },
];
