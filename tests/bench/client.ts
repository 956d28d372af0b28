/**
 * `npm run bench:client`: what the rate budget and the client deliver against the simulator
 * (latency 250 ms, 600 requests/min), in three parts:
 *   1. a budgeted concurrent walk (messages of many chats, mapConcurrent) for ~70 s.
 *   2. a strictly sequential walk of the same chats (one request at a time, like a script around an
 *      SDK) for as long: `vs_sequential` = budgeted sustained rate / sequential rate;
 *   3. a 2 GiB file (the simulator's big_file, started with bigFileBytes = 2 GiB) through the
 *      client's verified download stream, which checks its length and, once the simulator's
 *      background hashing has produced it, its MD5: MiB/s and this process's RSS growth (sampled
 *      every 20 ms; target <= 64 MiB; the progress line breaks the peak down by process.memoryUsage() figure).
 *
 * How `budget_share` is measured: the client's fetch is wrapped to record the moment every request
 * (retries included) is sent. The budget is a sliding window of 600 requests per 60 s, so a client
 * that uses all of it sends request i + 600 exactly when request i leaves the window: the gap
 * t[i + 600] - t[i] is then 60 s. budget_share = 60 s / (mean of t[i + 600] - t[i] over every i that
 * has a partner) — the steady rate as a share of 600/min, whatever the start-up burst looked like
 * (target >= 0.95; see sustainedShare in tests/support/budget/bench-support.ts). The progress lines
 * also print the literal "requests in the last full 60 s window / budget": the sends in the 60 s
 * ending when the walk stopped, divided by 600. On a 70 s run that window still contains the replay
 * of the start-up burst (the first 600 requests leave the window one by one and are replaced as fast
 * as latency allows), so it is printed for comparison, not used as the figure.
 *
 * The simulator runs in a child process so RSS is the client's alone. Progress goes to stderr;
 * stdout gets ONE JSON line: {"budget_share", "vs_sequential", "download_mib_s", "download_rss_growth_mib"}.
 * Flags: --seconds 70, --concurrency 8.
 *
 * lib/compliance imports `server-only`, which only resolves under the react-server condition, so
 * this file re-runs itself with --conditions=react-server and loads the client dynamically.
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { z } from "zod";

const CHILD_FLAG = "CUSTODY_BENCH_CLIENT_CHILD";
const RPM = 600;
const LATENCY_MS = 250;
const WINDOW_MS = 60_000;
const BIG_FILE_BYTES = 2 * 1024 ** 3;
/** How long the download part waits for the simulator's background MD5 of the big file (about 2 s of CPU per GiB). */
const MD5_WAIT_MS = 60_000;

if (process.env[CHILD_FLAG] !== "1") {
  const run = spawnSync(
    process.execPath,
    [...process.execArgv, "--conditions=react-server", ...process.argv.slice(1)],
    {
      stdio: "inherit",
      env: { ...process.env, [CHILD_FLAG]: "1" },
    },
  );
  process.exit(run.status ?? 1);
} else {
  main().catch((error: unknown) => {
    process.stderr.write(
      `bench:client failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { seconds: { type: "string", default: "70" }, concurrency: { type: "string", default: "8" } },
  });
  const durationMs = z.coerce.number().positive().parse(values.seconds) * 1000;
  const concurrency = z.coerce.number().int().min(1).max(64).parse(values.concurrency);
  const { createComplianceClient } = await import("../../lib/compliance");
  const { createRateBudget } = await import("../../lib/compliance/budget");
  const { DEMO_KEYS } = await import("../../lib/simulator/keys");
  const support = await import("../support/budget/bench-support");
  const { fetchSimStats } = await import("../support/budget/sim-stats");
  const { progress } = support;
  /** Both figures: the sustained share, and the literal count of the last full 60 s window over the budget. */
  const shares = (sends: readonly number[], started: number, end: number) => {
    const sustained = support.sustainedShare(sends, RPM, WINDOW_MS);
    const last = support.sendsInWindow(sends, end, WINDOW_MS);
    const window =
      end - started < WINDOW_MS ? "n/a (not 60 s in yet)" : `${last} / ${RPM} = ${(last / RPM).toFixed(3)}`;
    return `sustained share ${sustained === null ? "n/a (< 1 window of sends)" : sustained.toFixed(3)}; requests in the last full 60 s window / budget = ${window}`;
  };

  const host = await support.startSimHost({
    rateLimit: RPM,
    latencyMs: LATENCY_MS,
    recordAccess: false,
    bigFileBytes: BIG_FILE_BYTES,
    hashLargeContent: true,
  });
  progress(`simulator at ${host.url} (latency ${LATENCY_MS} ms, ${RPM}/min)`);
  const accessKey = DEMO_KEYS[0].key;
  try {
    /** A client with its own budget that logs when each request is sent. */
    const makeClient = (name: string, maxConcurrency: number) => {
      const sends: number[] = [];
      const budget = createRateBudget({ rpm: RPM, id: `bench-${name}-${process.pid}` });
      const countingFetch: typeof fetch = (input, init) => (sends.push(Date.now()), fetch(input, init));
      const client = createComplianceClient({
        baseUrl: host.url,
        accessKey,
        budget,
        maxConcurrency,
        fetch: countingFetch,
      });
      return { client, budget, sends };
    };

    // The chats to walk: org-wide listing, before any timing.
    const lister = makeClient("list", 4);
    const chatIds: string[] = [];
    for await (const page of lister.client.chats.iterate({ limit: 1000 })) chatIds.push(...page.data.map((c) => c.id));
    await lister.budget.close();
    progress(`walking messages of ${chatIds.length} chats`);

    /** Messages of the chats, over and over, until `durationMs` is up. */
    const walk = async (name: string, maxConcurrency: number) => {
      await fetch(`${host.url}/_sim/reset`, { method: "POST" }); // fresh upstream window and stats per part
      const { client, budget, sends } = makeClient(name, maxConcurrency);
      const signal = AbortSignal.timeout(durationMs);
      const started = Date.now();
      const ticker = setInterval(
        () =>
          progress(
            `${name}: ${sends.length} requests after ${((Date.now() - started) / 1000).toFixed(0)} s; ${shares(sends, started, Date.now())}`,
          ),
        10_000,
      );
      async function* cycle() {
        for (let i = 0; !signal.aborted; i++) yield chatIds[i % chatIds.length];
      }
      try {
        await client.mapConcurrent(cycle(), (id) => client.chats.getMessages(id, { limit: 100 }, { signal }), {
          concurrency: maxConcurrency,
          signal,
        });
      } catch (error) {
        if (!signal.aborted) throw error;
      } finally {
        clearInterval(ticker);
        await budget.close();
      }
      const ended = Date.now();
      const stats = await fetchSimStats(host.url);
      return { sends, started, ended, stats };
    };

    const budgeted = await walk("budgeted", concurrency);
    const budgetShare = support.sustainedShare(budgeted.sends, RPM, WINDOW_MS);
    if (budgetShare === null)
      throw new Error(`only ${budgeted.sends.length} requests: run longer than one window (--seconds)`);
    progress(
      `budgeted: ${budgeted.sends.length} requests in ${((budgeted.ended - budgeted.started) / 1000).toFixed(1)} s; ` +
        `${shares(budgeted.sends, budgeted.started, budgeted.ended)}; ` +
        `server max in any 60 s ${budgeted.stats.max_requests_in_any_60s_window}; 429s ${budgeted.stats.by_status["429"] ?? 0}`,
    );

    const sequential = await walk("sequential", 1);
    const seqRate = sequential.sends.length / ((sequential.ended - sequential.started) / 1000);
    const budgetedRate = (budgetShare * RPM) / (WINDOW_MS / 1000);
    const vsSequential = budgetedRate / seqRate;
    progress(
      `sequential: ${sequential.sends.length} requests (${seqRate.toFixed(2)}/s); budgeted sustained ${budgetedRate.toFixed(2)}/s; ratio ${vsSequential.toFixed(2)}`,
    );

    // No counting fetch here: the download goes through the client's own file transport (streamFetch), as in the app.
    const downloadBudget = createRateBudget({ rpm: RPM, id: `bench-download-${process.pid}` });
    const downloader = {
      client: createComplianceClient({ baseUrl: host.url, accessKey, budget: downloadBudget, maxConcurrency: 4 }),
      budget: downloadBudget,
    };
    const { mibPerS, rssGrowthMib } = await benchDownload(host.landmarks, downloader.client, support).finally(() =>
      downloader.budget.close(),
    );
    process.stdout.write(
      `${JSON.stringify({
        budget_share: round(budgetShare),
        vs_sequential: round(vsSequential),
        download_mib_s: round(mibPerS),
        download_rss_growth_mib: round(rssGrowthMib),
      })}\n`,
    );
  } finally {
    host.stop();
  }
}

type Client = ReturnType<typeof import("../../lib/compliance").createComplianceClient>;
type Support = typeof import("../support/budget/bench-support");

/** Polls F1 until the simulator's background hashing has put the md5 in the metadata; null if it never does. */
async function waitForMd5(client: Client, fileId: string, support: Support): Promise<string | null> {
  const deadline = Date.now() + MD5_WAIT_MS;
  for (;;) {
    const meta = await client.files.get(fileId);
    if (meta.md5) return meta.md5;
    if (Date.now() > deadline) return null;
    support.progress("download: waiting for the simulator's background md5 of the big file");
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

/** Streams the 2 GiB file through the verified download into a sink that drops the bytes. */
async function benchDownload(landmarks: Record<string, string | string[]>, client: Client, support: Support) {
  const fileId = landmarks.big_file;
  if (typeof fileId !== "string") throw new Error("the simulator has no `big_file` landmark");
  const md5 = await waitForMd5(client, fileId, support);
  if (md5 === null) support.progress(`download: NOTE no md5 after ${MD5_WAIT_MS / 1000} s; verifying the length only`);
  const rss = support.sampleRss(20);
  const started = Date.now();
  let lastReport = started;
  let seen = 0;
  const result = await client.downloadVerified("file", fileId, (info) => {
    support.progress(
      `download: ${info.filename ?? fileId}, ${((info.sizeBytes ?? 0) / 2 ** 30).toFixed(2)} GiB, md5 ${info.md5 ?? "unknown"}`,
    );
    return new WritableStream<Uint8Array>({
      write(chunk) {
        seen += chunk.byteLength;
        if (Date.now() - lastReport > 2_000) {
          lastReport = Date.now();
          support.progress(`download: ${(seen / 2 ** 20).toFixed(0)} MiB`);
        }
      },
    });
  });
  const seconds = (Date.now() - started) / 1000;
  const rssGrowthMib = rss.stop();
  // downloadVerified only resolves once the stream's length (and md5, when known) matched; check what it vouched for.
  if (result.bytes !== BIG_FILE_BYTES || result.sizeBytes !== BIG_FILE_BYTES) {
    throw new Error(`downloaded ${result.bytes} bytes (metadata ${result.sizeBytes}), expected ${BIG_FILE_BYTES}`);
  }
  const mib = result.bytes / 2 ** 20;
  const checked = result.md5 === null ? "length" : `length and md5 ${result.md5}`;
  support.progress(
    `download: ${mib.toFixed(0)} MiB in ${seconds.toFixed(1)} s, ${checked} verified, ${result.attempts} attempt(s), RSS growth ${rssGrowthMib.toFixed(1)} MiB (peaks: ${rss.breakdown()} MiB)`,
  );
  return { mibPerS: mib / seconds, rssGrowthMib };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
