import "server-only";
import { getServerConfig } from "@/lib/env";
import type { Db } from "../db/types";
import { auditCheckpointDir } from "../state-dir";
import { getSigningKey } from "../signing/signing-key";
import { installAuditCheckpointer, startAuditCheckpointTimer, type CheckpointerSettings } from "./checkpointer";

/** The process database's checkpoint settings, from lib/env.ts; the key is loaded (or made) on first signature. */
export function processCheckpointerSettings(db: Db): CheckpointerSettings {
  const config = getServerConfig();
  return { db, every: config.auditCheckpoints.every, dir: auditCheckpointDir(config), key: getSigningKey };
}

export function installProcessCheckpointer(db: Db): void {
  installAuditCheckpointer(processCheckpointerSettings(db));
}

/** Server start (instrumentation.ts): make sure the key exists, then checkpoint the head every interval. */
export function startProcessCheckpoints(): void {
  getSigningKey();
  startAuditCheckpointTimer(getServerConfig().auditCheckpoints.intervalMs);
}
