import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allRecords, call, expectApiError, idsOf, startTestSimulator, type Sim } from "../../support/simulator";
import { expectChunked, expectContentMd5, readDownload } from "./support/download";
import { CodeArtifact } from "./support/schemas";
import { walkTokens } from "./support/walk";

// CA1–CA2 (reference §5.18): sorted by id, pages short or empty while more remain, version content streamed.
// CA3 lives in deletes.test.ts.

const BASE = "/v1/compliance/apps/code/artifacts";

let sim: Sim;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => sim?.close());

describe("CA1 list", () => {
  it("walks every artifact in id order until next_page is absent", async () => {
    const expected = idsOf(allRecords(sim.store.codeArtifacts()));
    expect(expected.length).toBeGreaterThan(0);
    for (const limit of [undefined, 3, 100]) {
      const walk = await walkTokens(sim, BASE, CodeArtifact, { query: { limit } });
      expect(
        walk.items.map((a) => a.id),
        `limit ${limit}`,
      ).toEqual(expected);
    }
    expect([...expected].sort()).toEqual(expected);
  });

  it("serves short and empty pages while more remain", async () => {
    const sizes: number[][] = [];
    for (const limit of [1, 2, 3, 4, 5])
      sizes.push((await walkTokens(sim, BASE, CodeArtifact, { query: { limit } })).sizes);
    const early = [1, 2, 3, 4, 5].some((limit, i) => sizes[i].slice(0, -1).some((n) => n < limit));
    expect(early, JSON.stringify(sizes)).toBe(true);
    // "has_more can be true with an empty next page" (§3): some walk must meet an empty page.
    expect(
      sizes.some((s) => s.includes(0)),
      JSON.stringify(sizes),
    ).toBe(true);
  });

  it("filters by owner and organization", async () => {
    const all = allRecords(sim.store.codeArtifacts());
    const owner = all.map((a) => a.owner_user_id).find((o): o is string => typeof o === "string") ?? "";
    const byOwner = await walkTokens(sim, BASE, CodeArtifact, { query: { "user_ids[]": [owner], limit: 100 } });
    expect(byOwner.items.map((a) => a.id)).toEqual(idsOf(all.filter((a) => a.owner_user_id === owner)));
    const org = String(all[0].organization_uuid);
    const byOrg = await walkTokens(sim, BASE, CodeArtifact, { query: { "organization_ids[]": [org], limit: 100 } });
    expect(byOrg.items.map((a) => a.id)).toEqual(idsOf(all.filter((a) => a.organization_uuid === org)));
  });

  it("bounds limit at 100 and user_ids[] at 200", async () => {
    await expectApiError(
      await call(sim, BASE, { query: { limit: 101 } }),
      400,
      "invalid_request_error",
      "limit: Input should be less than or equal to 100",
    );
    const users = Array.from({ length: 201 }, (_, i) => `user_${i}`);
    await expectApiError(await call(sim, BASE, { query: { "user_ids[]": users } }), 400, "invalid_request_error");
  });
});

describe("CA2 version content", () => {
  it("streams a version's content, chunked, with a Content-MD5 that matches when present", async () => {
    const artifacts = allRecords(sim.store.codeArtifacts()).map((a) => CodeArtifact.parse(a));
    const withVersions = artifacts.filter((a) => a.versions.length > 0).slice(0, 3);
    expect(withVersions.length).toBeGreaterThan(0);
    for (const artifact of withVersions) {
      const version = artifact.versions[0];
      const dl = await readDownload(await call(sim, `${BASE}/${artifact.id}/versions/${version.id}`));
      expect(dl.status).toBe(200);
      expectChunked(dl.headers);
      expect(dl.bytes.length).toBe(sim.store.codeArtifactVersionContent(artifact.id, version.id)?.sizeBytes);
      if (dl.headers.get("content-md5") !== null) expectContentMd5(dl.headers, dl.md5Hex);
      expect(dl.headers.get("content-type")).toMatch(/\S/);
    }
  });

  it("answers 404 for an unknown version", async () => {
    const [artifact] = allRecords(sim.store.codeArtifacts());
    await expectApiError(await call(sim, `${BASE}/${String(artifact.id)}/versions/nope`), 404, "not_found_error");
    await expectApiError(await call(sim, `${BASE}/cart_nope/versions/nope`), 404, "not_found_error");
  });
});
