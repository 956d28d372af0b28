"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { groupMembersQuery, groupsQuery } from "@/lib/queries/custodians";

type Member = { id: string; name: string | null; email: string | null };

/** Adds a directory group's members as custodians (those beyond the limit are refused by the picker). */
export function GroupPicker({ onAddMembers, isDisabled }: { onAddMembers: (members: Member[]) => void; isDisabled: boolean }) {
  const id = useId();
  const client = useQueryClient();
  const [isLoadingMembers, setIsLoadingMembers] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const groups = useQuery(groupsQuery());

  async function onPick(groupId: string) {
    if (!groupId) return;
    setIsLoadingMembers(true);
    setError(null);
    try {
      const members = await client.fetchQuery(groupMembersQuery(groupId));
      onAddMembers(members.items.map((m) => ({ id: m.id, name: m.name, email: m.email })));
    } catch (err) {
      setError(err instanceof Error ? err.message : "Could not load the group");
    } finally {
      setIsLoadingMembers(false);
    }
  }

  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="text-muted">
        Add a group
      </label>
      <select
        id={id}
        value=""
        disabled={isDisabled || isLoadingMembers || !groups.data?.items.length}
        onChange={(e) => void onPick(e.target.value)}
        className="h-8 max-w-56 rounded-lg border border-line-strong bg-surface px-2 text-sm text-fg disabled:opacity-60"
      >
        <option value="">{groups.isPending ? "Loading groups…" : groups.data?.items.length ? "Choose a group…" : "No groups"}</option>
        {groups.data?.items.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
      {error ? <span className="text-danger">{error}</span> : null}
    </div>
  );
}
