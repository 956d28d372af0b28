import "server-only";
import type { ComplianceClient } from "@/lib/compliance";
import { LOCAL_SESSION_SCAN_PAGES, type SessionSummaryDto } from "@/lib/schemas/investigate";
import { toLocalSessionSummary } from "./to-session-dto";
import type { ScanResult, SessionListInput } from "./list-sessions";

/** Scan bounds; the defaults read LS1's largest pages (fewer round trips for a scan that drops most rows). */
export type LocalScanOptions = { pageSize?: number; maxPages?: number };

/**
 * LS1 has no user filter: walk the window (newest first) and keep the custodians' sessions, stopping after
 * LOCAL_SESSION_SCAN_PAGES upstream pages or once `limit` matches are in hand. Whole pages are kept, so a page can
 * hold a few more than `limit`; the cursor resumes at the next upstream page.
 */
export async function listLocalSessions(
  client: ComplianceClient,
  input: SessionListInput,
  page: string | undefined,
  { pageSize = 500, maxPages = LOCAL_SESSION_SCAN_PAGES }: LocalScanOptions = {},
): Promise<ScanResult> {
  const wanted = new Set(input.user_ids);
  const items: SessionSummaryDto[] = [];
  let scanned = 0;
  let next: string | null | undefined = page;
  let pages = 0;
  while (pages < maxPages && items.length < input.limit) {
    const res = await client.localSessions.list({
      createdAt: { gte: input.from, lt: input.to },
      limit: pageSize,
      page: next,
    });
    pages++;
    scanned += res.data.length;
    for (const s of res.data) if (wanted.has(s.user.id)) items.push(toLocalSessionSummary(s));
    next = res.next_page;
    if (next === null) break;
  }
  const stoppedAtBound = next !== null && next !== undefined && items.length < input.limit;
  return { kind: "local", items, scanned, partial: stoppedAtBound, nextPage: next ?? null };
}
