import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ListSessionsQuery,
  SessionPageDto,
  SessionTranscriptDto,
  type MessageDto,
  type SessionKind,
} from "@/lib/schemas/investigate";
import { listSessions } from "@/lib/server/sessions/list-sessions";
import { listSessionsRoute, sessionTranscriptRoute } from "@/lib/server/sessions/routes";
import { allRecords } from "@/tests/support/simulator";
import { testOp } from "@/tests/support/operation";
import { FIXED_NOW, okJson, startInvestigation, windowOf, type Investigation } from "./support/harness";

describe("sessions", () => {
  let t: Investigation;
  beforeAll(async () => {
    t = await startInvestigation();
  });
  afterAll(async () => t?.close());

  const userOf = (s: Record<string, unknown>) =>
    s.user && typeof s.user === "object" && "id" in s.user ? String(s.user.id) : "";
  const all = (kind: SessionKind) => allRecords(kind === "local" ? t.store.localSessions() : t.store.remoteSessions());
  const { from, to } = windowOf(FIXED_NOW, 365);

  /** The users' sessions in the window, newest first (the upstream order). */
  function expected(kind: SessionKind, users: string[]): string[] {
    return all(kind)
      .filter((s) => users.includes(userOf(s)) && String(s.created_at) >= from && String(s.created_at) < to)
      .sort(
        (a, b) => String(b.created_at).localeCompare(String(a.created_at)) || String(b.id).localeCompare(String(a.id)),
      )
      .map((s) => String(s.id));
  }

  it.each(["remote", "local"] as const)("lists the custodians' %s sessions in the window", async (kind) => {
    const users = [...new Set(all(kind).map(userOf))].slice(0, 2);
    const q = new URLSearchParams({ user_ids: users.join(","), from, to, kind });
    const page = await okJson(await t.call(listSessionsRoute, `/api/sessions?${q}`), SessionPageDto);
    expect(page.items.map((s) => s.id)).toEqual(expected(kind, users));
    expect(page).toMatchObject({ kind, nextCursor: null, partial: false });
    for (const s of page.items) expect(users).toContain(s.custodian?.id);
  });

  it("scans local sessions in bounded steps, says so, and a cursor continues to the rest", async () => {
    const users = [...new Set(all("local").map(userOf))].slice(0, 1);
    const audit = { record: async () => ({ id: "x", seq: 0, hash: "h", at: new Date() }) };
    const seen: string[] = [];
    let cursor: string | undefined;
    let steps = 0;
    let sawPartial = false;
    do {
      const input = ListSessionsQuery.parse({
        user_ids: users.join(","),
        from,
        to,
        kind: "local",
        ...(cursor ? { cursor } : {}),
      });
      const page = await listSessions({
        ...testOp({ client: t.client, audit }),
        input,
        localScan: { pageSize: 4, maxPages: 2 },
      });
      expect(page.scanned).toBeLessThanOrEqual(8);
      sawPartial ||= page.partial;
      seen.push(...page.items.map((s) => s.id));
      cursor = page.nextCursor ?? undefined;
      steps++;
    } while (cursor && steps < 50);
    expect(sawPartial).toBe(true);
    expect(seen).toEqual(expected("local", users));
  });

  it.each(["local", "remote"] as const)("reads a whole %s session transcript by following the cursor", async (kind) => {
    const session = all(kind).find(
      (s) =>
        ((kind === "local" ? t.store.localSessionMessages(String(s.id)) : t.store.remoteSessionMessages(String(s.id)))
          ?.size ?? 0) > 3,
    );
    if (!session) throw new Error(`no ${kind} session with messages`);
    const sessionId = String(session.id);
    const messages: MessageDto[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/api/sessions/${kind}/${sessionId}/messages?limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const page: SessionTranscriptDto = await okJson(
        await t.call(sessionTranscriptRoute, path, { kind, sessionId }),
        SessionTranscriptDto,
      );
      expect(page.session).toMatchObject({ kind, id: sessionId });
      messages.push(...page.messages);
      cursor = page.nextCursor;
    } while (cursor);
    const stored =
      kind === "local" ? t.store.localSessionMessages(sessionId) : t.store.remoteSessionMessages(sessionId);
    expect(messages.map((m) => m.id)).toEqual(allRecords(stored).map((m) => String(m.id)));
    if (kind === "local") expect(messages[0].provenance).toEqual({ type: "synthetic_marker", reason: null });
    const views = (await t.auditOf()).filter(
      (e) => e.action === "session.view" && JSON.stringify(e.targets).includes(sessionId),
    );
    expect(views.length).toBeGreaterThan(0);
    expect(views[0].targets).toEqual([
      { type: "session", id: sessionId },
      // Named too when the session names its custodian's email (the simulator's sessions carry none).
      expect.objectContaining({ type: "custodian", id: userOf(session) }),
    ]);
  });
  it.each(["local", "remote"] as const)(
    "a %s session's first transcript page names the custodian as the lists do, though its endpoint withholds the email",
    async (kind) => {
      const session = all(kind).find((s) => userOf(s) !== "" && String(s.status ?? "") !== "pending");
      if (!session) throw new Error(`no owned ${kind} session`);
      const sessionId = String(session.id);
      const user = session.user as { id: string; email_address: string };
      const page = await okJson(
        await t.call(sessionTranscriptRoute, `/api/sessions/${kind}/${sessionId}/messages?limit=2`, {
          kind,
          sessionId,
        }),
        SessionTranscriptDto,
      );
      expect(page.session.custodian).toEqual({ id: user.id, email: user.email_address });
      if (kind === "remote")
        expect(page.session.projectId).toBe((session.claude_project_id as string | null | undefined) ?? null);
    },
  );

  it("a remote agent run's first page says who started it, which its transcript endpoint leaves out", async () => {
    const session = all("remote").find((s) => s.agent_id && s.started_by_user && s.status !== "pending");
    if (!session) throw new Error("no agent-owned remote session");
    const sessionId = String(session.id);
    const page = await okJson(
      await t.call(sessionTranscriptRoute, `/api/sessions/remote/${sessionId}/messages`, { kind: "remote", sessionId }),
      SessionTranscriptDto,
    );
    const starter = session.started_by_user as { id: string; email_address: string };
    expect(page.session).toMatchObject({
      custodian: null,
      startedBy: { id: starter.id, email: starter.email_address },
    });
  });
});
