import type { CodeArtifactListFilter } from "@/lib/queries/code-artifacts";
import type { InvestigateState } from "@/lib/urls/investigate-url";

// What the Sessions page shows and, for code artifacts, whether the time window applies: read from the URL the same
// way by the page (server prefetch) and the client, so the prefetched list lands under the key the client reads.

export type SessionsView = "remote" | "local" | "code";

/** `?kind=local|code`; anything else is the remote sessions list. */
export function sessionsViewOf(params: URLSearchParams): SessionsView {
  const kind = params.get("kind");
  return kind === "local" || kind === "code" ? kind : "remote";
}

/** `?updated=window`: only artifacts updated in the window. Absent: every artifact of the custodians. */
export const UPDATED_PARAM = "updated";
export const UPDATED_IN_WINDOW = "window";

export function isWindowApplied(params: URLSearchParams): boolean {
  return params.get(UPDATED_PARAM) === UPDATED_IN_WINDOW;
}

export function codeArtifactFilterOf(
  state: Pick<InvestigateState, "userIds" | "from" | "to">,
  params: URLSearchParams,
): CodeArtifactListFilter {
  return { userIds: state.userIds, updated: isWindowApplied(params) ? { from: state.from, to: state.to } : null };
}
