/**
 * Fixed ports and settings of the end-to-end run, shared by playwright.config.ts, the app launcher and
 * the specs (the secrets scan needs to know which secret to look for). Distinct from the demo's ports.
 */
// CUSTODY_E2E_PORT_OFFSET lets two checkouts run their e2e suites side by side on one machine.
const OFFSET = Number(process.env.CUSTODY_E2E_PORT_OFFSET ?? 0) || 0;
export const SIMULATOR_PORT = 4110 + OFFSET;
export const OIDC_PORT = 4120 + OFFSET;
export const APP_PORT = 3110 + OFFSET;
export const SIMULATOR_URL = `http://127.0.0.1:${SIMULATOR_PORT}`;
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
export const BASE_URL = `http://127.0.0.1:${APP_PORT}`;

export const E2E_NEXTAUTH_SECRET = process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production-0123456789";
/** tests/support/oidc-server.ts defaults. */
export const E2E_OIDC = { clientId: "custody-test", clientSecret: "custody-test-secret-0123456789", name: "Westeros SSO" } as const;

/** Everything the run leaves behind, under test-results/ (cleared by the app launcher at each start). */
export const RESULTS = {
  dataDir: "test-results/e2e-data",
  serverLog: "test-results/server.log",
  pages: "test-results/pages",
  errorBodies: "test-results/error-bodies",
  screenshots: "test-results/screenshots",
  /** Signed-in browser state per demo role, written by auth.setup.ts. */
  sessions: "test-results/e2e-sessions",
} as const;

/** The demo accounts seeded with CUSTODY_DEMO=1. */
export const DEMO_PASSWORD = "custody-demo";
export const ACCOUNTS = {
  analyst: "analyst@westeros.inc",
  legal: "legal@westeros.inc",
  admin: "admin@westeros.inc",
  auditor: "auditor@westeros.inc",
} as const;
