import { MAX_CUSTODIANS_PER_QUERY } from "@/lib/schemas/investigate";

// What adding people to the custodian picker does and what to tell the user about it. Pure, so that the counts in
// a message are the counts of the very update that changed the chips.

export type PickerNotice = { text: string; tone: "info" | "warning" };

export type AddPlan<T extends { id: string }> = {
  /** The people added, in the order offered. */
  taken: T[];
  /** The picked ids after the add. */
  next: string[];
  /** Distinct people offered. */
  offered: number;
  /** Of those, how many were picked already. */
  alreadyPicked: number;
  /** New people left out because the query would exceed the limit. */
  refused: number;
};

/** Adds the people not yet picked, in order, until the limit; a person offered twice counts once. */
export function planAdd<T extends { id: string }>(
  current: readonly string[],
  people: readonly T[],
  max = MAX_CUSTODIANS_PER_QUERY,
): AddPlan<T> {
  const distinct = [...new Map(people.map((p) => [p.id, p])).values()];
  const fresh = distinct.filter((p) => !current.includes(p.id));
  const taken = fresh.slice(0, Math.max(0, max - current.length));
  return {
    taken,
    next: [...current, ...taken.map((p) => p.id)],
    offered: distinct.length,
    alreadyPicked: distinct.length - fresh.length,
    refused: fresh.length - taken.length,
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const SINGLE_LIMIT_TEXT = `At most ${MAX_CUSTODIANS_PER_QUERY} custodians per query: the Compliance API refuses more. Remove someone to add another.`;

/** A single pick needs a message only when it was refused. */
export function singlePickNotice(plan: AddPlan<{ id: string }>): PickerNotice | null {
  return plan.refused > 0 ? { text: SINGLE_LIMIT_TEXT, tone: "warning" } : null;
}

/** Says exactly what adding a group did: how many were added, already there, and left out and why. */
export function groupNotice(
  group: string,
  plan: AddPlan<{ id: string }>,
  max = MAX_CUSTODIANS_PER_QUERY,
): PickerNotice {
  const { taken, offered, alreadyPicked, refused } = plan;
  if (offered === 0) return { text: `${group} has no members.`, tone: "info" };
  if (taken.length === 0 && refused === 0) return { text: `Everyone in ${group} is already picked.`, tone: "info" };
  if (taken.length === 0) {
    return {
      text: `No one from ${group} was added: at most ${max} custodians per query, and ${max} are picked. Remove someone to make room.`,
      tone: "warning",
    };
  }
  if (refused > 0) {
    const already = alreadyPicked ? ` (${alreadyPicked} already picked)` : "";
    return {
      text: `Added ${taken.length} of ${offered} members of ${group}${already}; ${refused} not added: at most ${max} custodians per query.`,
      tone: "warning",
    };
  }
  if (alreadyPicked === 0) {
    return {
      text: offered === 1 ? `Added the 1 member of ${group}.` : `Added all ${offered} members of ${group}.`,
      tone: "info",
    };
  }
  const were = alreadyPicked === 1 ? "was" : "were";
  return {
    text: `Added ${plural(taken.length, "member", "members")} of ${group}; ${alreadyPicked} ${were} already picked.`,
    tone: "info",
  };
}

/** An Enter that found no one to pick: nobody matches, or everyone who does is picked already. */
export function noMatchNotice(typed: string, matches: number): PickerNotice {
  const q = typed.trim();
  if (!q)
    return { text: matches ? "Everyone in the directory is already picked." : "The directory is empty.", tone: "info" };
  return { text: matches ? `Everyone matching “${q}” is already picked.` : `No one matches “${q}”.`, tone: "info" };
}

/** Order-insensitive: the URL keeps the order, but a message is about who is picked, not where. */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
