// `npm run audit:checkpoint`: signs the audit chain's head now and writes the checkpoint file (the server does this
// every CUSTODY_AUDIT_CHECKPOINT_EVERY entries and every CUSTODY_AUDIT_CHECKPOINT_MINUTES).
import "server-only";
import path from "node:path";
import { checkpointAuditHead } from "@/lib/server/audit-checkpoints/checkpointer";
import { processCheckpointerSettings } from "@/lib/server/audit-checkpoints/process-checkpointer";
import { getDb } from "@/lib/server/db";
import { runDbCli } from "./run-db-cli";

async function main(): Promise<number> {
  const settings = processCheckpointerSettings(await getDb());
  const stored = await checkpointAuditHead(settings, { force: true });
  if (!stored) {
    console.log("No checkpoint written: the audit trail is empty, or behind its last checkpoint (run audit:verify).");
    return 1;
  }
  const { seq, at, keyId } = stored.checkpoint;
  const verb = stored.created ? "Checkpoint written" : "Already checkpointed";
  console.log(`${verb}: seq ${seq}, signed ${at} by ${keyId}: ${path.join(settings.dir, stored.file)}`);
  return 0;
}

runDbCli(main);
