import Link from "next/link";
import type { Refusal } from "@/lib/schemas/refusal";
import { LockIcon } from "@/components/ui/icons";

export type { Refusal };

/** "analyst or legal", "a, b or c". */
function either(roles: readonly string[]): string {
  return roles.length < 2 ? (roles[0] ?? "") : `${roles.slice(0, -1).join(", ")} or ${roles.at(-1)}`;
}

/** "admin", "admin and auditor", "a, b and c". */
function both(roles: readonly string[]): string {
  return roles.length < 2 ? (roles[0] ?? "") : `${roles.slice(0, -1).join(", ")} and ${roles.at(-1)}`;
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * What a signed-in user sees on a page their roles do not open: which role(s) open it ("Investigate needs the
 * analyst or legal role"), which roles they hold, and a way to their own work. `page` names it as a sentence
 * would ("Investigate", "the audit trail"). The refusal itself is recorded by requireCapabilityForPage.
 */
export function NotAllowed({ page, refusal }: { page: string; refusal: Refusal }) {
  const { capability, roles, heldRoles, isRecorded, home } = refusal;
  return (
    <div
      data-testid="not-allowed"
      className="mx-auto max-w-lg rounded-2xl border border-line bg-surface px-6 py-10 text-center shadow-card"
    >
      <span className="mx-auto grid size-11 place-items-center rounded-full bg-surface-2 text-muted">
        <LockIcon width={20} height={20} />
      </span>
      <h1 className="mt-4 text-lg font-semibold tracking-tight text-fg">You don&apos;t have access to {page}</h1>
      <p className="mt-2 text-sm text-fg" data-testid="not-allowed-needs">
        {capitalized(page)} needs the {either(roles)} role.
      </p>
      <p className="mt-1 text-sm text-muted" data-testid="not-allowed-held-roles">
        {heldRoles.length ? `You have the ${both(heldRoles)} role${heldRoles.length === 1 ? "" : "s"}. ` : ""}
        The page asks for the <code className="font-mono text-[12.5px] text-fg">{capability}</code> capability.
      </p>
      {isRecorded ? (
        <p className="mt-4 text-xs text-subtle">This attempt has been recorded in the audit trail.</p>
      ) : null}
      <Link
        href={home.href}
        className="mt-6 inline-flex h-8 items-center rounded-lg border border-line-strong px-3 text-sm font-medium text-fg hover:bg-surface-2"
      >
        Go to {home.label}
      </Link>
    </div>
  );
}
