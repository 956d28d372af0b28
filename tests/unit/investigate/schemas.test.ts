import { describe, expect, it } from "vitest";
import { ActivityQuery, ListChatsQuery, ListSessionsQuery } from "@/lib/schemas/investigate";

const window = { from: "2026-09-01T00:00:00Z", to: "2026-10-01T00:00:00+02:00" };

describe("investigation query schemas", () => {
  it("reads custodians comma-separated or repeated, trimmed and de-duplicated", () => {
    expect(ListChatsQuery.parse({ user_ids: " user_a, user_b,user_a ", ...window }).user_ids).toEqual([
      "user_a",
      "user_b",
    ]);
    expect(ListChatsQuery.parse({ user_ids: ["user_a", "user_c,user_d"], ...window }).user_ids).toEqual([
      "user_a",
      "user_c",
      "user_d",
    ]);
  });

  it("refuses an 11th custodian with the message the UI shows", () => {
    const ids = Array.from({ length: 11 }, (_, i) => `user_${i}`).join(",");
    const result = ListChatsQuery.safeParse({ user_ids: ids, ...window });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([{ path: ["user_ids"], message: "at most 10 custodians per query" }]);
    // Ten is fine, and duplicates don't count twice.
    expect(
      ListChatsQuery.safeParse({
        user_ids: `${Array.from({ length: 10 }, (_, i) => `user_${i}`).join(",")},user_0`,
        ...window,
      }).success,
    ).toBe(true);
  });

  it("requires at least one well-formed custodian id", () => {
    expect(ListChatsQuery.safeParse({ user_ids: "", ...window }).error?.issues[0]).toMatchObject({
      path: ["user_ids"],
      message: "choose at least one custodian",
    });
    expect(ListChatsQuery.safeParse({ user_ids: "user_a/../x", ...window }).error?.issues[0].path).toEqual([
      "user_ids",
      0,
    ]);
  });

  it("normalises the window to UTC and insists on a time zone and on from < to", () => {
    const q = ListChatsQuery.parse({ user_ids: "user_a", ...window });
    expect([q.from, q.to]).toEqual(["2026-09-01T00:00:00.000Z", "2026-09-30T22:00:00.000Z"]);
    expect(
      ListChatsQuery.safeParse({ user_ids: "user_a", from: "2026-09-01T00:00:00", to: window.to }).error?.issues[0]
        .path,
    ).toEqual(["from"]);
    expect(
      ListChatsQuery.safeParse({ user_ids: "user_a", from: window.to, to: window.from }).error?.issues,
    ).toMatchObject([{ path: ["to"], message: "must be after from" }]);
  });

  it("applies defaults: created_at sort, 100 chats, remote sessions, activity without the access log", () => {
    expect(ListChatsQuery.parse({ user_ids: "user_a", ...window })).toMatchObject({ sort: "created_at", limit: 100 });
    expect(ListSessionsQuery.parse({ user_ids: "user_a", ...window }).kind).toBe("remote");
    expect(ActivityQuery.parse({ ...window })).toMatchObject({ limit: 100, include_api_access: false });
    expect(
      ActivityQuery.parse({ ...window, include_api_access: "true", types: "claude_chat_created,claude_file_uploaded" }),
    ).toMatchObject({ include_api_access: true, types: ["claude_chat_created", "claude_file_uploaded"] });
  });
});
