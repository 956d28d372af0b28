/**
 * `npm run demo`: builds Custody if needed, starts the bundled Compliance API simulator and
 * `next start` wired to it with the demo keys and demo accounts (CUSTODY_DEMO=1, data in .data/demo),
 * prints how to sign in, and keeps both running until Ctrl-C. If either
 * child dies, the other is stopped and the demo exits non-zero.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { DEMO_KEYS } from "@/lib/simulator/keys";
import { demoAccountLines } from "./demo-accounts-banner";
import { pickDemoKeys } from "./demo-keys";
import { startManagedChild, type ManagedChild } from "./managed-child";
import { isPortFree, waitForHttp } from "./net";
import { projectBin, runInherited } from "./run-process";

const HOST = "127.0.0.1";
const PREFERRED_SIMULATOR_PORT = 4010;

function fail(message: string): never {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a port number, got "${value}"`);
  return port;
}

/** Starts the simulator and resolves with its URL once it prints `listening on …`. */
function startSimulator(port: number): Promise<{ child: ManagedChild; url: string }> {
  return new Promise((resolve, reject) => {
    let url: string | null = null;
    const child = startManagedChild(
      "simulator",
      projectBin("tsx"),
      ["lib/simulator/cli.ts", "--port", String(port), "--profile", "demo", "--seed", "42"],
      process.env,
      (line) => {
        console.log(`[simulator] ${line}`);
        const match = /listening on (http:\/\/\S+)/.exec(line);
        if (match && url === null) {
          url = match[1];
          resolve({ child, url });
        }
      },
    );
    void child.exited.then((code) => {
      if (url === null) reject(new Error(`the simulator exited (${code}) before it was listening`));
    });
  });
}

async function main() {
  const appPort = parsePort(process.env.PORT, 3000);
  if (!(await isPortFree(appPort, HOST)))
    fail(`port ${appPort} is already in use; stop what is using it or run PORT=3001 npm run demo`);

  if (!existsSync(".next/BUILD_ID")) {
    console.log("No production build found: running next build (once; later runs reuse it).\n");
    const code = await runInherited(projectBin("next"), ["build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
    if (code !== 0) fail("next build failed; see the output above");
  }

  // 4010 when free, else any free port: a second demo must not collide with the first.
  const simulatorPort = (await isPortFree(PREFERRED_SIMULATOR_PORT, HOST)) ? PREFERRED_SIMULATOR_PORT : 0;
  const { child: simulator, url: simulatorUrl } = await startSimulator(simulatorPort).catch((error: Error) =>
    fail(error.message),
  );

  const children: ManagedChild[] = [simulator];
  let isStopping = false;
  const stopAll = async (exitCode: number) => {
    if (isStopping) return;
    isStopping = true;
    await Promise.all(children.map((c) => c.stop()));
    process.exit(exitCode);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      console.log(`\nStopping Custody and the simulator…`);
      void stopAll(0);
    });
  }
  const watch = (child: ManagedChild) =>
    void child.exited.then((code) => {
      if (isStopping) return;
      console.error(`\n✖ ${child.name} exited unexpectedly (${code}); stopping the rest.`);
      void stopAll(1);
    });
  watch(simulator);

  const { accessKey, adminKey } = pickDemoKeys(DEMO_KEYS);
  const appUrl = `http://${HOST}:${appPort}`;
  const next = startManagedChild(
    "next",
    projectBin("next"),
    ["start", "-H", HOST, "-p", String(appPort)],
    {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      COMPLIANCE_API_BASE_URL: simulatorUrl,
      COMPLIANCE_ACCESS_KEY: accessKey,
      COMPLIANCE_ADMIN_KEY: adminKey ?? "",
      // A fresh secret per run is fine for a demo: sessions simply do not survive a restart.
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL || appUrl,
      // Seeds the four demo accounts (shown on the sign-in page). Their data lives apart from a real
      // installation's ./.data, so a known password never lands in a production database.
      CUSTODY_DEMO: "1",
      CUSTODY_DATA_DIR: ".data/demo",
    },
    (line) => console.log(`[next] ${line}`),
  );
  children.push(next);
  watch(next);

  const nextDied = new AbortController();
  void next.exited.then(() => nextDied.abort());
  try {
    await waitForHttp(`${appUrl}/api/health`, { timeoutMs: 60_000, signal: nextDied.signal });
  } catch (error) {
    if (isStopping) return;
    console.error(`\n✖ Custody did not become ready: ${error instanceof Error ? error.message : String(error)}`);
    await stopAll(1);
    return;
  }

  console.log(`\nCustody is running at ${appUrl}`);
  console.log(`Compliance API simulator at ${simulatorUrl} (profile demo, seed 42)`);
  for (const line of demoAccountLines()) console.log(line);
  console.log("Press Ctrl-C to stop both.");
}

void main();
