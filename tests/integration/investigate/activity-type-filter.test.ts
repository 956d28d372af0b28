import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ActivityHistogramDto,
  ActivityHistogramQuery,
  ActivityPageDto,
  ActivityQuery,
  ACTIVITY_TYPES,
  type ActivityDto,
} from "@/lib/schemas/investigate";
import { KNOWN_AREAS } from "@/lib/schemas/investigate/activity-selection";
import { activityHistogram } from "@/lib/server/activity/activity-histogram";
import { activityHistogramRoute, searchActivityRoute } from "@/lib/server/activity/routes";
import { searchActivity } from "@/lib/server/activity/search-activity";
import { allRecords } from "@/tests/support/simulator";
import { testOp } from "@/tests/support/operation";
import { errorOf, FIXED_NOW, okJson, startInvestigation, windowOf, type Investigation } from "./support/harness";

// Picking several types (whole areas and single types): the union is what comes back, however long the choice, and
// the route refuses what the upstream would (unknown names) with a 422 naming the field.
describe("activity feed: choosing event types", () => {
  let t: Investigation;
  beforeAll(async () => {
    t = await startInvestigation({ recordAccess: false });
  });
  afterAll(async () => t?.close());

  const { from, to } = windowOf(FIXED_NOW, 30);
  const audit = { record: async () => ({ id: "x", seq: 0, hash: "h", at: new Date() }) };
  const typesOf = (areaId: string) => KNOWN_AREAS.find((a) => a.id === areaId)?.types ?? [];

  /** Store rows of these types in the window, newest first (ties by id, as A1 sorts). */
  function expected(types: readonly string[]) {
    const wanted = new Set(types);
    return allRecords(t.store.activities())
      .filter((a) => String(a.created_at) >= from && String(a.created_at) < to && wanted.has(String(a.type)))
      .sort(
        (a, b) =>
          Date.parse(String(b.created_at)) - Date.parse(String(a.created_at)) ||
          String(b.id).localeCompare(String(a.id)),
      );
  }

  async function walkRoute(query: Record<string, string>, limit = 500): Promise<ActivityDto[]> {
    const items: ActivityDto[] = [];
    let cursor: string | null = null;
    do {
      const q = new URLSearchParams({ from, to, limit: String(limit), ...query, ...(cursor ? { cursor } : {}) });
      const page: ActivityPageDto = await okJson(
        await t.call(searchActivityRoute, `/api/activity?${q}`),
        ActivityPageDto,
      );
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  it("answers whole areas plus single types with their union", async () => {
    const types = [...typesOf("claude_file"), "claude_chat_created", "claude_chat_deleted"];
    const items = await walkRoute({ areas: "claude_file", types: "claude_chat_created,claude_chat_deleted" });
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((a) => a.id)).toEqual(expected(types).map((a) => String(a.id)));
    expect(new Set(items.map((a) => a.area))).toEqual(new Set(["claude_file", "claude_chat"]));
  });

  it("reads every type at once (too long for one upstream URL) without losing or repeating an event", async () => {
    // All 483 types spelt out are ~24 KB of query string: the simulator, like many servers, refuses such a request
    // head (431), so the feed must split the choice and merge the answers.
    const all = await walkRoute({ areas: KNOWN_AREAS.map((a) => a.id).join(",") }, 1000);
    expect(all.map((a) => a.id)).toEqual(expected(ACTIVITY_TYPES).map((a) => String(a.id)));
    const q = new URLSearchParams({ from, to, buckets: "12", areas: KNOWN_AREAS.map((a) => a.id).join(",") });
    const h = await okJson(await t.call(activityHistogramRoute, `/api/activity/histogram?${q}`), ActivityHistogramDto);
    expect(h).toMatchObject({ total: all.length, partial: false });
  });

  it("pages through a split choice in order, resuming each part where the last page stopped", async () => {
    const types = [...typesOf("claude_chat"), ...typesOf("claude_file"), "sso_login_failed", "sso_login_succeeded"];
    const want = expected(types).map((a) => String(a.id));
    expect(want.length).toBeGreaterThan(30);
    // A budget of ~100 characters puts two or three types in each upstream request: seven or more parts.
    const got: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const input = ActivityQuery.parse({ from, to, types, limit: "7", cursor });
      const page = await searchActivity({ ...testOp({ client: t.client, audit }), input, maxTypeChars: 100 });
      expect(page.items.length).toBeLessThanOrEqual(7);
      got.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 200);
    expect(got).toEqual(want);
  });

  it("counts a split choice exactly, and stops at the scan cap with an exact tail", async () => {
    const types = [...typesOf("claude_chat"), ...typesOf("claude_project")];
    const rows = expected(types);
    const input = ActivityHistogramQuery.parse({ from, to, types, buckets: "10" });
    const full = await activityHistogram({ ...testOp({ client: t.client, audit }), input, maxTypeChars: 150 });
    expect(full).toMatchObject({ total: rows.length, partial: false, completeFrom: null });
    const capped = await activityHistogram({
      ...testOp({ client: t.client, audit }),
      input,
      maxTypeChars: 150,
      scanCap: 25,
    });
    expect(capped).toMatchObject({ total: 25, partial: true, completeFrom: String(rows[24].created_at) });
  });

  it("adds the API's access log to a choice when asked", async () => {
    const items = await walkRoute({ types: "claude_chat_created", include_api_access: "true" });
    expect(items.map((a) => a.id)).toEqual(
      expected(["claude_chat_created", "compliance_api_accessed"]).map((a) => String(a.id)),
    );
    expect(items.some((a) => a.type === "compliance_api_accessed")).toBe(true);
  });

  it("refuses unknown types and areas, and too many names, with a 422 naming the field", async () => {
    const base = `from=${from}&to=${to}`;
    const unknownType = await errorOf(
      await t.call(searchActivityRoute, `/api/activity?${base}&types=claude_chat_created,claude_chat_exploded`),
    );
    expect(unknownType).toMatchObject({
      status: 422,
      code: "invalid_input",
      fields: { types: ["Unknown activity type: claude_chat_exploded"] },
    });
    const unknownArea = await errorOf(
      await t.call(activityHistogramRoute, `/api/activity/histogram?${base}&areas=claude_chat,nowhere`),
    );
    expect(unknownArea).toMatchObject({ status: 422, fields: { areas: ["Unknown area: nowhere"] } });
    const many = Array.from({ length: 501 }, (_, i) => `type_${i}`).join(",");
    const tooMany = await errorOf(await t.call(searchActivityRoute, `/api/activity?${base}&types=${many}`));
    expect(tooMany.status).toBe(422);
    expect(tooMany.fields?.types).toEqual(["at most 500 per query"]);
    const bad = await errorOf(
      await t.call(searchActivityRoute, `/api/activity?${base}&types=${encodeURIComponent("<script>")}`),
    );
    expect(bad).toMatchObject({ status: 422, fields: { types: ["Unknown activity type: <script>"] } });
  });

  it("refuses a cursor from another choice of types", async () => {
    const first = await okJson(
      await t.call(searchActivityRoute, `/api/activity?from=${from}&to=${to}&limit=5&types=claude_chat_created`),
      ActivityPageDto,
    );
    expect(first.nextCursor).toBeTruthy();
    const q = new URLSearchParams({
      from,
      to,
      limit: "5",
      areas: KNOWN_AREAS.map((a) => a.id).join(","),
      cursor: first.nextCursor ?? "",
    });
    expect(await errorOf(await t.call(searchActivityRoute, `/api/activity?${q}`))).toMatchObject({
      status: 422,
      fields: { cursor: ["Invalid or expired cursor; reload the list"] },
    });
  });
});
