import { ApiError, notFound } from "../errors";
import { json, type Reply, type Route, type RouteContext } from "../route";
import { fileNotFound } from "./content";

const DELETE_SCOPE = "delete:compliance_user_data";

interface DeleteSpec {
  id: string;
  template: string;
  param: string;
  type: string;
  exists(ctx: RouteContext, id: string): boolean;
  remove(ctx: RouteContext, id: string): boolean;
  missing(id: string): ApiError;
  /** Extra refusal before deleting (projects with chats → 409). */
  guard?(ctx: RouteContext, id: string): void;
}

/** Hard deletes (reference §5.10–5.18): `{id, type}` on success, the documented 404 when unknown or already gone. */
function deleteRoute(spec: DeleteSpec): Route {
  return {
    id: spec.id,
    method: "DELETE",
    template: spec.template,
    scope: DELETE_SCOPE,
    query: {},
    handle: (ctx): Reply => {
      const id = ctx.params[spec.param];
      if (!spec.exists(ctx, id)) throw spec.missing(id);
      spec.guard?.(ctx, id);
      if (!spec.remove(ctx, id)) throw spec.missing(id);
      ctx.env.deletions.happened = true;
      return json({ id, type: spec.type });
    },
  };
}

export const deleteRoutes: Route[] = [
  deleteRoute({
    id: "C3",
    template: "/v1/compliance/apps/chats/{claude_chat_id}",
    param: "claude_chat_id",
    type: "claude_chat_deleted",
    exists: (ctx, id) => ctx.env.store.chat(id) !== undefined,
    remove: (ctx, id) => ctx.env.store.deleteChat(id),
    missing: (id) => notFound(`Chat conversation not found: '${id}'`),
  }),
  deleteRoute({
    id: "F3",
    template: "/v1/compliance/apps/chats/files/{claude_file_id}",
    param: "claude_file_id",
    type: "claude_file_deleted",
    exists: (ctx, id) => ctx.env.store.file(id) !== undefined,
    remove: (ctx, id) => ctx.env.store.deleteFile(id),
    missing: fileNotFound,
  }),
  deleteRoute({
    id: "P3",
    template: "/v1/compliance/apps/projects/{project_id}",
    param: "project_id",
    type: "claude_project_deleted",
    exists: (ctx, id) => ctx.env.store.project(id) !== undefined,
    remove: (ctx, id) => ctx.env.store.deleteProject(id),
    missing: () => notFound("No project found with provided id, or it has already been deleted."),
    guard: (ctx, id) => {
      if (ctx.env.store.projectChatIds(id).length > 0)
        throw new ApiError(
          409,
          "invalid_request_error",
          `The "${id}" project cannot be deleted as it has chats attached to it. ` +
            "Delete or detach all chats, and try deleting the project again.",
        );
    },
  }),
  deleteRoute({
    id: "D3",
    template: "/v1/compliance/apps/projects/documents/{document_id}",
    param: "document_id",
    type: "claude_project_document_deleted",
    exists: (ctx, id) => ctx.env.store.documentMetadata(id) !== undefined,
    remove: (ctx, id) => ctx.env.store.deleteDocument(id),
    missing: () => notFound("No project document found with the provided id, or it has already been deleted."),
  }),
  deleteRoute({
    id: "CA3",
    template: "/v1/compliance/apps/code/artifacts/{artifact_id}",
    param: "artifact_id",
    type: "code_artifact_deleted",
    exists: (ctx, id) => ctx.env.store.codeArtifact(id) !== undefined,
    remove: (ctx, id) => ctx.env.store.deleteCodeArtifact(id),
    missing: (id) => notFound(`Code artifact not found: '${id}'`),
  }),
];
