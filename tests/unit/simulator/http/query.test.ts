import { describe, expect, it } from "vitest";
import { ACTIVITY_TYPES, ACTIVITY_TYPE_SET } from "@/lib/schemas/investigate/activity-types";
import { ApiError } from "@/lib/simulator/http/errors";
import { parseDateTime } from "@/lib/simulator/http/query/datetime";
import { parseQuery } from "@/lib/simulator/http/query/parse";
import { limitParam, timeRange, type QuerySpec } from "@/lib/simulator/http/query/spec";

const SPEC: QuerySpec = {
  limit: limitParam(1000),
  order: { kind: "enum", values: ["asc", "desc"] },
  "user_ids[]": { kind: "list", maxItems: 10 },
  "activity_types[]": { kind: "list", allowed: ACTIVITY_TYPE_SET },
  ...timeRange("created_at"),
  tool_result_max_bytes: { kind: "cap", allowZero: false },
};

function rejection(search: string, spec: QuerySpec = SPEC): string {
  try {
    parseQuery(search, spec);
  } catch (err) {
    if (err instanceof ApiError && err.status === 400) return err.message;
    throw err;
  }
  throw new Error(`accepted: ${search}`);
}

describe("query validation", () => {
  it("embeds the full 483-value activity type enum", () => {
    expect(ACTIVITY_TYPES).toHaveLength(483);
    expect(ACTIVITY_TYPE_SET.has("compliance_api_accessed")).toBe(true);
  });

  it("rejects unknown parameters, with the upstream's hints", () => {
    expect(rejection("foo=1")).toBe("Unknown query parameter: 'foo'");
    expect(rejection("created_at[gte]=2026-01-01T00:00:00Z")).toBe(
      "Unknown query parameter: 'created_at[gte]'. Did you mean 'created_at.gte'?",
    );
    expect(rejection("user_ids=user_1")).toBe("Unknown query parameter: 'user_ids'. Did you mean 'user_ids[]'?");
  });

  it("checks limit bounds and integer syntax", () => {
    expect(rejection("limit=1001")).toBe("limit: Input should be less than or equal to 1000");
    expect(rejection("limit=0")).toBe("limit: Input should be greater than or equal to 1");
    expect(rejection("limit=ten")).toBe("limit: Input should be a valid integer");
    expect(rejection("limit=1.5")).toBe("limit: Input should be a valid integer");
    expect(parseQuery("limit=1000", SPEC).int("limit")).toBe(1000);
  });

  it("validates enums, list sizes and activity types by position", () => {
    expect(rejection("order=up")).toBe("order: Input should be 'asc' or 'desc'");
    const eleven = Array.from({ length: 11 }, (_, i) => `user_ids[]=u${i}`).join("&");
    expect(rejection(eleven)).toMatch(/^user_ids\[\]: List should have at most 10 items/);
    expect(rejection("activity_types[]=claude_chat_created&activity_types[]=nope")).toBe(
      "activity_types[].1: Input is not one of the permitted values.",
    );
    expect(parseQuery("user_ids[]=a&user_ids[]=b", SPEC).list("user_ids[]")).toEqual(["a", "b"]);
  });

  it("parses datetimes leniently but rejects garbage, and can demand an offset", () => {
    expect(rejection("created_at.gte=yesterday")).toMatch(
      /^created_at\.gte: Input should be a valid datetime or date, /,
    );
    expect(rejection("created_at.gte=2026-13-01")).toMatch(/month value is outside expected range/);
    expect(parseQuery("created_at.gte=2026-09-01", SPEC).time("created_at.gte")?.ms).toBe(Date.UTC(2026, 8, 1));
    const strict: QuerySpec = timeRange("created_at", ["gte"], true);
    expect(rejection("created_at.gte=2026-09-01T10:00:00", strict)).toBe(
      "created_at.gte: Input should have timezone info",
    );
    expect(parseQuery("created_at.gte=2026-09-01T10:00:00%2B02:00", strict).time("created_at.gte")?.ms).toBe(
      Date.UTC(2026, 8, 1, 8),
    );
  });

  it("rejects tool caps of 0 and below -1", () => {
    expect(rejection("tool_result_max_bytes=0")).toMatch(/^tool_result_max_bytes: /);
    expect(rejection("tool_result_max_bytes=-2")).toMatch(/greater than or equal to -1/);
    expect(parseQuery("tool_result_max_bytes=-1", SPEC).int("tool_result_max_bytes")).toBe(-1);
  });

  it("keeps sub-millisecond precision as a flag", () => {
    const t = parseDateTime("2026-09-01T00:00:00.000500Z");
    expect(t).toEqual({ ms: Date.UTC(2026, 8, 1), subMs: true, hasTz: true });
  });
});
