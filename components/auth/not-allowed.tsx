import Link from "next/link";
import type { Capability } from "@/lib/schemas/capabilities";
import { LockIcon } from "@/components/ui/icons";
import { Badge } from "@/components/ui/badge";

/**
 * What a signed-in user sees on a page their roles do not open. It says which roles do, so they know
 * whom to ask; the refusal itself is recorded by requireCapabilityForPage.
 */
export function NotAllowed({
  page,
  capability,
  roles,
  isRecorded,
}: {
  page: string;
  capability: Capability;
  roles: readonly string[];
  isRecorded: boolean;
}) {
  return (
    <div
      data-testid="not-allowed"
      className="mx-auto max-w-lg rounded-2xl border border-line bg-surface px-6 py-10 text-center shadow-card"
    >
      <span className="mx-auto grid size-11 place-items-center rounded-full bg-surface-2 text-muted">
        <LockIcon width={20} height={20} />
      </span>
      <h1 className="mt-4 text-lg font-semibold tracking-tight text-fg">You don&apos;t have access to {page}</h1>
      <p className="mt-2 text-sm text-muted">
        This page needs the <code className="font-mono text-[12.5px] text-fg">{capability}</code> capability, which
        comes with the role{roles.length === 1 ? "" : "s"}:
      </p>
      <div className="mt-3 flex justify-center gap-1.5">
        {roles.map((role) => (
          <Badge key={role} tone="accent">
            {role}
          </Badge>
        ))}
      </div>
      <p className="mt-4 text-xs text-subtle">
        Ask an administrator if you need it.{isRecorded ? " This attempt has been recorded in the audit trail." : ""}
      </p>
      <Link
        href="/"
        className="mt-6 inline-flex h-8 items-center rounded-lg border border-line-strong px-3 text-sm font-medium text-fg hover:bg-surface-2"
      >
        Back to the overview
      </Link>
    </div>
  );
}
