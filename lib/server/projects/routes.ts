import "server-only";
import { DocumentParams, ListProjectsQuery, ProjectParams } from "@/lib/schemas/investigate";
import { defineRoute, jsonNoStore } from "../investigate/route-def";
import { getDocument } from "./get-document";
import { getProject } from "./get-project";
import { listProjects } from "./list-projects";

const VIEW = { capability: "custodian:read", requiresPurpose: true } as const;

/** GET /api/projects?user_ids=&from=&to= */
export const listProjectsRoute = defineRoute({ ...VIEW, query: ListProjectsQuery }, async ({ query, audit }, deps) =>
  jsonNoStore(await listProjects({ client: deps.client(), directory: deps.directory(), audit, input: query })),
);

/** GET /api/projects/{projectId} */
export const projectRoute = defineRoute({ ...VIEW, params: ProjectParams }, async ({ params, audit }, deps) =>
  jsonNoStore(await getProject({ client: deps.client(), directory: deps.directory(), audit, input: params })),
);

/** GET /api/documents/{documentId} */
export const documentRoute = defineRoute({ ...VIEW, params: DocumentParams }, async ({ params, audit }, deps) =>
  jsonNoStore(await getDocument({ client: deps.client(), audit, input: params })),
);
