import { withRoute } from "@/lib/server/http/route";
import { searchCustodiansRoute } from "@/lib/server/custodians/routes";

// GET /api/custodians: search the directory of every linked org by name or email
export const GET = withRoute(searchCustodiansRoute);
