import { ACCOUNTS, DEMO_PASSWORD } from "./support/e2e-env";
import { expect, sessionFile, test, type Role } from "./support/fixtures";

const ROLES: Role[] = ["analyst", "legal", "admin", "auditor"];
// The first sign-in of a run meets a cold server (first page compile, database warm-up, the first upstream probe)
// and takes 9-10 s on a busy 2-core machine: the run's one wait that needs more than the 10 s expect timeout.
const FIRST_REQUESTS_TIMEOUT = 30_000;

// Signs each demo account in once per run and keeps the browser state: the specs reuse it (signInAs)
// rather than signing in again, which the per-account limit of 10 sign-ins per 15 minutes would stop.
for (const role of ROLES) {
  test(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/sign-in", { timeout: FIRST_REQUESTS_TIMEOUT });
    await page.getByLabel("Email").fill(ACCOUNTS[role]);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("button", { name: /^Account:/ })).toBeVisible({ timeout: FIRST_REQUESTS_TIMEOUT });
    await page.context().storageState({ path: sessionFile(role) });
  });
}
