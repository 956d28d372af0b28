import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createStore } from "@/lib/simulator/store/create-store";
import { call, getOk, landmarkId, startTestSimulator, type Sim } from "../../support/simulator";
import { expectChunked, expectContentMd5, readDownload, readPrefix } from "./support/download";
import { FileMeta } from "./support/schemas";

// `bigFileBytes` / `--big-file-bytes` and the background md5 of large objects, over HTTP (reference §5.11: md5 may be
// null, and Content-MD5 is only sent when known).

const FILES = "/v1/compliance/apps/chats/files";
const MIB = 1024 * 1024;
const ROOT = path.resolve(__dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

const sims: Sim[] = [];
afterAll(async () => Promise.all(sims.map((s) => s.close())));
const start = async (opts: Parameters<typeof startTestSimulator>[0]) => {
  const sim = await startTestSimulator(opts);
  sims.push(sim);
  return sim;
};

/** Polls F1 until the md5 appears: the background hash of a few MiB takes well under a second. */
async function md5Appears(sim: Sim, fileId: string): Promise<string> {
  return vi.waitFor(
    async () => {
      const meta = await getOk(sim, `${FILES}/${fileId}`, FileMeta);
      if (meta.md5 === null) throw new Error("md5 still null");
      return meta.md5;
    },
    { timeout: 30_000, interval: 50 },
  );
}

describe("big file size and background md5", () => {
  it("serves a resized big file whose md5 appears in F1 and as Content-MD5 on F2", async () => {
    const sim = await start({ bigFileBytes: 16 * MIB, hashLargeContent: true });
    const fileId = landmarkId(sim.store, "big_file");
    expect((await getOk(sim, `${FILES}/${fileId}`, FileMeta)).size_bytes).toBe(16 * MIB);
    const md5 = await md5Appears(sim, fileId);
    const dl = await readDownload(await call(sim, `${FILES}/${fileId}/content`));
    expect(dl.status).toBe(200);
    expectChunked(dl.headers);
    expect(dl.bytes.length).toBe(16 * MIB);
    expect(dl.md5Hex).toBe(md5);
    expectContentMd5(dl.headers, dl.md5Hex);
  });

  it("without background hashing keeps md5 null and sends no Content-MD5 for an object too big to hash on request", async () => {
    // Above the 64 MiB the content route will hash on the request path.
    const sim = await start({ bigFileBytes: 72 * MIB });
    const fileId = landmarkId(sim.store, "big_file");
    const meta = await getOk(sim, `${FILES}/${fileId}`, FileMeta);
    expect(meta).toMatchObject({ size_bytes: 72 * MIB, md5: null });
    const res = await call(sim, `${FILES}/${fileId}/content`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-md5")).toBeNull();
    expect(await readPrefix(res, MIB)).toBeGreaterThanOrEqual(MIB);
  });
});

/** Runs the simulator CLI; resolves with its exit code and stderr, or its URL once it listens (then kills it). */
function runCli(args: string[]): Promise<{ code: number | null; stderr: string; url: string | null; stop(): void }> {
  const child = spawn(process.execPath, [TSX, path.join(ROOT, "lib/simulator/cli.ts"), ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = () => void child.kill("SIGTERM");
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stderr, url: null, stop }));
    createInterface({ input: child.stdout }).once("line", (line) => {
      const m = /^listening on (http:\/\/\S+)$/.exec(line);
      resolve({ code: null, stderr, url: m ? m[1] : null, stop });
    });
  });
}

describe("simulator CLI --big-file-bytes", () => {
  it.each([["0"], ["9000000000"]])("exits 2 with a clear message for --big-file-bytes %s", async (value) => {
    const run = await runCli(["--port", "0", "--big-file-bytes", value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--big-file-bytes: must be a positive integer of at most 8589934592 (8 GiB)");
  });

  it("serves the resized file and hashes it in the background by default", async () => {
    // Above the 8 MiB hashed synchronously, so only the background hashing can fill in the md5.
    const size = 12 * MIB + 1;
    const now = "2026-10-01T12:00:00Z";
    const run = await runCli(["--port", "0", "--big-file-bytes", String(size), "--now", now]);
    try {
      expect(run.url, run.stderr).not.toBeNull();
      // The same seed and now give the same ids: find the landmark in an identical store rather than over the wire.
      const twin = createStore({ profile: "demo", seed: 42, now: new Date(now), bigFileBytes: size });
      const fileId = landmarkId(twin, "big_file");
      const md5 = await vi.waitFor(
        async () => {
          const meta = await getOk({ url: run.url ?? "" }, `${FILES}/${fileId}`, FileMeta);
          expect(meta.size_bytes).toBe(size);
          if (meta.md5 === null) throw new Error("md5 still null");
          return meta.md5;
        },
        { timeout: 30_000, interval: 50 },
      );
      expect(md5).toBe(await twin.fileContent(fileId)?.md5Hex());
    } finally {
      run.stop();
    }
  });
});
