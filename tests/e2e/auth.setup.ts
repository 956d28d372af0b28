import { sessionFile, signInWithForm, test, type Role } from "./support/fixtures";

const ROLES: Role[] = ["analyst", "legal", "admin", "auditor"];

// Signs each demo account in once per run and keeps the browser state: the specs reuse it (signInAs)
// rather than signing in again, which the per-account limit of 10 sign-ins per 15 minutes would stop.
for (const role of ROLES) {
  test(`sign in as ${role}`, async ({ page }) => {
    await signInWithForm(page, role);
    await page.context().storageState({ path: sessionFile(role) });
  });
}
