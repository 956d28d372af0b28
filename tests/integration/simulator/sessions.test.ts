import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allRecords, call, expectApiError, getOk, idsOf, startTestSimulator, type Sim } from "../../support/simulator";
import {
  LocalSession,
  LocalSessionMessage,
  RemoteSession,
  RemoteSessionMessage,
  sessionPage,
  toMs,
} from "./support/schemas";
import { walkSessions, type WalkResult } from "./support/walk";

// LS1–LS3 and RS1–RS2 (reference §5.16, §5.17): next_page only, short or empty pages while more remain.

const LOCAL = "/v1/compliance/apps/sessions/local";
const REMOTE = "/v1/compliance/apps/sessions/remote";

let sim: Sim;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => sim?.close());

/** Session ids with the most messages first. */
function busiest(kind: "local" | "remote"): string[] {
  const sessions = allRecords(kind === "local" ? sim.store.localSessions() : sim.store.remoteSessions());
  const size = (id: string) =>
    (kind === "local" ? sim.store.localSessionMessages(id) : sim.store.remoteSessionMessages(id))?.size ?? 0;
  return sessions
    .filter((s) => s.status !== "pending")
    .map((s) => ({ id: String(s.id), n: size(String(s.id)) }))
    .sort((a, b) => b.n - a.n)
    .map((s) => s.id);
}

const LocalMessages = sessionPage(LocalSessionMessage).extend({ session: LocalSession });
const RemoteMessages = sessionPage(RemoteSessionMessage).extend({ session: RemoteSession });

describe("local sessions", () => {
  it("walks every session newest first, with small and large pages", async () => {
    const expected = idsOf(allRecords(sim.store.localSessions())).reverse();
    expect(expected.length).toBeGreaterThan(0);
    for (const limit of [3, 500]) {
      const walk = await walkSessions(sim, LOCAL, LocalSession, { query: { limit } });
      expect(walk.items.map((s) => s.id)).toEqual(expected);
    }
  });

  it("filters by a created_at window", async () => {
    const all = allRecords(sim.store.localSessions());
    const mid = toMs(String(all[Math.floor(all.length / 2)].created_at));
    const gte = new Date(mid - 7 * 86_400_000).toISOString();
    const lt = new Date(mid).toISOString();
    const expected = all.filter(
      (s) => toMs(String(s.created_at)) >= toMs(gte) && toMs(String(s.created_at)) < toMs(lt),
    );
    const walk = await walkSessions(sim, LOCAL, LocalSession, {
      query: { "created_at.gte": gte, "created_at.lt": lt, limit: 500 },
    });
    expect(new Set(walk.items.map((s) => s.id))).toEqual(new Set(idsOf(expected)));
  });

  it("returns one session by id", async () => {
    const [id] = busiest("local");
    const session = await getOk(sim, `${LOCAL}/${id}`, LocalSession);
    expect(session.id).toBe(id);
    expect(session).toEqual(LocalSession.parse(sim.store.localSession(id)));
  });

  it("walks a session's messages both ways, withholding the user's email", async () => {
    for (const id of busiest("local").slice(0, 3)) {
      const expected = idsOf(allRecords(sim.store.localSessionMessages(id)));
      const asc = await walkSessions(sim, `${LOCAL}/${id}/messages`, LocalSessionMessage, { query: { limit: 20 } });
      expect(asc.items.map((m) => m.id)).toEqual(expected);
      const desc = await walkSessions(sim, `${LOCAL}/${id}/messages`, LocalSessionMessage, {
        query: { limit: 1000, order: "desc" },
      });
      expect(desc.items.map((m) => m.id)).toEqual([...expected].reverse());
      const first = await getOk(sim, `${LOCAL}/${id}/messages`, LocalMessages, { query: { limit: 1 } });
      expect(first.session.id).toBe(id);
      expect(first.session.user.email_address).toBeNull();
    }
  });

  it("filters by updated_at.gte without changing the order", async () => {
    const all = allRecords(sim.store.localSessions());
    const since = new Date(toMs(String(all[Math.floor(all.length / 3)].created_at))).toISOString();
    const expected = all.filter((s) => typeof s.updated_at === "string" && toMs(s.updated_at) >= toMs(since));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    const walk = await walkSessions(sim, LOCAL, LocalSession, { query: { "updated_at.gte": since, limit: 500 } });
    expect(walk.items.map((s) => s.id)).toEqual(idsOf(expected).reverse());
  });

  it("binds message cursors to the session and the order, and serves a cursor again identically", async () => {
    const [a, b] = busiest("local");
    const first = await getOk(sim, `${LOCAL}/${a}/messages`, LocalMessages, { query: { limit: 2 } });
    const token = first.next_page ?? "";
    expect(token).not.toBe("");
    const again = await getOk(sim, `${LOCAL}/${a}/messages`, LocalMessages, { query: { limit: 2, page: token } });
    expect(await getOk(sim, `${LOCAL}/${a}/messages`, LocalMessages, { query: { limit: 2, page: token } })).toEqual(
      again,
    );
    const msg = "The page parameter is not a valid cursor for this request.";
    await expectApiError(
      await call(sim, `${LOCAL}/${b}/messages`, { query: { limit: 2, page: token } }),
      400,
      "invalid_request_error",
      msg,
    );
    await expectApiError(
      await call(sim, `${LOCAL}/${a}/messages`, { query: { limit: 2, order: "desc", page: token } }),
      400,
      "invalid_request_error",
      msg,
    );
    await expectApiError(await call(sim, LOCAL, { query: { page: token } }), 400, "invalid_request_error", msg);
  });

  it("caps tool input and results by UTF-8 bytes, flagging what was cut", async () => {
    const cap = 16;
    let cuts = 0;
    for (const id of busiest("local").slice(0, 5)) {
      const q = { limit: 1000 };
      const full = await walkSessions(sim, `${LOCAL}/${id}/messages`, LocalSessionMessage, {
        query: { ...q, tool_use_input_max_bytes: -1, tool_result_max_bytes: -1 },
      });
      const capped = await walkSessions(sim, `${LOCAL}/${id}/messages`, LocalSessionMessage, {
        query: { ...q, tool_use_input_max_bytes: cap, tool_result_max_bytes: cap },
      });
      full.items.forEach((m, i) =>
        m.content.forEach((block, j) => {
          const after = capped.items[i].content[j];
          const texts =
            block.type === "tool_use"
              ? [block.input]
              : block.type === "tool_result"
                ? block.content.map((c) => c.text)
                : [];
          const cut =
            after.type === "tool_use"
              ? [after.input]
              : after.type === "tool_result"
                ? after.content.map((c) => c.text)
                : [];
          if (block.type === "text") return expect(after).toEqual(block);
          texts.forEach((t, k) => {
            expect(Buffer.byteLength(cut[k])).toBeLessThanOrEqual(cap);
            expect(t.startsWith(cut[k])).toBe(true);
          });
          if (texts.some((t) => Buffer.byteLength(t) > cap)) {
            cuts++;
            expect(after.truncated).toBe(true);
          }
        }),
      );
    }
    expect(cuts).toBeGreaterThan(0);
  });

  it("validates ids, tool caps, offsets and windows", async () => {
    const [id] = busiest("local");
    await expectApiError(await call(sim, `${LOCAL}/not-a-session`), 400, "invalid_request_error");
    await expectApiError(await call(sim, `${LOCAL}/not-a-session/messages`), 400, "invalid_request_error");
    await expectApiError(
      await call(sim, `${LOCAL}/clls_0000000000000000000000nope`),
      404,
      "not_found_error",
      "Local session not found.",
    );
    for (const cap of ["tool_use_input_max_bytes", "tool_result_max_bytes"]) {
      await expectApiError(
        await call(sim, `${LOCAL}/${id}/messages`, { query: { [cap]: 0 } }),
        400,
        "invalid_request_error",
        new RegExp(cap),
      );
      expect(
        (await getOk(sim, `${LOCAL}/${id}/messages`, LocalMessages, { query: { [cap]: -1, limit: 1 } })).session.id,
      ).toBe(id);
    }
    await expectApiError(
      await call(sim, LOCAL, { query: { "created_at.gte": "2026-09-01T00:00:00" } }),
      400,
      "invalid_request_error",
      "created_at.gte: Input should have timezone info",
    );
    for (const lt of ["2026-09-01T00:00:00Z", "2026-08-31T00:00:00Z"])
      await expectApiError(
        await call(sim, LOCAL, { query: { "created_at.gte": "2026-09-01T00:00:00Z", "created_at.lt": lt } }),
        400,
        "invalid_request_error",
        "created_at.lt must be strictly after created_at.gte.",
      );
    await expectApiError(
      await call(sim, LOCAL, { query: { "user_ids[]": ["user_x"] } }),
      400,
      "invalid_request_error",
      /^Unknown query parameter: 'user_ids\[\]'/,
    );
  });
});

describe("remote sessions", () => {
  it("walks every session newest first and filters by owner", async () => {
    const all = allRecords(sim.store.remoteSessions());
    expect(all.length).toBeGreaterThan(0);
    const walk = await walkSessions(sim, REMOTE, RemoteSession, { query: { limit: 4 } });
    expect(walk.items.map((s) => s.id)).toEqual(idsOf(all).reverse());
    expect(walk.items.some((s) => s.agent_id !== null)).toBe(true);
    expect(walk.items.some((s) => s.status === "pending")).toBe(true);
    const owner = walk.items.find((s) => s.user !== null)?.user?.id ?? "";
    const mine = await walkSessions(sim, REMOTE, RemoteSession, { query: { "user_ids[]": [owner], limit: 500 } });
    expect(new Set(mine.items.map((s) => s.id))).toEqual(
      new Set(idsOf(allRecords(sim.store.remoteSessionsOfUser(owner)))),
    );
    for (const s of mine.items) expect(s.user?.id).toBe(owner);
  });

  it("walks a session's messages, with the session's owner fields withheld", async () => {
    const [id] = busiest("remote");
    const expected = idsOf(allRecords(sim.store.remoteSessionMessages(id)));
    const walk = await walkSessions(sim, `${REMOTE}/${id}/messages`, RemoteSessionMessage, { query: { limit: 10 } });
    expect(walk.items.map((m) => m.id)).toEqual(expected);
    const first = await getOk(sim, `${REMOTE}/${id}/messages`, RemoteMessages, { query: { limit: 1 } });
    expect(first.session.id).toBe(id);
    expect(first.session.user?.email_address ?? null).toBeNull();
    expect(first.session.started_by_user).toBeNull();
    expect(first.session.claude_project_id).toBeNull();
  });

  it("hides pending sessions and rejects malformed ids, updated_at and too many users", async () => {
    const pending = allRecords(sim.store.remoteSessions()).find((s) => s.status === "pending");
    expect(pending).toBeDefined();
    await expectApiError(
      await call(sim, `${REMOTE}/${String(pending?.id)}/messages`),
      404,
      "not_found_error",
      "Remote session not found.",
    );
    await expectApiError(await call(sim, `${REMOTE}/not-a-session/messages`), 400, "invalid_request_error");
    await expectApiError(
      await call(sim, REMOTE, { query: { "updated_at.gte": "2026-09-01T00:00:00Z" } }),
      400,
      "invalid_request_error",
      /^Unknown query parameter/,
    );
    const orgs = Array.from({ length: 501 }, (_, i) => `org_${i}`);
    await expectApiError(
      await call(sim, REMOTE, { query: { "organization_ids[]": orgs } }),
      400,
      "invalid_request_error",
    );
    const eleven = Array.from({ length: 11 }, (_, i) => `user_${i}`);
    await expectApiError(await call(sim, REMOTE, { query: { "user_ids[]": eleven } }), 400, "invalid_request_error");
    await expectApiError(
      await call(sim, `${REMOTE}/${busiest("remote")[0]}/messages`, { query: { tool_result_max_bytes: 0 } }),
      400,
      "invalid_request_error",
    );
  });
});

describe("page shapes", () => {
  it("serves short or empty pages while more remain, as upstream does", async () => {
    const walks: { sizes: number[]; limit: number }[] = [];
    const add = (walk: WalkResult<unknown>, limit: number) => walks.push({ sizes: walk.sizes, limit });
    add(await walkSessions(sim, LOCAL, LocalSession, { query: { limit: 3 } }), 3);
    add(await walkSessions(sim, REMOTE, RemoteSession, { query: { limit: 3 } }), 3);
    for (const id of busiest("local").slice(0, 3))
      add(await walkSessions(sim, `${LOCAL}/${id}/messages`, LocalSessionMessage, { query: { limit: 20 } }), 20);
    for (const id of busiest("remote").slice(0, 3))
      add(await walkSessions(sim, `${REMOTE}/${id}/messages`, RemoteSessionMessage, { query: { limit: 20 } }), 20);
    const early = walks.some(({ sizes, limit }) => sizes.slice(0, -1).some((n) => n < limit));
    expect(early, JSON.stringify(walks.map((w) => w.sizes.slice(0, 12)))).toBe(true);
  });
});
