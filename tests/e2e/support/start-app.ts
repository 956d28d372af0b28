// Playwright's webServer for the console: starts `next start` on a fresh e2e database, copying its
// stdout and stderr to test-results/server.log, which the secrets spec scans for leaked keys.
//   tsx tests/e2e/support/start-app.ts        (env comes from playwright.config.ts)
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { APP_PORT, RESULTS } from "./e2e-env";

// A previous run's users, audit entries and captured pages must not leak into this one's assertions.
for (const dir of [RESULTS.dataDir, RESULTS.pages, RESULTS.errorBodies]) rmSync(dir, { recursive: true, force: true });
mkdirSync(path.dirname(RESULTS.serverLog), { recursive: true });
const log = createWriteStream(RESULTS.serverLog, { flags: "w" });

const child = spawn(path.join("node_modules", ".bin", "next"), ["start", "-H", "127.0.0.1", "-p", String(APP_PORT)], {
  env: process.env,
  stdio: ["ignore", "pipe", "pipe"],
});
child.stdout.on("data", (chunk: Buffer) => {
  log.write(chunk);
  process.stdout.write(chunk);
});
child.stderr.on("data", (chunk: Buffer) => {
  log.write(chunk);
  process.stderr.write(chunk);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => {
  log.end(() => process.exit(code ?? (signal ? 1 : 0)));
});
