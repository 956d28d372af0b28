import "server-only";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { getServerConfig, type ServerConfig } from "@/lib/env";

const globalForState = globalThis as typeof globalThis & { __custodyEphemeralState?: string };

/**
 * Where files that belong with the database live (the signing key, audit checkpoints): the data folder. An in-memory
 * database (`memory://…`, tests) has no folder and dies with the process, so its files go to a temporary folder made
 * once per process rather than to a `memory:` folder under the working directory.
 */
export function stateDir(config: Pick<ServerConfig, "dataDir"> = getServerConfig()): string {
  if (!config.dataDir.startsWith("memory://")) return path.resolve(config.dataDir);
  return (globalForState.__custodyEphemeralState ??= mkdtempSync(path.join(os.tmpdir(), "custody-state-")));
}

/** The folder of the audit checkpoints: CUSTODY_AUDIT_CHECKPOINT_DIR, or `<data dir>/audit-checkpoints`. */
export function auditCheckpointDir(config: ServerConfig = getServerConfig()): string {
  return path.resolve(config.auditCheckpoints.dir ?? path.join(stateDir(config), "audit-checkpoints"));
}
