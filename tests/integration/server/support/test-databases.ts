import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { createDb } from "@/lib/server/db/create-db";
import type { DbHandle } from "@/lib/server/db/types";

export type TestDatabase = DbHandle & {
  /** postgres:// URL of the per-file database (PostgreSQL only), for child processes. */
  url?: string;
  /** Runs raw SQL as the owner: tamper tests use it to disable the append-only trigger. */
  exec: (sql: string) => Promise<void>;
  cleanup: () => Promise<void>;
};

export type TestDatabaseTarget = { name: "pglite" | "postgres"; open: () => Promise<TestDatabase> };

/** The admin connection: TEST_DATABASE_URL with its database swapped for `postgres`. */
function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = "/postgres";
  return u.toString();
}

async function openPostgres(baseUrl: string): Promise<TestDatabase> {
  const name = `custody_t_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: adminUrl(baseUrl) });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const handle = await createDb({ url });
  return {
    ...handle,
    url,
    exec: async (sql) => {
      const c = new Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(sql);
      } finally {
        await c.end();
      }
    },
    cleanup: async () => {
      await handle.close();
      // pg's pool.end() resolves before its sockets are gone; let them go before forcing the drop.
      for (let i = 0; i < 50; i++) {
        const { rows } = await admin.query("select count(*)::int as n from pg_stat_activity where datname = $1", [
          name,
        ]);
        if (rows[0]?.n === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function openPglite(): Promise<TestDatabase> {
  const handle = await createDb({ dataDir: "memory://" });
  const { sql } = await import("drizzle-orm");
  return {
    ...handle,
    exec: async (text) => {
      try {
        await handle.db.execute(sql.raw(text));
      } catch (err) {
        // drizzle wraps driver errors; surface PostgreSQL's own message like pg does.
        throw err instanceof Error && err.cause instanceof Error ? err.cause : err;
      }
    },
    cleanup: () => handle.close(),
  };
}

/**
 * Every integration suite runs on PGlite (in memory) and, when TEST_DATABASE_URL is set
 * (e.g. postgres://postgres@127.0.0.1:5432/test), on PostgreSQL in a fresh database per file.
 */
export function testDatabaseTargets(): TestDatabaseTarget[] {
  const targets: TestDatabaseTarget[] = [{ name: "pglite", open: openPglite }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) targets.push({ name: "postgres", open: () => openPostgres(url) });
  return targets;
}
