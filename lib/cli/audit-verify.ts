// `npm run audit:verify`: walks the audit hash chain and holds it against the signed checkpoints; exits 1 naming the
// first broken entry and every checkpoint the table contradicts (truncation, rewrite, bad signature).
import "server-only";
import { verifyProcessAuditTrail } from "@/lib/server/audit/verify-audit-trail";
import { getDb } from "@/lib/server/db";
import { runDbCli } from "./run-db-cli";

async function main(): Promise<number> {
  const result = await verifyProcessAuditTrail(await getDb());
  const { checkpoints } = result;
  if (result.broken) {
    const { id, seq, reason } = result.broken;
    console.log(`BROKEN at entry ${id} (seq ${seq}): ${reason}`);
  }
  for (const problem of checkpoints.problems)
    console.log(`CHECKPOINT ${problem.kind.toUpperCase()}: ${problem.reason}`);
  if (checkpoints.problemCount > checkpoints.problems.length) {
    console.log(`… and ${checkpoints.problemCount - checkpoints.problems.length} more checkpoint problems`);
  }
  if (result.ok) {
    const latest = checkpoints.latest
      ? `, latest at seq ${checkpoints.latest.seq} (${checkpoints.latest.signedAt})`
      : "";
    console.log(`OK: ${result.count} entries verified; ${checkpoints.verified} signed checkpoints agree${latest}`);
    return 0;
  }
  return 1;
}

runDbCli(main);
