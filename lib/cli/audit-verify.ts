// `npm run audit:verify`: walks the audit hash chain; exits 1 naming the first broken entry.
import "server-only";
import { verifyAuditChain } from "@/lib/server/audit/verify-chain";
import { closeDb, getDb } from "@/lib/server/db";
import { flushDueRollups } from "@/lib/server/audit/rollup";

async function main(): Promise<number> {
  // Windows that are over join the chain first (issue 10 §3), so what is verified is the whole trail.
  await flushDueRollups(await getDb());
  const result = await verifyAuditChain(await getDb());
  if (result.ok) {
    console.log(`OK: ${result.count} entries verified`);
    return 0;
  }
  const { id, seq, reason } = result.broken;
  console.log(`BROKEN at entry ${id} (seq ${seq}): ${reason}`);
  return 1;
}

main()
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    return 2;
  })
  .then(async (code) => {
    await closeDb().catch(() => {});
    process.exit(code);
  });
