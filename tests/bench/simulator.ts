/**
 * `npm run bench:simulator [-- --seconds 60 --workers 4]`: throughput and memory of the simulator on the large
 * profile. Starts it in a CHILD process (so its RSS can be read from /proc/PID/status every 200 ms), walks chats
 * (org-wide by created_at and updated_at, and ten custodians at a time) with limit=1000, reads the full message list
 * of a sample of chats per page, and pages the activity feed.
 * Progress goes to stderr; stdout gets exactly one JSON line: {"requests_per_s": …, "peak_rss_mib": …}.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { DEMO_KEYS } from "../../lib/simulator/keys";

const { values } = parseArgs({
  options: { seconds: { type: "string", default: "60" }, workers: { type: "string", default: "4" } },
});
const SECONDS = z.coerce.number().positive().parse(values.seconds);
const WORKERS = z.coerce.number().int().min(1).max(32).parse(values.workers);
const KEY = DEMO_KEYS[0].key;

const ChatPage = z.object({
  data: z.array(z.object({ id: z.string() })),
  has_more: z.boolean(),
  last_id: z.string().nullable(),
});
const MessagesPage = z.object({ chat_messages: z.array(z.object({ id: z.string() })) });
const OrgPage = z.object({ data: z.array(z.object({ uuid: z.string() })).min(1) });
const UserPage = z.object({ data: z.array(z.object({ id: z.string() })) });
const ActivityPage = z.object({ data: z.array(z.object({ id: z.string() })), last_id: z.string().nullable() });

function rssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : 0;
}

async function startChild() {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "lib/simulator/cli.ts",
      "--port",
      "0",
      "--profile",
      "large",
      "--rate-limit",
      "1000000",
      "--remote-rate-limit",
      "1000000",
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`simulator exited early with ${code}`)));
    lines.once("line", (line) => {
      const m = /^listening on (http:\/\/\S+)$/.exec(line);
      if (m) resolve(m[1]);
      else reject(new Error(`unexpected first line: ${line}`));
    });
  });
  return { child, url };
}

async function main(): Promise<void> {
  const started = Date.now();
  const { child, url } = await startChild();
  const pid = child.pid ?? 0;
  process.stderr.write(
    `simulator pid ${pid} at ${url} (startup ${Date.now() - started} ms, rss ${rssMiB(pid).toFixed(0)} MiB)\n`,
  );
  let peak = rssMiB(pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 200);

  let requests = 0;
  let chatsSeen = 0;
  let messagesSeen = 0;
  const get = async (path: string): Promise<unknown> => {
    const res = await fetch(`${url}${path}`, { headers: { "x-api-key": KEY, "anthropic-version": "2023-06-01" } });
    requests++;
    if (!res.ok) throw new Error(`${res.status} on ${path}: ${await res.text()}`);
    return res.json();
  };

  const t0 = Date.now();
  const deadline = t0 + SECONDS * 1000;
  const progress = setInterval(() => {
    const s = (Date.now() - t0) / 1000;
    process.stderr.write(
      `${s.toFixed(0)}s: ${requests} requests (${(requests / s).toFixed(0)}/s), ${chatsSeen} chats, ` +
        `${messagesSeen} messages, rss ${rssMiB(pid).toFixed(0)} MiB (peak ${peak.toFixed(0)})\n`,
    );
  }, 5000);

  // Workers walk different views: org-wide by created_at, org-wide by updated_at, and ten custodians at a time.
  const orgs = OrgPage.parse(await get("/v1/compliance/organizations"));
  const users = UserPage.parse(await get(`/v1/compliance/organizations/${orgs.data[0].uuid}/users?limit=1000`));
  const views = (w: number): string => {
    if (w % 3 === 0) return "order_by=created_at";
    if (w % 3 === 1) return "order_by=updated_at";
    const ten = users.data.slice((w * 10) % Math.max(1, users.data.length - 10)).slice(0, 10);
    return ten.map((u) => `user_ids[]=${encodeURIComponent(u.id)}`).join("&");
  };

  async function worker(w: number): Promise<void> {
    let after: string | null = null;
    let activityCursor: string | null = null;
    while (Date.now() < deadline) {
      const q = `${views(w)}&limit=1000${after ? `&after_id=${after}` : ""}`;
      const page = ChatPage.parse(await get(`/v1/compliance/apps/chats?${q}`));
      chatsSeen += page.data.length;
      for (let i = w; i < page.data.length && Date.now() < deadline; i += 50) {
        const msgs = MessagesPage.parse(await get(`/v1/compliance/apps/chats/${page.data[i].id}/messages`));
        messagesSeen += msgs.chat_messages.length;
      }
      const acts = ActivityPage.parse(
        await get(`/v1/compliance/activities?limit=1000${activityCursor ? `&after_id=${activityCursor}` : ""}`),
      );
      activityCursor = acts.last_id;
      after = page.has_more ? page.last_id : null;
    }
  }

  try {
    await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
  } finally {
    clearInterval(progress);
    clearInterval(sampler);
    peak = Math.max(peak, rssMiB(pid));
    child.kill("SIGTERM");
  }
  const seconds = (Date.now() - t0) / 1000;
  process.stderr.write(
    `done: ${requests} requests in ${seconds.toFixed(1)} s, ${chatsSeen} chats, ${messagesSeen} messages\n`,
  );
  process.stdout.write(
    `${JSON.stringify({ requests_per_s: Math.round((requests / seconds) * 10) / 10, peak_rss_mib: Math.round(peak) })}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
