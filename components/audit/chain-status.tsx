import type { ReactNode } from "react";
import { AlertIcon, CheckIcon, LinkChainIcon } from "@/components/ui/icons";

type CheckpointProblem = { kind: string; file: string; seq: number | null; signedAt: string | null; reason: string };

/** What the Audit trail page shows of verifyAuditTrail(): plain data, no server types. */
export type ChainStatusData = {
  ok: boolean;
  count: number;
  broken?: { id: string; seq: number; reason: string };
  checkpoints: {
    count: number;
    verified: number;
    latest: { file: string; seq: number; signedAt: string } | null;
    problems: CheckpointProblem[];
    problemCount: number;
  };
};

const TONES = {
  success: { box: "items-center border-success-line bg-success-soft", icon: "text-success", Icon: CheckIcon },
  danger: { box: "items-start border-danger-line bg-danger-soft", icon: "text-danger", Icon: AlertIcon },
} as const;

const PROBLEM_LABEL: Record<string, string> = {
  truncated: "Truncated",
  rewritten: "Rewritten",
  missing: "Entry missing",
  bad_signature: "Bad signature",
  unknown_key: "Unknown key",
  unreadable: "Unreadable",
};

/**
 * Result of walking the hash chain and holding it against the signed checkpoints: intact with its length, or the
 * first altered or missing entry and every checkpoint the table contradicts.
 */
export function ChainStatus({ result }: { result: ChainStatusData }) {
  const count = result.count.toLocaleString("en-US");
  const { checkpoints } = result;
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
          <p className="text-xs text-muted" data-testid="chain-checkpoints">
            {checkpoints.latest
              ? `${checkpoints.verified.toLocaleString("en-US")} signed checkpoints agree; the latest vouches for #${checkpoints.latest.seq} (signed ${checkpoints.latest.signedAt}).`
              : "No signed checkpoint yet: the first is written after the first entries or within the hour."}
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
        {result.broken && (
          <>
            <p className="text-[13px] text-fg">
              First broken entry: <span className="font-mono">#{result.broken.seq}</span>{" "}
              <span className="font-mono text-muted">{result.broken.id}</span>
            </p>
            <p className="text-[13px] text-fg">{result.broken.reason}</p>
          </>
        )}
        {checkpoints.problems.length > 0 && (
          <ul className="space-y-1 text-[13px] text-fg" data-testid="checkpoint-problems">
            {checkpoints.problems.map((problem) => (
              <li key={`${problem.file}-${problem.kind}`}>
                <span className="font-semibold">{PROBLEM_LABEL[problem.kind] ?? problem.kind}:</span> {problem.reason}
              </li>
            ))}
            {checkpoints.problemCount > checkpoints.problems.length && (
              <li className="text-muted">
                …and {checkpoints.problemCount - checkpoints.problems.length} more contradicted checkpoints.
              </li>
            )}
          </ul>
        )}
        <p className="text-xs text-muted">
          {count} entries and {checkpoints.count.toLocaleString("en-US")} checkpoints checked. Preserve the database and
          the checkpoint folder as evidence before anything else.
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
