import { verifyProcessAuditTrail } from "@/lib/server/audit/verify-audit-trail";
import { withRoute } from "@/lib/server/http/route";

// GET /api/audit/verify: the hash chain and its signed checkpoints; `{ ok, count, broken?, checkpoints }` names the
// first altered or missing entry, and every checkpoint the table contradicts (truncation, rewrite, bad signature)
export const GET = withRoute({ capability: "audit:read", limit: "export" }, async ({ db, audit }) => {
  const result = await verifyProcessAuditTrail(db);
  await audit.record({
    action: "audit.view",
    details: {
      check: "chain",
      ok: result.ok,
      count: result.count,
      checkpointProblems: result.checkpoints.problemCount,
    },
  });
  return Response.json(result, { headers: { "cache-control": "no-store" } });
});
