import { describe, expect, it } from "vitest";
import { isSoftDeleted, organizationUuidOf, toRateLimitSnapshotDto } from "@/lib/compliance/mappers";

describe("mappers", () => {
  it("prefer organization_uuid over the deprecated tagged organization_id", () => {
    expect(organizationUuidOf({ organization_uuid: "uuid-1", organization_id: "org_1" })).toBe("uuid-1");
    expect(organizationUuidOf({ organization_id: "org_1" })).toBe("org_1");
    expect(organizationUuidOf({})).toBeNull();
  });

  it("spot soft-deleted chats", () => {
    expect(isSoftDeleted({ deleted_at: "2026-01-01T00:00:00Z" })).toBe(true);
    expect(isSoftDeleted({ deleted_at: null })).toBe(false);
  });

  it("turn a rate-limit snapshot into the status DTO with ISO strings", () => {
    const dto = toRateLimitSnapshotDto({
      limit: 600,
      remaining: 10,
      resetAt: new Date("2026-04-21T14:38:25Z"),
      observedAt: new Date("2026-04-21T14:38:00Z"),
    });
    expect(dto).toEqual({
      limit: 600,
      remaining: 10,
      resetAt: "2026-04-21T14:38:25.000Z",
      observedAt: "2026-04-21T14:38:00.000Z",
    });
    expect(toRateLimitSnapshotDto(null)).toBeNull();
  });
});
