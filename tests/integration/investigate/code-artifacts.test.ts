import { createHash } from "node:crypto";
import { dehydrate, hashKey } from "@tanstack/react-query";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { prefetchCodeArtifactList } from "@/app/(console)/sessions/_server/prefetch-sessions";
import { codeArtifactListQuery } from "@/lib/queries/code-artifacts";
import { makeQueryClient } from "@/lib/queries/query-client";
import { CodeArtifactPageDto, ListCodeArtifactsQuery, type CodeArtifactDto } from "@/lib/schemas/investigate";
import { listCodeArtifacts } from "@/lib/server/code-artifacts/list-code-artifacts";
import { listCodeArtifactsRoute } from "@/lib/server/code-artifacts/routes";
import { codeArtifactContentRoute } from "@/lib/server/files/routes";
import { testOp } from "@/tests/support/operation";
import { allRecords, simStats } from "@/tests/support/simulator";
import { CodeArtifact } from "../simulator/support/schemas";
import {
  detail,
  errorOf,
  okJson,
  simClient,
  startInvestigation,
  windowOf,
  type Investigation,
} from "./support/harness";

// GET /api/code-artifacts (CA1 per custodian) and the version download (CA2), over real HTTP against the simulator.

type SimArtifact = z.infer<typeof CodeArtifact>;
const md5 = (bytes: ArrayBuffer) => createHash("md5").update(Buffer.from(bytes)).digest("hex");
const NO_AUDIT = { record: async () => ({ id: "x", seq: 0, hash: "h", at: new Date() }) };

describe("code artifacts", () => {
  let t: Investigation;
  let all: SimArtifact[];
  beforeAll(async () => {
    t = await startInvestigation();
    all = allRecords(t.store.codeArtifacts()).map((r) => CodeArtifact.parse(r));
  });
  afterAll(async () => t?.close());

  const owners = () => [...new Set(all.map((a) => a.owner_user_id).filter((o): o is string => o !== null))];
  /** The owners' artifacts in CA1's order (by id). */
  const expectedFor = (users: string[], keep: (a: SimArtifact) => boolean = () => true) =>
    all.filter((a) => a.owner_user_id && users.includes(a.owner_user_id) && keep(a)).map((a) => a.id);
  const list = (query: Record<string, string>) =>
    t.call(listCodeArtifactsRoute, `/api/code-artifacts?${new URLSearchParams(query)}`);

  /** Every page of the route for `query`, following nextCursor. */
  async function walk(query: Record<string, string>) {
    const pages = [];
    let cursor: string | null = null;
    do {
      const page: CodeArtifactPageDto = await okJson(
        await list({ ...query, ...(cursor ? { cursor } : {}) }),
        CodeArtifactPageDto,
      );
      pages.push(page);
      cursor = page.nextCursor;
    } while (cursor && pages.length < 100);
    return pages;
  }

  it("lists every artifact the custodians own, whatever their update time, with owner, read mode and versions", async () => {
    const users = owners().slice(0, 10);
    const legacy = all.find((a) => a.owner_user_id && a.updated_at === null);
    expect(legacy, "the demo has an artifact published before updated_at existed").toBeTruthy();
    expect(users).toContain(legacy!.owner_user_id);

    const [page] = await walk({ user_ids: users.join(",") });
    expect(page).toMatchObject({ nextCursor: null, partial: false, isWindowed: false });
    expect(page.items.map((a) => a.id)).toEqual(expectedFor(users));
    const sim = all.find((a) => a.id === page.items[0].id)!;
    const first: CodeArtifactDto = page.items[0];
    expect(first).toMatchObject({
      owner: { id: sim.owner_user_id },
      readMode: sim.read_mode,
      publishedVersionId: sim.published_version_id,
    });
    expect(first.owner?.email).toMatch(/@/);
    expect(first.versions.map((v) => [v.id, v.name])).toEqual(sim.versions.map((v) => [v.id, v.name]));
    expect(first.versions.filter((v) => v.isPublished).map((v) => v.id)).toEqual(
      sim.published_version_id ? [sim.published_version_id] : [],
    );
    // Saved under the version's title (CA2 names no file).
    expect(first.versions[0].downloadUrl).toBe(
      `/api/code-artifacts/${first.id}/versions/${first.versions[0].id}/content${first.versions[0].title ? `?name=${encodeURIComponent(first.versions[0].title)}` : ""}`,
    );
    expect(first.versions[0].title).toBe(
      first.versions[0].name === first.versions[0].id ? null : first.versions[0].name,
    );
    expect(first.title).toBe(first.versions.find((v) => v.isPublished)?.title ?? first.versions[0].title);
    expect(page.items.find((a) => a.id === legacy!.id)?.updatedAt).toBeNull();

    const entry = (await t.auditOf()).filter((e) => e.action === "code_artifact.list").at(-1)!;
    expect(entry.outcome).toBe("success");
    expect(entry.targets).toEqual(users.map((id) => ({ type: "custodian", id })));
    expect(detail(entry, "kind")).toBe("code_artifacts");
    expect(detail(entry, "count")).toBe(page.items.length);
  });

  it("fills small pages across short and empty upstream pages, never more than the limit, and the cursor reaches the end", async () => {
    const users = owners().slice(0, 10);
    for (const limit of ["1", "2", "3"]) {
      const pages = await walk({ user_ids: users.join(","), limit });
      expect(
        pages.flatMap((p) => p.items.map((a) => a.id)),
        `limit ${limit}`,
      ).toEqual(expectedFor(users));
      for (const [i, p] of pages.entries()) {
        // Full pages until the last: short upstream pages are topped up, never passed on.
        if (i < pages.length - 1) expect(p.items.length, `limit ${limit}, page ${i}`).toBe(Number(limit));
        else expect(p.items.length).toBeLessThanOrEqual(Number(limit));
        // An empty page is only ever the end of the list: the UI never says "none" while more remain.
        if (p.items.length === 0) expect(p.nextCursor).toBeNull();
      }
      // The simulator's pages are short or empty now and then: some page needed more than one upstream read.
      expect(
        pages.some((p) => p.pagesRead > 1),
        `limit ${limit}`,
      ).toBe(true);
    }
  });

  it("says when it stopped at its bound of upstream pages, and the cursor continues from there", async () => {
    const users = owners().slice(0, 10);
    const seen: string[] = [];
    let cursor: string | undefined;
    let sawPartial = false;
    for (let step = 0; step < 100; step++) {
      const input = ListCodeArtifactsQuery.parse({
        user_ids: users.join(","),
        limit: 4,
        ...(cursor ? { cursor } : {}),
      });
      const page = await listCodeArtifacts({
        ...testOp({ client: t.client, audit: NO_AUDIT }),
        input,
        maxUpstreamPages: 1,
      });
      expect(page.pagesRead).toBe(1);
      if (page.partial) {
        sawPartial = true;
        expect(page.nextCursor).not.toBeNull();
      }
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor ?? undefined;
      if (!cursor) break;
    }
    expect(sawPartial).toBe(true);
    expect(seen).toEqual(expectedFor(users));
  });

  it("applies the updated_at window only when asked, and then misses artifacts without an update time", async () => {
    const users = owners().slice(0, 10);
    const { from, to } = windowOf(new Date("2026-10-01T00:00:00Z"), 30);
    const [page] = await walk({ user_ids: users.join(","), updated_from: from, updated_to: to });
    expect(page.isWindowed).toBe(true);
    expect(page.items.map((a) => a.id)).toEqual(
      expectedFor(users, (a) => a.updated_at !== null && a.updated_at >= from && a.updated_at < to),
    );
    expect(page.items.length).toBeLessThan(expectedFor(users).length);
    const entry = (await t.auditOf()).filter((e) => e.action === "code_artifact.list").at(-1)!;
    expect([detail(entry, "updatedFrom"), detail(entry, "updatedTo")]).toEqual([from, to]);
  });

  it("refuses a bad query with 422 naming the field", async () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `user_x${i}`).join(",");
    expect(await errorOf(await list({ user_ids: eleven }))).toMatchObject({
      status: 422,
      fields: { user_ids: ["at most 10 custodians per query"] },
    });
    expect((await errorOf(await list({}))).fields).toHaveProperty("user_ids");
    const backwards = await errorOf(
      await list({ user_ids: owners()[0], updated_from: "2026-10-01T00:00:00Z", updated_to: "2026-09-01T00:00:00Z" }),
    );
    expect(backwards).toMatchObject({ status: 422, fields: { updated_to: ["must be after updated_from"] } });
    expect((await errorOf(await list({ user_ids: owners()[0], limit: "101" }))).fields).toHaveProperty("limit");
  });

  const content = (artifactId: string, versionId: string, client = t.client) =>
    t.call(
      codeArtifactContentRoute,
      `/api/code-artifacts/${artifactId}/versions/${versionId}/content`,
      { artifactId, versionId },
      client,
    );

  it("downloads a listed version: the bytes are the simulator's, and the download is audited", async () => {
    const [page] = await walk({ user_ids: owners()[0] });
    const artifact = page.items[0];
    const version = artifact.versions.at(-1)!;
    const res = await content(artifact.id, version.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toBe("sandbox");
    const source = t.store.codeArtifactVersionContent(artifact.id, version.id)!;
    expect(md5(await res.arrayBuffer())).toBe(await source.md5Hex());
    const entry = (await t.auditOf()).filter((e) => e.action === "artifact.download").at(-1)!;
    expect(entry).toMatchObject({
      outcome: "success",
      targets: [
        { type: "artifact", id: artifact.id },
        { type: "artifact", id: version.id },
      ],
    });
  });

  it("answers 404 with what happened when a version is no longer kept", async () => {
    const [artifact, other] = all.filter((a) => a.versions.length > 0);
    const err = await errorOf(await content(artifact.id, other.versions[0].id));
    expect(err).toMatchObject({ status: 404, code: "not_found" });
    expect(err.message).toMatch(/rotated out of the artifact's retained history.*Reload the list/);
  });

  it("answers a failing upstream with a 502 JSON error, and a 503 as an upload still in flight", async () => {
    const failing = await startInvestigation({ faultRate: 1 });
    try {
      const client = simClient(failing.sim, { maxRetries: 0 });
      const artifact = all.find((a) => a.versions.length > 0)!;
      const messages: string[] = [];
      for (let i = 0; i < 12; i++) {
        const res = await content(artifact.id, artifact.versions[0].id, client);
        expect(res.headers.get("content-type")).toMatch(/^application\/json/);
        const err = await errorOf(res);
        expect(err).toMatchObject({ status: 502, code: "upstream_unavailable" });
        messages.push(err.message);
      }
      // The simulator answers 500, 502, 503 and 529 at random (seeded): a 503 was among them, and said so.
      expect((await simStats(failing.sim)).by_status["503"]).toBeGreaterThan(0);
      expect(messages.some((m) => /upload is still in progress/.test(m))).toBe(true);
      expect(messages.some((m) => m === "The Compliance API is unavailable; try again shortly")).toBe(true);
    } finally {
      await failing.close();
    }
  });

  it("prefetches the first page on the server under the key the browser reads, with the route's data, audited once", async () => {
    const users = owners().slice(0, 3);
    const filter = { userIds: [...users].reverse(), updated: null };
    const recorded: Array<{ action: string; details?: unknown }> = [];
    const audit = { record: async (e: { action: string; details?: unknown }) => (recorded.push(e), NO_AUDIT.record()) };
    const queryClient = makeQueryClient();
    await prefetchCodeArtifactList({ queryClient, op: testOp({ client: t.client, audit }) }, filter);
    const state = JSON.parse(JSON.stringify(dehydrate(queryClient)));
    expect(state.queries).toHaveLength(1);
    expect(state.queries[0].queryHash).toBe(hashKey(codeArtifactListQuery(filter).queryKey));
    const prefetched = CodeArtifactPageDto.parse(state.queries[0].state.data.pages[0]);
    expect(prefetched).toEqual(await okJson(await list({ user_ids: users.join(",") }), CodeArtifactPageDto));
    expect(recorded).toMatchObject([
      { action: "code_artifact.list", details: { kind: "code_artifacts", page: "first" } },
    ]);
  });
});
