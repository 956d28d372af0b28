import "server-only";
import { ListCodeArtifactsQuery } from "@/lib/schemas/investigate";
import { defineRoute, jsonNoStore } from "@/lib/server/http/route-def";
import { listCodeArtifacts } from "./list-code-artifacts";

// The version download (CA2) is mounted with the other downloads, in files/routes.ts.

/** GET /api/code-artifacts?user_ids=&updated_from=&updated_to=&cursor=&limit= (the same capability as sessions). */
export const listCodeArtifactsRoute = defineRoute(
  { capability: "custodian:read", requiresPurpose: true, query: ListCodeArtifactsQuery },
  async ({ query, ...ctx }) => jsonNoStore(await listCodeArtifacts({ ...ctx, input: query })),
);
