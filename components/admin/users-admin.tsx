"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { UserDto } from "@/lib/schemas/auth";
import type { CreatedUserDto } from "@/lib/schemas/users";
import { BUTTON_PRIMARY } from "@/components/ui/controls";
import { PlusIcon } from "@/components/ui/icons";
import { AddUserForm } from "./add-user-form";
import { CreatedPasswordNotice } from "./created-password-notice";
import { UserRow } from "./user-row";

/**
 * The users table and the add form. The list comes from the server page; after a change the page is
 * refreshed so what is shown is what the database holds, not an optimistic guess.
 */
export function UsersAdmin({ users, selfId }: { users: UserDto[]; selfId: string }) {
  const router = useRouter();
  const [isAdding, setIsAdding] = useState(false);
  const [created, setCreated] = useState<CreatedUserDto | null>(null);
  const active = users.filter((u) => !u.disabled).length;

  return (
    <div className="space-y-5">
      {created ? <CreatedPasswordNotice created={created} onDismiss={() => setCreated(null)} /> : null}

      {isAdding ? (
        <section aria-labelledby="add-user-title" className="rounded-xl border border-line bg-surface p-5 shadow-card">
          <h2 id="add-user-title" className="mb-4 text-sm font-semibold text-fg">
            Add a user
          </h2>
          <AddUserForm
            onCancel={() => setIsAdding(false)}
            onCreated={(result) => {
              setIsAdding(false);
              setCreated(result);
              router.refresh();
            }}
          />
        </section>
      ) : null}

      <section
        aria-labelledby="users-title"
        className="overflow-hidden rounded-xl border border-line bg-surface shadow-card"
      >
        <header className="flex items-center justify-between gap-3 border-b border-line px-5 py-3">
          <h2 id="users-title" className="text-sm font-semibold text-fg">
            Accounts{" "}
            <span className="ml-1 font-normal text-muted tabular-nums">
              {active} active · {users.length} total
            </span>
          </h2>
          {isAdding ? null : (
            <button
              type="button"
              className={BUTTON_PRIMARY.replace("h-9", "h-8").replace("px-4", "px-3")}
              onClick={() => setIsAdding(true)}
            >
              <PlusIcon /> Add user
            </button>
          )}
        </header>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-line bg-surface-2/60 text-xs text-muted">
              <tr>
                <th scope="col" className="py-2 pr-4 pl-5 font-medium">
                  User
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Sign-in
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Roles
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Status
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Added
                </th>
                <th scope="col" className="py-2 pr-5 pl-4 text-right font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {users.map((user) => (
                // Keyed by roles too: after a refresh the row restarts from the saved state.
                <UserRow
                  key={`${user.id}:${user.roles.join()}:${user.disabled}`}
                  user={user}
                  isSelf={user.id === selfId}
                  onChanged={() => router.refresh()}
                />
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
