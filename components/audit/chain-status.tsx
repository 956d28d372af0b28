import type { ReactNode } from "react";
import { AlertIcon, CheckIcon, LinkChainIcon } from "@/components/ui/icons";

export type ChainStatusData =
  { ok: true; count: number } | { ok: false; count: number; broken: { id: string; seq: number; reason: string } };

const TONES = {
  success: { box: "items-center border-success-line bg-success-soft", icon: "text-success", Icon: CheckIcon },
  danger: { box: "items-start border-danger-line bg-danger-soft", icon: "text-danger", Icon: AlertIcon },
} as const;

/** Result of walking the hash chain: intact with its length, or the first altered or missing entry. */
export function ChainStatus({ result }: { result: ChainStatusData }) {
  const count = result.count.toLocaleString("en-US");
  if (result.ok) {
    return (
      <ChainBanner tone="success">
        <div className="min-w-0">
          <p className="text-sm font-semibold text-success">Chain intact</p>
          <p className="text-[13px] text-fg">
            All{" "}
            <span className="font-medium tabular-nums" data-testid="chain-count">
              {count}
            </span>{" "}
            entries verified: each hash matches its entry and links to the one before.
          </p>
        </div>
        <LinkChainIcon className="ml-auto hidden shrink-0 text-success sm:block" width={22} height={22} />
      </ChainBanner>
    );
  }
  return (
    <ChainBanner tone="danger">
      <div className="min-w-0 space-y-1">
        <p className="text-sm font-semibold text-danger">Chain broken: the trail has been tampered with</p>
        <p className="text-[13px] text-fg">
          First broken entry: <span className="font-mono">#{result.broken.seq}</span>{" "}
          <span className="font-mono text-muted">{result.broken.id}</span>
        </p>
        <p className="text-[13px] text-fg">{result.broken.reason}</p>
        <p className="text-xs text-muted">
          {count} entries checked. Preserve the database as evidence before anything else.
        </p>
      </div>
    </ChainBanner>
  );
}

/** The coloured box and round status icon both outcomes share. */
function ChainBanner({ tone, children }: { tone: keyof typeof TONES; children: ReactNode }) {
  const { box, icon, Icon } = TONES[tone];
  return (
    <section
      data-testid="chain-status"
      aria-label="Hash chain"
      className={`flex gap-4 rounded-xl border px-5 py-4 ${box}`}
    >
      <span className={`grid size-9 shrink-0 place-items-center rounded-full bg-surface shadow-card ${icon}`}>
        <Icon width={18} height={18} />
      </span>
      {children}
    </section>
  );
}

export function ChainStatusPending() {
  return (
    <section
      aria-label="Hash chain"
      aria-busy="true"
      className="flex items-center gap-4 rounded-xl border border-line bg-surface px-5 py-4"
    >
      <span className="size-9 shrink-0 animate-pulse rounded-full bg-surface-2" />
      <p className="text-sm text-muted">Verifying the hash chain…</p>
    </section>
  );
}
