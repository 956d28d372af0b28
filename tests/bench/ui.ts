/**
 * `npm run bench:ui`: opens the console in Chromium against the built app (`npm run build` first) and the
 * simulator, and measures what an analyst waits for:
 *   - transcript_first_message_ms: navigation to the demo's 5,000-message chat until its first message is visible;
 *   - transcript_last_message_ms: from pressing "End" until the 5,000th message is visible;
 *   - chat_list_10k_ms: the large profile's ten custodians over 90 days, from navigation until the whole list is
 *     loaded and its last row is on screen (scrolling as a reader would). The large profile's ten heavy users (its
 *     `demo_custodians`, the API's maximum per query) own about 11,000 of its 1,000,000 chats: `chat_list_rows`
 *     says how many rows the figure is for.
 * Prints progress on stderr and ends with one JSON line on stdout. Figures only; nothing is asserted.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { pickDemoKeys } from "../../lib/cli/demo-keys";
import { startSimulator, type RunningSimulator } from "../../lib/simulator";
import { DEMO_KEYS } from "../../lib/simulator/keys";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const log = (line: string) => process.stderr.write(`${line}\n`);

// An interrupted run must not leave a `next start` behind.
const children = new Set<ChildProcess>();
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    for (const child of children) child.kill();
    process.exit(130);
  });

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function startApp(simulatorUrl: string): Promise<{ url: string; child: ChildProcess; dataDir: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "custody-bench-ui-"));
  const { accessKey, adminKey } = pickDemoKeys(DEMO_KEYS);
  const child = spawn(path.join("node_modules", ".bin", "next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      COMPLIANCE_API_BASE_URL: simulatorUrl,
      COMPLIANCE_ACCESS_KEY: accessKey,
      COMPLIANCE_ADMIN_KEY: adminKey ?? "",
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789",
      CUSTODY_DEMO: "1",
      CUSTODY_DATA_DIR: dataDir,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.add(child);
  child.on("exit", () => children.delete(child));
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, child, dataDir };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error("next start did not become healthy (run `npm run build` first)");
}

async function signIn(page: Page, url: string, next: string): Promise<void> {
  await page.goto(`${url}/sign-in?callbackUrl=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill("analyst@westeros.inc");
  await page.getByLabel("Password").fill("custody-demo");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Purpose of access" }).waitFor();
  await page.getByLabel("Case or ticket reference").fill("BENCH-1");
  await page.getByLabel("Reason").fill("Measuring the investigation pages");
  await page.getByRole("button", { name: /State purpose/ }).click();
  await page.waitForURL((u) => u.pathname === new URL(next, url).pathname);
}

async function withStack<T>(
  profile: "demo" | "large",
  run: (ctx: { page: Page; url: string; sim: RunningSimulator }) => Promise<T>,
): Promise<T> {
  const sim = await startSimulator({ port: 0, profile, rateLimit: 100_000, recordAccess: false });
  const app = await startApp(sim.url);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    return await run({ page, url: app.url, sim });
  } finally {
    await browser.close();
    app.child.kill();
    await sim.close();
    rmSync(app.dataDir, { recursive: true, force: true });
  }
}

async function benchTranscript() {
  return withStack("demo", async ({ page, url, sim }) => {
    const chatId = sim.store.landmarks().long_chat;
    if (typeof chatId !== "string") throw new Error("no long_chat landmark");
    await signIn(page, url, `/chats/${chatId}`);
    await page.goto(`${url}/investigate`); // leave the chat so the measured navigation starts cold
    const t0 = Date.now();
    await page.goto(`${url}/chats/${chatId}`);
    await page.getByTestId("message").first().waitFor();
    const first = Date.now() - t0;
    log(`transcript: first message after ${first} ms`);
    const t1 = Date.now();
    await page.getByTestId("jump-to-end").click();
    await page
      .getByTestId("message-count")
      .filter({ hasText: /^5,000 messages loaded$/ })
      .waitFor({ timeout: 120_000 });
    await page.waitForFunction(
      () => {
        const scroller = document.querySelector('[data-testid="transcript-scroll"]');
        const row = document.querySelector('[data-index="4999"]');
        if (!scroller || !row) return false;
        const a = scroller.getBoundingClientRect();
        const b = row.getBoundingClientRect();
        return b.top < a.bottom && b.bottom > a.top;
      },
      undefined,
      { timeout: 120_000 },
    );
    const last = Date.now() - t1;
    log(`transcript: last (5,000th) message after ${last} ms`);
    return { first, last };
  });
}

async function benchChatList() {
  return withStack("large", async ({ page, url, sim }) => {
    const ids = sim.store.landmarks().demo_custodians;
    if (!Array.isArray(ids)) throw new Error("no demo_custodians landmark");
    const to = new Date(Math.ceil(Date.now() / 60_000) * 60_000);
    const from = new Date(to.getTime() - 90 * 86_400_000);
    const target = `/investigate?u=${ids.join(",")}&from=${from.toISOString()}&to=${to.toISOString()}&preset=90d`;
    await signIn(page, url, "/investigate");
    const t0 = Date.now();
    await page.goto(`${url}${target}`);
    await page.getByTestId("chat-row").first().waitFor({ timeout: 120_000 });
    // Scroll like a reader holding End: the list loads pages ahead of the scroll position until it ends.
    for (;;) {
      const done = await page.getByTestId("chat-list-scroll").evaluate((el) => {
        el.scrollTop = el.scrollHeight;
        const count = document.querySelector('[data-testid="chat-count"]')?.textContent ?? "";
        return count !== "" && !count.endsWith("+");
      });
      if (done) break;
      if (Date.now() - t0 > 300_000) throw new Error("the chat list did not finish loading in 5 minutes");
      await page.waitForTimeout(50);
    }
    await page.getByTestId("chat-list-scroll").evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.getByTestId("chat-row").last().waitFor();
    const ms = Date.now() - t0;
    const rows = Number((await page.getByTestId("chat-count").textContent())?.replace(/\D/g, ""));
    log(`chat list: ${rows} rows loaded and scrolled to the end after ${ms} ms`);
    return { ms, rows };
  });
}

async function main() {
  const transcript = await benchTranscript();
  const list = await benchChatList();
  log(`(chat list rows: ${list.rows})`);
  process.stdout.write(
    `${JSON.stringify({ transcript_first_message_ms: transcript.first, transcript_last_message_ms: transcript.last, chat_list_10k_ms: list.ms, chat_list_rows: list.rows })}\n`,
  );
}

main().catch((err: unknown) => {
  log(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
