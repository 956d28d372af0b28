"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { groupMembersQuery, groupsQuery } from "@/lib/queries/custodians";

type Member = { id: string; name: string | null; email: string | null };

/**
 * Adds a directory group's members as custodians; the picker refuses those beyond the limit and says how many, naming
 * the group (hence its name is passed along). Choosing a group only selects it and the button adds it: in Chromium
 * the arrow keys on a closed <select> fire `change` for every option passed, so adding on change added the first
 * group a keyboard user moved to.
 * The button is never `disabled` while focused (that would drop focus to the page): it is `aria-disabled` instead.
 */
export function GroupPicker({
  onAddMembers,
  isDisabled,
}: {
  onAddMembers: (group: string, members: Member[]) => void;
  isDisabled: boolean;
}) {
  const id = useId();
  const client = useQueryClient();
  const [groupId, setGroupId] = useState("");
  const [isLoadingMembers, setIsLoadingMembers] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const groups = useQuery(groupsQuery());
  const hasGroups = Boolean(groups.data?.items.length);
  const canAdd = groupId !== "" && !isDisabled && !isLoadingMembers;

  async function onAdd() {
    if (!canAdd) return;
    setIsLoadingMembers(true);
    setError(null);
    try {
      const members = await client.fetchQuery(groupMembersQuery(groupId));
      const name = groups.data?.items.find((g) => g.id === groupId)?.name ?? "the group";
      onAddMembers(
        name,
        members.items.map((m) => ({ id: m.id, name: m.name, email: m.email })),
      );
    } catch (err) {
      setError(err instanceof Error ? err.message : "Could not load the group");
    } finally {
      setIsLoadingMembers(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor={id} className="text-muted">
        Add a group
      </label>
      <select
        id={id}
        value={groupId}
        disabled={isDisabled || !hasGroups}
        onChange={(e) => {
          setGroupId(e.target.value);
          setError(null);
        }}
        className="h-8 max-w-56 rounded-lg border border-line-strong bg-surface px-2 text-sm text-fg disabled:opacity-60"
      >
        <option value="">{groups.isPending ? "Loading groups…" : hasGroups ? "Choose a group…" : "No groups"}</option>
        {groups.data?.items.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        onClick={() => void onAdd()}
        aria-disabled={!canAdd}
        className="h-8 rounded-lg border border-line-strong bg-surface px-2.5 text-sm font-medium text-fg hover:bg-surface-2 aria-disabled:cursor-not-allowed aria-disabled:opacity-60"
      >
        {isLoadingMembers ? "Adding…" : "Add members"}
      </button>
      {error ? (
        <span role="alert" className="text-danger">
          {error}
        </span>
      ) : null}
    </div>
  );
}
