import { verifyAuditChain } from "@/lib/server/audit/verify-chain";
import { withRoute } from "@/lib/server/http/route";
import { flushDueRollups } from "@/lib/server/audit/rollup";

// GET /api/audit/verify: walks the hash chain; `{ ok, count, broken? }` names the first altered or missing entry
export const GET = withRoute({ capability: "audit:read", limit: "export" }, async ({ db, audit }) => {
  await flushDueRollups(db);
  const result = await verifyAuditChain(db);
  await audit.record({ action: "audit.view", details: { check: "chain", ok: result.ok, count: result.count } });
  return Response.json(result, { headers: { "cache-control": "no-store" } });
});
