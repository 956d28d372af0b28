import "server-only";
import type { ComplianceClient } from "@/lib/compliance";
import type { SessionSummaryDto } from "@/lib/schemas/investigate";
import { toRemoteSessionSummary } from "./to-session-dto";
import type { ScanResult, SessionListInput } from "./list-sessions";

/** Upstream pages may be empty while `next_page` is set; read at most this many per request. */
const MAX_HOPS = 5;

/** RS1 with `user_ids[]` (owner filter; agent-owned sessions are not matched). Newest first. */
export async function listRemoteSessions(
  client: ComplianceClient,
  input: SessionListInput,
  page: string | undefined,
): Promise<ScanResult> {
  const items: SessionSummaryDto[] = [];
  let scanned = 0;
  let next: string | null | undefined = page;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const res = await client.remoteSessions.list({
      userIds: input.user_ids,
      createdAt: { gte: input.from, lt: input.to },
      limit: input.limit,
      page: next,
    });
    scanned += res.data.length;
    items.push(...res.data.map(toRemoteSessionSummary));
    next = res.next_page;
    if (items.length > 0 || next === null) break;
  }
  return { kind: "remote", items, scanned, partial: items.length === 0 && next !== null, nextPage: next ?? null };
}
