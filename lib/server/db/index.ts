import "server-only";
import { getServerConfig } from "@/lib/env";
import { installProcessCheckpointer } from "../audit-checkpoints/process-checkpointer";
import { seedDemoAccounts } from "../auth/seed-demo-accounts";
import { createDb } from "./create-db";
import type { Db, DbHandle } from "./types";

export { createDb } from "./create-db";
export type { CreateDbOptions } from "./create-db";
export type { Db, DbHandle, DbKind } from "./types";

// On globalThis, not module scope: `next dev` re-evaluates modules on every edit, and a second
// PGlite on the same data folder would corrupt it.
const globalForDb = globalThis as typeof globalThis & { __custodyDb?: Promise<DbHandle> };

async function openProcessDb(): Promise<DbHandle> {
  const config = getServerConfig();
  const handle = await createDb({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    migrationsDir: config.migrationsDir,
  });
  if (config.demo) await seedDemoAccounts(handle.db, { demo: true });
  // Only the process database checkpoints into the process's folder (a test's own database never does).
  installProcessCheckpointer(handle.db);
  return handle;
}

/** The process-wide database, migrated (and demo-seeded with CUSTODY_DEMO=1) on first use. */
export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

export function getDbHandle(): Promise<DbHandle> {
  if (!globalForDb.__custodyDb) {
    const opening = openProcessDb();
    globalForDb.__custodyDb = opening;
    // A failed open (bad URL, locked folder) must not be cached forever.
    opening.catch(() => {
      if (globalForDb.__custodyDb === opening) globalForDb.__custodyDb = undefined;
    });
  }
  return globalForDb.__custodyDb;
}

/** Closes the process-wide database (CLIs call this before exiting). */
export async function closeDb(): Promise<void> {
  const opening = globalForDb.__custodyDb;
  globalForDb.__custodyDb = undefined;
  if (opening) await (await opening).close();
}
