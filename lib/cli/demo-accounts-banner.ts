/**
 * The accounts `npm run demo` prints. The server seeds them from lib/server/auth/demo-accounts.ts, which
 * is server-only and so cannot be imported by this CLI; tests/unit/cli/demo-accounts-banner.test.ts
 * keeps the two lists equal.
 */
export const DEMO_SIGN_IN = {
  password: "custody-demo",
  accounts: [
    { email: "analyst@westeros.inc", roles: ["analyst"] },
    { email: "legal@westeros.inc", roles: ["legal"] },
    { email: "admin@westeros.inc", roles: ["admin"] },
    { email: "auditor@westeros.inc", roles: ["auditor"] },
  ],
} as const;

export function demoAccountLines(): string[] {
  const width = Math.max(...DEMO_SIGN_IN.accounts.map((a) => a.email.length));
  return [
    `Sign in with one of the demo accounts (password ${DEMO_SIGN_IN.password}):`,
    ...DEMO_SIGN_IN.accounts.map((a) => `  ${a.email.padEnd(width)}  ${a.roles.join(", ")}`),
  ];
}
