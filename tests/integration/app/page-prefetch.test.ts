import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dehydrate,
  hashKey,
  hydrate,
  InfiniteQueryObserver,
  QueryObserver,
  type DehydratedState,
  type QueryKey,
} from "@tanstack/react-query";
import type { PagePrefetch } from "@/lib/server/pages/page-prefetch";
import { prefetchProject, prefetchProjectList } from "@/app/(console)/projects/_server/prefetch-projects";
import { prefetchSessionList, prefetchSessionTranscript } from "@/app/(console)/sessions/_server/prefetch-sessions";
import { projectKeys, projectListQuery, projectQuery } from "@/lib/queries/projects";
import { makeQueryClient } from "@/lib/queries/query-client";
import { sessionKeys, sessionListQuery, sessionTranscriptQuery } from "@/lib/queries/sessions";
import {
  ProjectDetailDto,
  ProjectListDto,
  SessionPageDto,
  SessionTranscriptDto,
  type SessionKind,
} from "@/lib/schemas/investigate";
import type { ComplianceClient } from "@/lib/compliance";
import { createOperationAudit } from "@/lib/server/audit/operation-audit";
import type { OperationContext } from "@/lib/server/operation/context";
import { listProjectsRoute, projectRoute } from "@/lib/server/projects/routes";
import { listSessionsRoute, sessionTranscriptRoute } from "@/lib/server/sessions/routes";
import { allRecords, landmarkId } from "@/tests/support/simulator";
import {
  FIXED_NOW,
  okJson,
  simClient,
  startInvestigation,
  windowOf,
  type Investigation,
} from "../investigate/support/harness";

// The server prefetches of the projects and sessions pages, checked against what the browser and the routes do:
// same key and page params (so the browser renders the data and does not fetch on mount), same data as the route,
// one audit entry like the route's; and a failed prefetch neither breaks the page nor blocks the browser's fetch.

let t: Investigation;
let op: OperationContext;
beforeAll(async () => {
  t = await startInvestigation();
  const audit = createOperationAudit(t.db.db, {
    actor: { id: t.analyst.id, email: t.analyst.email, roles: t.analyst.roles },
    purpose: { id: t.purpose.id, reference: t.purpose.reference, reason: t.purpose.reason },
    requestId: "req_page_prefetch",
    ip: null,
    userAgent: null,
  });
  // What requireInvestigatorPage hands the page: the signed-in analyst, their purpose, the page request's facts.
  op = { db: t.db.db, client: t.client, audit, actor: t.analyst };
});
afterAll(async () => t?.close());

/** What the page hands the browser: the dehydrated cache, through JSON as the RSC payload carries it. */
async function renderOnServer(
  run: (p: PagePrefetch) => Promise<void>,
  client: ComplianceClient = op.client,
): Promise<DehydratedState> {
  const queryClient = makeQueryClient();
  await run({ queryClient, op: { ...op, client } });
  return JSON.parse(JSON.stringify(dehydrate(queryClient))) as DehydratedState;
}

/** The browser: a fresh client hydrated with the page's state, then the component's own query mounted; counts fetches. */
async function mountInBrowser(state: DehydratedState, options: { queryKey: QueryKey }, infinite: boolean) {
  const client = makeQueryClient();
  hydrate(client, state);
  let fetches = 0;
  const queryFn = async () => {
    fetches++;
    return { fetchedByBrowser: true };
  };
  const observer = infinite
    ? new InfiniteQueryObserver(client, {
        ...options,
        queryFn,
        initialPageParam: null,
        getNextPageParam: () => undefined,
      })
    : new QueryObserver(client, { ...options, queryFn });
  const unsubscribe = observer.subscribe(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const result = observer.getCurrentResult();
  unsubscribe();
  client.clear();
  return { fetches, result };
}

async function newAuditEntries(run: () => Promise<unknown>) {
  const before = (await t.auditOf()).length;
  await run();
  return (await t.auditOf())
    .slice(before)
    .map(({ action, outcome, targets, details }) => ({ action, outcome, targets, details }));
}

const { from, to } = windowOf(FIXED_NOW, 365);
const ownerOf = (r: Record<string, unknown>) =>
  r.user && typeof r.user === "object" && "id" in r.user ? String(r.user.id) : null;
const usersOf = (records: Record<string, unknown>[], n: number) =>
  [...new Set(records.map(ownerOf).filter((id): id is string => id !== null))].slice(0, n);

describe("page prefetch: projects", () => {
  it("hydrates the project list under the list's key; the browser does not fetch it again", async () => {
    const filter = { userIds: usersOf(allRecords(t.store.projects()), 3).reverse(), from, to };
    let state: DehydratedState | undefined;
    const audited = await newAuditEntries(
      async () => (state = await renderOnServer((p) => prefetchProjectList(p, filter))),
    );

    expect(state!.queries).toHaveLength(1);
    const [query] = state!.queries;
    expect(query.queryHash).toBe(hashKey(projectListQuery(filter).queryKey));
    expect(query.state).toMatchObject({ status: "success" });

    const [, , f] = projectKeys.list(filter);
    const q = new URLSearchParams({ user_ids: f.userIds.join(","), from: f.from, to: f.to });
    const viaRoute = await newAuditEntries(async () => {
      const list = await okJson(await t.call(listProjectsRoute, `/api/projects?${q}`), ProjectListDto);
      expect(list.items.length).toBeGreaterThan(0);
      expect(query.state.data).toEqual(list);
    });
    expect(audited).toEqual(viaRoute);
    expect(audited).toHaveLength(1);

    const browser = await mountInBrowser(state!, projectListQuery(filter), false);
    expect(browser.fetches).toBe(0);
    expect(browser.result.data).toEqual(query.state.data);
  });

  it("hydrates the project with its attachments and collaborators; the browser does not fetch it again", async () => {
    const projectId = landmarkId(t.store, "project_with_chats");
    let state: DehydratedState | undefined;
    const audited = await newAuditEntries(
      async () => (state = await renderOnServer((p) => prefetchProject(p, projectId))),
    );

    expect(state!.queries.map((q) => q.queryHash)).toEqual([hashKey(projectQuery(projectId).queryKey)]);
    const data = state!.queries[0].state.data;
    const viaRoute = await newAuditEntries(async () => {
      const detail = await okJson(
        await t.call(projectRoute, `/api/projects/${projectId}`, { projectId }),
        ProjectDetailDto,
      );
      expect(detail.attachments.length).toBeGreaterThan(0);
      expect(data).toEqual(detail);
    });
    expect(audited).toEqual(viaRoute);
    expect(audited).toMatchObject([{ action: "project.view", outcome: "success" }]);

    const browser = await mountInBrowser(state!, projectQuery(projectId), false);
    expect(browser.fetches).toBe(0);
    expect(browser.result.data).toEqual(data);
  });

  it("an unknown project: one failed attempt audited, nothing dehydrated, and the browser asks the route itself", async () => {
    const projectId = "claude_proj_never_existed_0000";
    let state: DehydratedState | undefined;
    const started = Date.now();
    const audited = await newAuditEntries(
      async () => (state = await renderOnServer((p) => prefetchProject(p, projectId))),
    );
    // No server retry: a retried 404 would audit three failures and hold the page back by seconds.
    expect(audited).toMatchObject([
      {
        action: "project.view",
        outcome: "failure",
        targets: [{ type: "project", id: projectId }],
        details: { error: "not_found" },
      },
    ]);
    expect(Date.now() - started).toBeLessThan(2_500); // two retries would wait 1 s + 2 s
    expect(state!.queries).toEqual([]);

    const browser = await mountInBrowser(state!, projectQuery(projectId), false);
    expect(browser.fetches).toBe(1);
  });
});

describe("page prefetch: sessions", () => {
  const sessionsOf = (kind: SessionKind) =>
    allRecords(kind === "local" ? t.store.localSessions() : t.store.remoteSessions());

  it.each(["remote", "local"] as const)(
    "hydrates the first page of the %s session list under the list's key; no browser fetch",
    async (kind) => {
      const filter = { kind, userIds: usersOf(sessionsOf(kind), 2), from, to };
      let state: DehydratedState | undefined;
      const audited = await newAuditEntries(
        async () => (state = await renderOnServer((p) => prefetchSessionList(p, filter))),
      );

      expect(state!.queries.map((q) => q.queryHash)).toEqual([hashKey(sessionListQuery(filter).queryKey)]);
      const data = state!.queries[0].state.data;
      const [, , f] = sessionKeys.list(filter);
      const q = new URLSearchParams({
        user_ids: f.userIds.join(","),
        from: f.from,
        to: f.to,
        kind: f.kind,
        limit: String(f.limit),
      });
      const viaRoute = await newAuditEntries(async () => {
        const page = await okJson(await t.call(listSessionsRoute, `/api/sessions?${q}`), SessionPageDto);
        expect(page.items.length).toBeGreaterThan(0);
        expect(data).toEqual({ pages: [page], pageParams: [null] });
      });
      expect(audited).toEqual(viaRoute);
      expect(audited).toHaveLength(1);

      const browser = await mountInBrowser(state!, sessionListQuery(filter), true);
      expect(browser.fetches).toBe(0);
      expect(browser.result.data).toEqual(data);
    },
  );

  it.each(["remote", "local"] as const)(
    "hydrates the first page of a %s transcript at the route's default page size; no browser fetch",
    async (kind) => {
      const messagesOf = (id: string) =>
        kind === "local" ? t.store.localSessionMessages(id) : t.store.remoteSessionMessages(id);
      const session = sessionsOf(kind).find((s) => (messagesOf(String(s.id))?.size ?? 0) > 3);
      if (!session) throw new Error(`no ${kind} session with messages`);
      const sessionId = String(session.id);
      let state: DehydratedState | undefined;
      const audited = await newAuditEntries(
        async () => (state = await renderOnServer((p) => prefetchSessionTranscript(p, kind, sessionId))),
      );

      expect(state!.queries.map((q) => q.queryHash)).toEqual([
        hashKey(sessionTranscriptQuery(kind, sessionId).queryKey),
      ]);
      const data = state!.queries[0].state.data;
      // The browser asks without a limit: the same request through the route.
      const viaRoute = await newAuditEntries(async () => {
        const page = await okJson(
          await t.call(sessionTranscriptRoute, `/api/sessions/${kind}/${sessionId}/messages`, { kind, sessionId }),
          SessionTranscriptDto,
        );
        expect(page.messages.length).toBeGreaterThan(0);
        expect(data).toEqual({ pages: [page], pageParams: [null] });
      });
      expect(audited).toEqual(viaRoute);
      expect(audited).toMatchObject([{ action: "session.view", outcome: "success" }]);

      const browser = await mountInBrowser(state!, sessionTranscriptQuery(kind, sessionId), true);
      expect(browser.fetches).toBe(0);
      expect(browser.result.data).toEqual(data);
    },
  );

  it("an unknown session: one failed attempt audited, nothing dehydrated, and the browser asks the route itself", async () => {
    const sessionId = "cse_neverexisted0000";
    let state: DehydratedState | undefined;
    const audited = await newAuditEntries(
      async () => (state = await renderOnServer((p) => prefetchSessionTranscript(p, "remote", sessionId))),
    );
    expect(audited).toMatchObject([
      {
        action: "session.view",
        outcome: "failure",
        targets: [{ type: "session", id: sessionId }],
        details: { error: "not_found" },
      },
    ]);
    expect(state!.queries).toEqual([]);
    expect((await mountInBrowser(state!, sessionTranscriptQuery("remote", sessionId), true)).fetches).toBe(1);
  });
});

describe("page prefetch: upstream unreachable", () => {
  // Port 9 (discard) refuses connections on loopback: every read fails after the client's own quick retries.
  const down = () => simClient(t.sim, { baseUrl: "http://127.0.0.1:9" });
  const filter = { userIds: ["user_someone"], from, to };
  const cases: Array<[string, (p: PagePrefetch) => Promise<void>, () => { queryKey: QueryKey }, boolean]> = [
    ["project list", (p) => prefetchProjectList(p, filter), () => projectListQuery(filter), false],
    ["project", (p) => prefetchProject(p, "claude_proj_x"), () => projectQuery("claude_proj_x"), false],
    [
      "session list",
      (p) => prefetchSessionList(p, { ...filter, kind: "remote" }),
      () => sessionListQuery({ ...filter, kind: "remote" }),
      true,
    ],
    [
      "session transcript",
      (p) => prefetchSessionTranscript(p, "local", "ls_x"),
      () => sessionTranscriptQuery("local", "ls_x"),
      true,
    ],
  ];

  it.each(cases)(
    "the %s page still renders, audits one failed attempt and leaves the fetch to the browser",
    async (_name, run, options, infinite) => {
      let state: DehydratedState | undefined;
      const audited = await newAuditEntries(async () => (state = await renderOnServer(run, down())));
      expect(audited).toHaveLength(1);
      expect(audited[0].outcome).toBe("failure");
      expect(state!.queries).toEqual([]);
      expect((await mountInBrowser(state!, options(), infinite)).fetches).toBe(1);
    },
  );
});
