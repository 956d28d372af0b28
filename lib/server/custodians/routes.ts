import "server-only";
import { GroupParams, SearchCustodiansQuery } from "@/lib/schemas/investigate";
import { defineRoute, jsonNoStore } from "@/lib/server/http/route-def";
import { listGroupMembers } from "./list-group-members";
import { listGroups } from "./list-groups";
import { searchCustodians } from "./search-custodians";

// Picking custodians needs no declared purpose: it reads the directory, not anyone's content.

/** GET /api/custodians?q=&limit= */
export const searchCustodiansRoute = defineRoute(
  { capability: "custodian:read", query: SearchCustodiansQuery },
  async ({ query, ...ctx }) => jsonNoStore(await searchCustodians({ ...ctx, input: query })),
);

/** GET /api/groups */
export const listGroupsRoute = defineRoute({ capability: "custodian:read" }, async (ctx) =>
  jsonNoStore(await listGroups({ ...ctx, input: undefined })),
);

/** GET /api/groups/{groupId}/members */
export const listGroupMembersRoute = defineRoute(
  { capability: "custodian:read", params: GroupParams },
  async ({ params, ...ctx }) => jsonNoStore(await listGroupMembers({ ...ctx, input: params })),
);
