"use client";

import { Badge } from "@/components/ui/badge";

export type DemoAccount = { email: string; roles: string[]; password: string };

/** Demo mode only: the seeded accounts, one click to fill the form. The server sends none otherwise. */
export function DemoAccounts({
  accounts,
  onPick,
}: {
  accounts: DemoAccount[];
  onPick: (account: DemoAccount) => void;
}) {
  const password = accounts[0]?.password;
  return (
    <section
      aria-labelledby="demo-accounts-title"
      data-testid="demo-accounts"
      className="mt-5 rounded-2xl border border-dashed border-line-strong bg-surface/60 p-4"
    >
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="demo-accounts-title" className="text-[13px] font-semibold text-fg">
          Demo accounts
        </h2>
        {password ? (
          <p className="text-xs text-muted">
            password{" "}
            <code className="rounded bg-surface-2 px-1.5 py-0.5 font-mono text-[11.5px] text-fg">{password}</code>
          </p>
        ) : null}
      </div>
      <ul className="mt-3 grid gap-1.5">
        {accounts.map((account) => (
          <li key={account.email}>
            <button
              type="button"
              onClick={() => onPick(account)}
              aria-label={`Use ${account.email}`}
              className="flex w-full items-center justify-between gap-3 rounded-lg border border-transparent px-2.5 py-1.5 text-left text-[13px] transition-colors hover:border-line hover:bg-surface"
            >
              <span className="truncate font-mono text-[12.5px] text-fg">{account.email}</span>
              <span className="flex shrink-0 gap-1">
                {account.roles.map((role) => (
                  <Badge key={role} tone="neutral">
                    {role}
                  </Badge>
                ))}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-xs text-subtle">Demo mode only: these accounts are never created otherwise.</p>
    </section>
  );
}
