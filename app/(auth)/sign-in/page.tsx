import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl } from "@/lib/urls/safe-callback-url";
import { CustodyMark } from "@/components/ui/icons";
import { getCurrentActor } from "@/lib/server/auth/current-actor";
import { signInPageInfo } from "@/lib/server/auth/sign-in-page";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  // Already signed in (e.g. the back button): go where the user was heading.
  if (await getCurrentActor()) redirect(safeCallbackUrl(first(params.callbackUrl)));
  const info = signInPageInfo(first(params.error));
  return (
    <div className="w-full max-w-[26rem]">
      <div className="mb-7 flex flex-col items-center text-center">
        <span className="grid size-12 place-items-center rounded-2xl border border-line bg-surface shadow-card">
          <CustodyMark className="text-accent" width={28} height={28} />
        </span>
        <h1 className="mt-4 text-xl font-semibold tracking-tight text-fg">Sign in to Custody</h1>
        <p className="mt-1.5 text-sm text-muted">The compliance console for your Claude Enterprise organization.</p>
      </div>
      {/* useSearchParams (callbackUrl) needs a Suspense boundary to build. */}
      <Suspense fallback={<div className="h-80 rounded-2xl border border-line bg-surface shadow-card" />}>
        <SignInForm oidc={info.oidc} initialError={info.error} demoAccounts={info.demoAccounts} />
      </Suspense>
      <p className="mt-6 text-center text-xs text-subtle">
        Access is limited to authorised staff. Every sign-in and every read is recorded in the audit trail.
      </p>
    </div>
  );
}
