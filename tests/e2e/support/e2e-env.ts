/**
 * Fixed ports and settings of the end-to-end run, shared by playwright.config.ts, the app launcher and
 * the specs (the secrets scan needs to know which secret to look for). Distinct from the demo's ports.
 */
// CUSTODY_E2E_PORT_OFFSET lets two e2e runs go side by side on one machine: other ports, and (in the same
// checkout) their own results folder, since each run's app launcher clears its data folder at start.
const OFFSET = Number(process.env.CUSTODY_E2E_PORT_OFFSET ?? 0) || 0;
export const SIMULATOR_PORT = 4110 + OFFSET;
export const OIDC_PORT = 4120 + OFFSET;
export const APP_PORT = 3110 + OFFSET;
export const SIMULATOR_URL = `http://127.0.0.1:${SIMULATOR_PORT}`;
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
export const BASE_URL = `http://127.0.0.1:${APP_PORT}`;

export const E2E_NEXTAUTH_SECRET = process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production-0123456789";
/** tests/support/oidc-server.ts defaults. */
export const E2E_OIDC = {
  clientId: "custody-test",
  clientSecret: "custody-test-secret-0123456789",
  name: "Westeros SSO",
} as const;

/** Where the run's files go: test-results/, or test-results/offset-N/ for a run with a port offset. */
export const RESULTS_ROOT = OFFSET ? `test-results/offset-${OFFSET}` : "test-results";

/** Everything the run leaves behind, under RESULTS_ROOT (cleared by the app launcher at each start). */
export const RESULTS = {
  dataDir: `${RESULTS_ROOT}/e2e-data`,
  serverLog: `${RESULTS_ROOT}/server.log`,
  pages: `${RESULTS_ROOT}/pages`,
  errorBodies: `${RESULTS_ROOT}/error-bodies`,
  screenshots: `${RESULTS_ROOT}/screenshots`,
  /** Signed-in browser state per demo role, written by auth.setup.ts. */
  sessions: `${RESULTS_ROOT}/e2e-sessions`,
} as const;

/** The demo accounts seeded with CUSTODY_DEMO=1. */
export const DEMO_PASSWORD = "custody-demo";
export const ACCOUNTS = {
  analyst: "analyst@westeros.inc",
  legal: "legal@westeros.inc",
  admin: "admin@westeros.inc",
  auditor: "auditor@westeros.inc",
} as const;
