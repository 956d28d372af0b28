import "server-only";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { Pool } from "pg";
import * as schema from "./schema";
import { lockDataDir } from "./data-dir-lock";
import type { DbHandle } from "./types";

export type CreateDbOptions = {
  /** postgres:// URL; when set, PostgreSQL via `pg` is used instead of PGlite. */
  url?: string;
  /** PGlite data folder, or "memory://" for an in-memory database (tests). */
  dataDir?: string;
  /** Defaults to ./drizzle under the working directory (the project root for next and the CLIs). */
  migrationsDir?: string;
};

/** Opens a database and applies pending migrations. Callers own the handle and must close() it. */
export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  const migrationsFolder = path.resolve(options.migrationsDir ?? path.join(process.cwd(), "drizzle"));
  if (options.url) {
    const pool = new Pool({ connectionString: options.url, max: 10 });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on("error", (err) => console.error("[db] idle client error:", err.message));
    const db = drizzlePg(pool, { schema });
    try {
      await migratePg(db, { migrationsFolder });
    } catch (err) {
      await pool.end();
      throw err;
    }
    return { db, kind: "postgres", close: () => pool.end() };
  }

  const dataDir = options.dataDir ?? "./.data";
  const inMemory = dataDir.startsWith("memory://");
  const release = inMemory ? () => {} : lockDataDir(path.resolve(dataDir));
  try {
    // The data folder also holds our lock file, so PostgreSQL's own files live one level down.
    const client = await PGlite.create(inMemory ? dataDir : path.join(path.resolve(dataDir), "pglite"));
    const db = drizzlePglite(client, { schema });
    try {
      await migratePglite(db, { migrationsFolder });
    } catch (err) {
      await client.close();
      throw err;
    }
    return {
      db,
      kind: "pglite",
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
