import "server-only";
import { DocumentParams, ListProjectsQuery, ProjectParams } from "@/lib/schemas/investigate";
import { defineRoute, jsonNoStore } from "@/lib/server/http/route-def";
import { getDocument } from "./get-document";
import { getProject } from "./get-project";
import { listProjectChats } from "./list-project-chats";
import { listProjects } from "./list-projects";

const VIEW = { capability: "custodian:read", requiresPurpose: true } as const;

/** GET /api/projects?user_ids=&from=&to= */
export const listProjectsRoute = defineRoute({ ...VIEW, query: ListProjectsQuery }, async ({ query, ...ctx }) =>
  jsonNoStore(await listProjects({ ...ctx, input: query })),
);

/** GET /api/projects/{projectId} */
export const projectRoute = defineRoute({ ...VIEW, params: ProjectParams }, async ({ params, ...ctx }) =>
  jsonNoStore(await getProject({ ...ctx, input: params })),
);

/** GET /api/documents/{documentId} */
export const documentRoute = defineRoute({ ...VIEW, params: DocumentParams }, async ({ params, ...ctx }) =>
  jsonNoStore(await getDocument({ ...ctx, input: params })),
);

/** GET /api/projects/{projectId}/chats */
export const projectChatsRoute = defineRoute({ ...VIEW, params: ProjectParams }, async ({ params, ...ctx }) =>
  jsonNoStore(await listProjectChats({ ...ctx, input: params })),
);
