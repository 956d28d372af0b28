import { defineConfig, devices } from "@playwright/test";
import { pickDemoKeys } from "./lib/cli/demo-keys";
import { DEMO_KEYS } from "./lib/simulator/keys";

/**
 * End-to-end tests run the production build (`next start`, so `npm run build` first: `npm test`
 * does) against the bundled simulator, in Debian's Chromium. Fixed ports distinct from the demo's
 * (3000/4010) so a running demo does not collide with a test run.
 */
const SIMULATOR_PORT = 4110;
const APP_PORT = 3110;
const SIMULATOR_URL = `http://127.0.0.1:${SIMULATOR_PORT}`;
const BASE_URL = `http://127.0.0.1:${APP_PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"; // apt-get install -y chromium; never `playwright install`
const { accessKey, adminKey } = pickDemoKeys(DEMO_KEYS);

export default defineConfig({
  testDir: "./tests/e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1, // 2 cores: one browser next to next start and the simulator
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  outputDir: "test-results/playwright",
  use: { baseURL: BASE_URL, trace: "off", screenshot: "only-on-failure" },
  projects: [
    {
      name: "debian-chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: CHROMIUM,
          args: [
            "--no-sandbox",
            "--headless",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `npx tsx lib/simulator/cli.ts --port ${SIMULATOR_PORT} --profile demo --seed 42`,
      url: `${SIMULATOR_URL}/_sim/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: `npx next start -H 127.0.0.1 -p ${APP_PORT}`,
      url: `${BASE_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        COMPLIANCE_API_BASE_URL: SIMULATOR_URL,
        COMPLIANCE_ACCESS_KEY: accessKey,
        COMPLIANCE_ADMIN_KEY: adminKey ?? "",
        NEXTAUTH_URL: BASE_URL,
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production-0123456789",
      },
    },
  ],
});
