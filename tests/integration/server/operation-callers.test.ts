import { asc, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prefetchTranscript } from "@/app/(console)/chats/_server/prefetch-transcript";
import { TranscriptDto } from "@/lib/schemas/investigate";
import { createOperationAudit } from "@/lib/server/audit/operation-audit";
import { getTranscript } from "@/lib/server/chats/get-transcript";
import { transcriptRoute } from "@/lib/server/chats/routes";
import { auditEntries } from "@/lib/server/db/schema";
import { jobContext } from "@/lib/server/operation/background-context";
import { pagePrefetch } from "@/lib/server/pages/page-prefetch";
import { landmarkId } from "@/tests/support/simulator";
import { okJson, startInvestigation, type Investigation } from "../investigate/support/harness";

// One operation, three callers: the route (a request), the page's server prefetch (a page render) and a plain
// script acting as a job. Each must write the same audit entry: same action, targets, details and outcome; only
// who acted (the user, or `job:<id>` on the user's behalf) and the request facts differ.
describe("one operation, whoever calls it", () => {
  let t: Investigation;
  let chatId: string;
  beforeAll(async () => {
    t = await startInvestigation();
    chatId = landmarkId(t.store, "tool_chat");
  });
  afterAll(async () => t?.close());

  const analystActor = () => ({
    id: t.analyst.id,
    email: t.analyst.email,
    name: t.analyst.name,
    roles: t.analyst.roles,
  });
  const purpose = () => ({ id: t.purpose.id, reference: t.purpose.reference, reason: t.purpose.reason });

  async function entriesSince(seq: number) {
    const rows = await t.db.db.select().from(auditEntries).orderBy(asc(auditEntries.seq));
    return rows.filter((r) => r.seq > seq);
  }
  async function lastSeq() {
    const rows = await t.db.db.select({ seq: auditEntries.seq }).from(auditEntries);
    return Math.max(0, ...rows.map((r) => r.seq));
  }
  const shape = (e: { action: string; targets: unknown; details: unknown; outcome: string; purpose: unknown }) => ({
    action: e.action,
    targets: e.targets,
    details: e.details,
    outcome: e.outcome,
    purpose: e.purpose,
  });

  it("writes the same chat.view entry from a route, a page prefetch and a job script", async () => {
    // 1. The route, exactly as app/api mounts it.
    let since = await lastSeq();
    t.as.analyst();
    const viaRoute = await okJson(
      await t.call(transcriptRoute, `/api/chats/${chatId}/messages?limit=500`, { chatId }),
      TranscriptDto,
    );
    const [routeEntry, ...routeExtra] = await entriesSince(since);
    expect(routeExtra).toEqual([]);

    // 2. The page's server prefetch, with the context lib/server/pages/investigator-page.ts builds.
    since = await lastSeq();
    const op = {
      db: t.db.db,
      client: t.client,
      actor: analystActor(),
      audit: createOperationAudit(t.db.db, {
        actor: { id: t.analyst.id, email: t.analyst.email, roles: t.analyst.roles },
        purpose: purpose(),
        requestId: "req_page_render",
      }),
    };
    const prefetch = pagePrefetch(op);
    await prefetchTranscript(prefetch, chatId);
    const [pageEntry, ...pageExtra] = await entriesSince(since);
    expect(pageExtra).toEqual([]);
    const prefetched = prefetch.queryClient.getQueryCache().getAll()[0]?.state.data;
    expect(TranscriptDto.parse((prefetched as { pages: unknown[] }).pages[0])).toEqual(viaRoute);

    // 3. A plain script with a job actor: no request, no Next, the same verb.
    since = await lastSeq();
    const job = jobContext({
      db: t.db.db,
      client: t.client,
      jobId: "collect_test_1",
      startedBy: { id: t.analyst.id, email: t.analyst.email, roles: t.analyst.roles },
      purpose: purpose(),
    });
    const viaJob = await getTranscript({ ...job, input: { chatId, limit: 500 } });
    expect(viaJob).toEqual(viaRoute);
    const [jobEntry, ...jobExtra] = await entriesSince(since);
    expect(jobExtra).toEqual([]);

    expect(routeEntry.action).toBe("chat.view");
    expect(shape(pageEntry)).toEqual(shape(routeEntry));
    expect(shape(jobEntry)).toEqual(shape(routeEntry));

    expect([routeEntry.actorId, pageEntry.actorId]).toEqual([t.analyst.id, t.analyst.id]);
    expect(jobEntry).toMatchObject({ actorId: "job:collect_test_1", actorEmail: t.analyst.email, requestId: null });
    expect(pageEntry.requestId).toBe("req_page_render");
    expect(routeEntry.requestId).toMatch(/^req_/);

    const all = await t.db.db
      .select({ id: auditEntries.id })
      .from(auditEntries)
      .where(inArray(auditEntries.id, [routeEntry.id, pageEntry.id, jobEntry.id]));
    expect(all).toHaveLength(3);
  });

  it("records a failed read the same way from each caller", async () => {
    const missing = "claude_chat_doesnotexist0000";
    let since = await lastSeq();
    t.as.analyst();
    const res = await t.call(transcriptRoute, `/api/chats/${missing}/messages`, { chatId: missing });
    expect(res.status).toBe(404);
    const [routeEntry] = await entriesSince(since);

    since = await lastSeq();
    const job = jobContext({ db: t.db.db, client: t.client, jobId: "collect_test_2", purpose: purpose() });
    await expect(getTranscript({ ...job, input: { chatId: missing, limit: 500 } })).rejects.toThrow();
    const [jobEntry] = await entriesSince(since);

    expect(routeEntry).toMatchObject({ action: "chat.view", outcome: "failure" });
    expect(shape(jobEntry)).toEqual(shape(routeEntry));
    expect(jobEntry).toMatchObject({ actorId: "job:collect_test_2", actorEmail: null, actorRoles: [] });
  });
});
