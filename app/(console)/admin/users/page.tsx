import type { Metadata } from "next";
import { NotAllowed } from "@/components/auth/not-allowed";
import { UsersAdmin } from "@/components/admin/users-admin";
import { requireCapabilityForPage } from "@/lib/server/auth/page-access";
import { pageOperation } from "@/lib/server/pages/page-operation";
import { listUsers } from "@/lib/server/users/list-users";
import { listSignInLocks } from "@/lib/server/users/list-sign-in-locks";
import { SignInLocks } from "@/components/admin/sign-in-locks";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

/** Console accounts: add (password generated, shown once), change roles, disable. Admins only. */
export default async function UsersPage() {
  const { current, allowed, refusal } = await requireCapabilityForPage("users:manage");
  if (!allowed) return <NotAllowed page="user management" refusal={refusal} />;
  const operation = await pageOperation(current);
  const users = await listUsers({ ...operation, input: undefined });
  const locks = await listSignInLocks({ ...operation, input: undefined });
  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight text-fg">Users</h1>
        <p className="mt-1 text-sm text-muted">
          Who may use Custody and with which roles. Changes apply on the user&apos;s next request and are recorded in
          the audit trail. SSO users get their roles from the identity provider at each sign-in.
        </p>
      </div>
      <SignInLocks locks={locks} />
      <UsersAdmin users={users} selfId={current.actor.id} />
    </div>
  );
}
