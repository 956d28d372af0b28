import type { Metadata } from "next";
import { PurposeForm } from "@/components/auth/purpose-form";
import { safeCallbackUrl } from "@/lib/urls/safe-callback-url";
import { ClipboardIcon } from "@/components/ui/icons";
import { requireSignedIn } from "@/lib/server/auth/page-access";
import { can } from "@/lib/server/auth/roles";

export const metadata: Metadata = { title: "Purpose of access" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const formatUtc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** Where investigators state why they are about to read custodian content; pages needing one send users here. */
export default async function PurposePage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl: raw } = await searchParams;
  const callbackUrl = safeCallbackUrl(Array.isArray(raw) ? raw[0] : raw);
  const { actor, purpose } = await requireSignedIn();
  const isInvestigator = can(actor.roles, "custodian:read");

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight text-fg">Purpose of access</h1>
        <p className="mt-1 text-sm text-muted">
          Before reading anyone&apos;s chats, files or sessions, say why. The purpose holds until you sign out and is
          stamped on every entry of the audit trail you create meanwhile.
        </p>
      </div>

      {purpose ? (
        <section aria-labelledby="current-purpose" className="rounded-xl border border-line bg-surface-2/60 px-5 py-4">
          <h2 id="current-purpose" className="flex items-center gap-2 text-[13px] font-semibold text-muted">
            <ClipboardIcon /> In force since {formatUtc(purpose.declaredAt)}
          </h2>
          <p className="mt-2 font-mono text-sm font-medium text-fg" data-testid="current-purpose-reference">
            {purpose.reference}
          </p>
          <p className="mt-1 text-sm text-fg">{purpose.reason}</p>
        </section>
      ) : null}

      <section aria-label="State a purpose" className="rounded-xl border border-line bg-surface p-6 shadow-card">
        {isInvestigator ? (
          <PurposeForm
            callbackUrl={callbackUrl}
            initial={purpose && { reference: purpose.reference, reason: purpose.reason }}
          />
        ) : (
          <p className="text-sm text-muted">
            Your roles ({actor.roles.join(", ")}) do not read custodian content, so you never need to state a purpose.
          </p>
        )}
      </section>
    </div>
  );
}
