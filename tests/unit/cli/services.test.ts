import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { probePostgres, probeRedis, suitesReading } from "@/lib/cli/services";

/** A loopback port that was just free: nothing listens on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

describe("service probes", () => {
  test("an explicit TEST_* URL is used as is, without probing", async () => {
    const pg = await probePostgres({ TEST_DATABASE_URL: "postgres://elsewhere/db" });
    const redis = await probeRedis({ TEST_REDIS_URL: "redis://elsewhere:6380" });
    expect(pg.url).toBe("postgres://elsewhere/db");
    expect(redis.url).toBe("redis://elsewhere:6380");
  });

  test("a service that does not answer is reported missing with the reason", async () => {
    const port = await closedPort();
    const pg = await probePostgres({}, `postgres://postgres@127.0.0.1:${port}/test`);
    const redis = await probeRedis({}, `redis://127.0.0.1:${port}`);
    expect(pg.url).toBeNull();
    expect(pg.detail).toMatch(/ECONNREFUSED/);
    expect(redis.url).toBeNull();
    expect(redis.detail).toMatch(/ECONNREFUSED|closed/i);
  });
});

describe("suitesReading", () => {
  test("names suites that read the variable directly or through a helper they import", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "custody-suites-"));
    try {
      await mkdir(path.join(root, "support"));
      await writeFile(path.join(root, "support", "dbs.ts"), "export const url = process.env.TEST_DATABASE_URL;");
      await writeFile(path.join(root, "direct.test.ts"), "const u = process.env.TEST_DATABASE_URL;");
      await writeFile(path.join(root, "helper.test.ts"), 'import { url } from "./support/dbs";');
      await writeFile(path.join(root, "unrelated.test.ts"), 'import { x } from "./support/other";');
      await writeFile(path.join(root, "mentions-only.test.ts"), 'probe({ TEST_DATABASE_URL: "postgres://x" });');
      const suites = (await suitesReading(root, "TEST_DATABASE_URL")).map((file) => path.basename(file));
      expect(suites).toEqual(["direct.test.ts", "helper.test.ts"]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
