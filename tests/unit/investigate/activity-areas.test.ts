import { describe, expect, it } from "vitest";
import { ACTIVITY_TYPES, activityAreaLabel, activityAreaOf, groupActivityTypes } from "@/lib/schemas/investigate";

describe("activity areas", () => {
  it("groups by prefix, with claude_* split by product", () => {
    expect(activityAreaOf("claude_chat_created")).toBe("claude_chat");
    expect(activityAreaOf("claude_project_document_viewed")).toBe("claude_project");
    expect(activityAreaOf("sso_login_failed")).toBe("sso");
    expect(activityAreaOf("compliance_api_accessed")).toBe("compliance_api");
    expect(activityAreaOf("age_verified")).toBe("other");
    expect(activityAreaOf("claude_chat_brand_new_event")).toBe("claude_chat");
    expect(activityAreaOf("something_never_seen")).toBe("other");
    expect(activityAreaLabel("claude_chat")).toBe("Chats");
    expect(activityAreaLabel("tunnel")).toBe("Tunnel");
  });

  it("puts every known type in exactly one area, Other last", () => {
    const areas = groupActivityTypes();
    expect(areas.flatMap((a) => a.types).sort()).toEqual([...ACTIVITY_TYPES].sort());
    expect(ACTIVITY_TYPES).toHaveLength(483);
    expect(areas.at(-1)?.id).toBe("other");
  });
});
