import { expect, test } from "vitest";
import { DEMO_SIGN_IN, demoAccountLines } from "@/lib/cli/demo-accounts-banner";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/server/auth/demo-accounts";

test("npm run demo prints exactly the accounts the server seeds in demo mode", () => {
  expect(DEMO_SIGN_IN.password).toBe(DEMO_PASSWORD);
  expect(DEMO_SIGN_IN.accounts.map((a) => ({ email: a.email, roles: [...a.roles] }))).toEqual(
    DEMO_ACCOUNTS.map((a) => ({ email: a.email, roles: a.roles })),
  );
  const lines = demoAccountLines();
  expect(lines[0]).toContain(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS)
    expect(lines.some((l) => l.includes(account.email) && l.includes(account.roles.join(", ")))).toBe(true);
});
