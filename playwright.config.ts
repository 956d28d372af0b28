import { defineConfig, devices } from "@playwright/test";
import { pickDemoKeys } from "./lib/cli/demo-keys";
import { DEMO_KEYS } from "./lib/simulator/keys";
import {
  APP_PORT,
  BASE_URL,
  E2E_NEXTAUTH_SECRET,
  E2E_OIDC,
  OIDC_ISSUER,
  OIDC_PORT,
  RESULTS,
  RESULTS_ROOT,
  SIMULATOR_PORT,
  SIMULATOR_URL,
} from "./tests/e2e/support/e2e-env";

/**
 * End-to-end tests run the production build (`next start`, so `npm run build` first: `npm test`
 * does) against the bundled simulator and a local OpenID Connect provider, in Debian's Chromium.
 * The console runs in demo mode (the four demo accounts) on a database created fresh for the run.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"; // apt-get install -y chromium; never `playwright install`
const { accessKey, adminKey } = pickDemoKeys(DEMO_KEYS);

const chromium = {
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
};

export default defineConfig({
  testDir: "./tests/e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1, // 2 cores: one browser next to next start, the simulator and the IdP
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["json", { outputFile: `${RESULTS_ROOT}/playwright.json` }]],
  outputDir: `${RESULTS_ROOT}/playwright`,
  use: { baseURL: BASE_URL, trace: "off", screenshot: "only-on-failure" },
  projects: [
    // One sign-in per demo role, kept for the specs (tests/e2e/auth.setup.ts).
    { name: "sessions", use: chromium, testMatch: /auth\.setup\.ts$/ },
    // `teardown` runs the secrets scan after every other spec, whether they passed or not.
    {
      name: "debian-chromium",
      use: chromium,
      dependencies: ["sessions"],
      testIgnore: /secrets\.spec\.ts$/,
      teardown: "secrets",
    },
    { name: "secrets", use: chromium, testMatch: /secrets\.spec\.ts$/ },
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
      command: `npx tsx tests/support/oidc-server-cli.ts --port ${OIDC_PORT} --redirect-uri ${BASE_URL}/api/auth/callback/oidc`,
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // Wraps `next start`: fresh data dir, server output teed to test-results/server.log.
      command: "npx tsx tests/e2e/support/start-app.ts",
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
        NEXTAUTH_SECRET: E2E_NEXTAUTH_SECRET,
        CUSTODY_DEMO: "1",
        // The specs share one sign-in per role for the whole run (auth.setup.ts); a slow run must not idle them out.
        CUSTODY_SESSION_IDLE_MINUTES: "480",
        CUSTODY_DATA_DIR: RESULTS.dataDir,
        // Small, so the run signs checkpoints with its own key (made in the data dir) and the secrets scan means something.
        CUSTODY_AUDIT_CHECKPOINT_EVERY: "10",
        CUSTODY_SIGNING_KEY_FILE: "",
        // Never a shared database or limiter: the run must not see or touch anyone else's data.
        DATABASE_URL: "",
        REDIS_URL: "",
        OIDC_ISSUER,
        OIDC_CLIENT_ID: E2E_OIDC.clientId,
        OIDC_CLIENT_SECRET: E2E_OIDC.clientSecret,
        OIDC_NAME: E2E_OIDC.name,
        PORT: String(APP_PORT),
      },
    },
  ],
});
