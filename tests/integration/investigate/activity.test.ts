import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ActivityHistogramDto,
  ActivityHistogramQuery,
  ActivityPageDto,
  ActivityTypesDto,
  type ActivityDto,
} from "@/lib/schemas/investigate";
import { activityHistogram } from "@/lib/server/activity/activity-histogram";
import { activityHistogramRoute, activityTypesRoute, searchActivityRoute } from "@/lib/server/activity/routes";
import { allRecords } from "@/tests/support/simulator";
import { testOp } from "@/tests/support/operation";
import { FIXED_NOW, okJson, startInvestigation, windowOf, type Investigation } from "./support/harness";

describe("activity feed", () => {
  let t: Investigation;
  // Our own upstream calls would otherwise add compliance_api_accessed rows while we count.
  beforeAll(async () => {
    t = await startInvestigation({ recordAccess: false });
  });
  afterAll(async () => t?.close());

  const { from, to } = windowOf(FIXED_NOW, 30);
  const userIdOf = (a: Record<string, unknown>) =>
    a.actor && typeof a.actor === "object" && "user_id" in a.actor ? String(a.actor.user_id) : null;

  /** Store rows matching the filters, newest first (the feed's default order). */
  function expected(filter: { types?: string[]; actors?: string[]; includeApi?: boolean }) {
    return allRecords(t.store.activities())
      .filter((a) => String(a.created_at) >= from && String(a.created_at) < to)
      .filter((a) =>
        filter.types
          ? filter.types.includes(String(a.type))
          : filter.includeApi || a.type !== "compliance_api_accessed",
      )
      .filter((a) => !filter.actors || filter.actors.includes(userIdOf(a) ?? ""))
      .sort(
        (a, b) => String(b.created_at).localeCompare(String(a.created_at)) || String(b.id).localeCompare(String(a.id)),
      );
  }

  async function walk(query: Record<string, string>): Promise<ActivityDto[]> {
    const items: ActivityDto[] = [];
    let cursor: string | null = null;
    do {
      const q = new URLSearchParams({ from, to, limit: "250", ...query, ...(cursor ? { cursor } : {}) });
      const page: ActivityPageDto = await okJson(
        await t.call(searchActivityRoute, `/api/activity?${q}`),
        ActivityPageDto,
      );
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  it("filters by type and keeps every type-specific field and link", async () => {
    const types = ["claude_chat_created", "claude_file_uploaded"];
    const items = await walk({ types: types.join(",") });
    expect(items.map((a) => a.id)).toEqual(expected({ types }).map((a) => String(a.id)));
    const chat = items.find((a) => a.type === "claude_chat_created");
    expect(chat).toMatchObject({ area: "claude_chat", areaLabel: "Chats", actor: { type: "user_actor" } });
    expect(chat?.links.chatId).toBe(chat?.extra.claude_chat_id);
    expect(chat?.actor.label).toBe(chat?.actor.fields.email_address);
    const upload = items.find((a) => a.type === "claude_file_uploaded");
    expect(upload?.links.fileId).toBe(upload?.extra.claude_file_id);
    expect(upload?.area).toBe("claude_file");
  });

  it("hides the API's own access log by default and shows it when asked", async () => {
    const hidden = await walk({});
    expect(hidden.some((a) => a.type === "compliance_api_accessed")).toBe(false);
    expect(hidden.length).toBe(expected({}).length);
    const shown = await walk({ include_api_access: "true" });
    expect(shown.map((a) => a.id)).toEqual(expected({ includeApi: true }).map((a) => String(a.id)));
    expect(shown.filter((a) => a.type === "compliance_api_accessed").length).toBeGreaterThan(0);
  });

  it("filters by actor", async () => {
    const actors = [
      ...new Set(
        expected({})
          .map(userIdOf)
          .filter((id): id is string => id !== null),
      ),
    ].slice(0, 2);
    const items = await walk({ actor_ids: actors.join(",") });
    expect(items.map((a) => a.id)).toEqual(expected({ actors }).map((a) => String(a.id)));
    const entry = (await t.auditOf()).filter((e) => e.action === "activity.search").at(-1);
    expect(entry?.targets).toEqual(actors.map((id) => ({ type: "custodian", id })));
  });

  it("counts the whole filtered window per bucket, exactly as the store holds it", async () => {
    const q = new URLSearchParams({
      from,
      to,
      buckets: "30",
      types: "claude_chat_created,claude_chat_viewed,claude_file_uploaded",
    });
    const h = await okJson(await t.call(activityHistogramRoute, `/api/activity/histogram?${q}`), ActivityHistogramDto);
    const rows = expected({ types: ["claude_chat_created", "claude_chat_viewed", "claude_file_uploaded"] });
    expect(h).toMatchObject({ total: rows.length, partial: false, completeFrom: null });
    const counts = new Array(30).fill(0);
    for (const a of rows) counts[Math.floor((Date.parse(String(a.created_at)) - Date.parse(from)) / h.bucketMs)]++;
    expect(h.buckets.map((b) => b.count)).toEqual(counts);
    expect(h.buckets[0].start).toBe(from);
    expect(h.buckets[29].end).toBe(to);
    expect(Object.values(h.byArea).reduce((s, n) => s + n, 0)).toBe(rows.length);
  });

  it("stops a histogram scan at its cap and says which part is exact", async () => {
    const input = ActivityHistogramQuery.parse({ from, to, buckets: "10" });
    const audit = { record: async () => ({ id: "x", seq: 0, hash: "h", at: new Date() }) };
    const h = await activityHistogram({ ...testOp({ client: t.client, audit }), input, scanCap: 100 });
    expect(h).toMatchObject({ total: 100, partial: true, completeFrom: String(expected({})[99].created_at) });
  });

  it("lists the known types by area, with the access log excluded by default", async () => {
    const types = await okJson(await t.call(activityTypesRoute, "/api/activity/types"), ActivityTypesDto);
    expect(types.areas.flatMap((a) => a.types)).toHaveLength(483);
    expect(types.areas.find((a) => a.id === "claude_chat")?.types).toHaveLength(13);
    expect(types.excludedByDefault).toEqual(["compliance_api_accessed"]);
  });

  it("asks for a purpose before showing the feed", async () => {
    t.as.analystWithoutPurpose();
    expect((await t.call(searchActivityRoute, `/api/activity?from=${from}&to=${to}`)).status).toBe(428);
    t.as.analyst();
  });
});
