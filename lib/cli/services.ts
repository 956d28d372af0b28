import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Redis } from "ioredis";
import pg from "pg";

/**
 * Finds the optional PostgreSQL and Redis services for the test run. Suites that need them read
 * TEST_DATABASE_URL / TEST_REDIS_URL and skip themselves when those are unset.
 */

export interface ServiceStatus {
  name: "PostgreSQL" | "Redis";
  envVar: "TEST_DATABASE_URL" | "TEST_REDIS_URL";
  /** The URL the tests will use, or null when the service did not answer. */
  url: string | null;
  /** How the URL was chosen, or why the service is missing. */
  detail: string;
}

type EnvSource = Readonly<Record<string, string | undefined>>;

const PROBE_TIMEOUT_MS = 2000;
export const DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/test";
export const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";

/** Connects to the server's maintenance database and creates `test` if it is missing. */
export async function probePostgres(env: EnvSource, candidate = DEFAULT_DATABASE_URL): Promise<ServiceStatus> {
  const base = { name: "PostgreSQL", envVar: "TEST_DATABASE_URL" } as const;
  if (env.TEST_DATABASE_URL) return { ...base, url: env.TEST_DATABASE_URL, detail: "from TEST_DATABASE_URL" };
  const target = new URL(candidate);
  const database = target.pathname.slice(1);
  const admin = new URL(candidate);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: PROBE_TIMEOUT_MS });
  client.on("error", () => {});
  try {
    await client.connect();
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
    return { ...base, url: candidate, detail: `${target.host} answered` };
  } catch (error) {
    return { ...base, url: null, detail: `${target.host}: ${describeError(error)}` };
  } finally {
    await client.end().catch(() => {});
  }
}

export async function probeRedis(env: EnvSource, candidate = DEFAULT_REDIS_URL): Promise<ServiceStatus> {
  const base = { name: "Redis", envVar: "TEST_REDIS_URL" } as const;
  if (env.TEST_REDIS_URL) return { ...base, url: env.TEST_REDIS_URL, detail: "from TEST_REDIS_URL" };
  const host = new URL(candidate).host;
  const redis = new Redis(candidate, {
    lazyConnect: true,
    connectTimeout: PROBE_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // Without a listener ioredis prints "Unhandled error event" for a refused connection.
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.ping();
    return { ...base, url: candidate, detail: `${host} answered` };
  } catch (error) {
    return { ...base, url: null, detail: `${host}: ${describeError(error)}` };
  } finally {
    redis.disconnect();
  }
}

function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describeError(error.errors[0]);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/**
 * Test files that read `process.env.<envVar>`, directly or through a helper module under the same
 * root that reads it (one import level), so the skip notice can name the suites it affects.
 */
export async function suitesReading(root: string, envVar: string): Promise<string[]> {
  const needle = `process.env.${envVar}`;
  const sources = new Map<string, string>();
  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (/\.tsx?$/.test(entry.name)) sources.set(full, await readFile(full, "utf8"));
    }
  }
  await walk(root);
  const isSuite = (file: string) => /\.(test|spec)\.tsx?$/.test(file);
  const helpers = [...sources]
    .filter(([file, text]) => !isSuite(file) && text.includes(needle))
    .map(([file]) => path.basename(file).replace(/\.tsx?$/, ""));
  const importsHelper = (text: string) => helpers.some((name) => new RegExp(`from ["'][^"']*/${name}["']`).test(text));
  return [...sources]
    .filter(([file, text]) => isSuite(file) && (text.includes(needle) || importsHelper(text)))
    .map(([file]) => path.relative(process.cwd(), file))
    .sort();
}
