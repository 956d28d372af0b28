import { describe, expect, it } from "vitest";
import { ACTIVITY_TYPES } from "@/lib/schemas/investigate";
import { compactSelection, expandSelection, KNOWN_AREAS } from "@/lib/schemas/investigate/activity-selection";

const chats = KNOWN_AREAS.find((a) => a.id === "claude_chat")?.types ?? [];

describe("activity type selection", () => {
  it("writes wholly chosen areas by id and the rest by name", () => {
    expect(compactSelection([...chats, "claude_file_uploaded", "sso_login_failed"])).toEqual({
      areas: ["claude_chat"],
      types: ["claude_file_uploaded", "sso_login_failed"],
    });
    expect(compactSelection(chats.slice(1))).toEqual({ areas: [], types: [...chats.slice(1)].sort() });
    expect(compactSelection(ACTIVITY_TYPES).areas).toHaveLength(KNOWN_AREAS.length);
    expect(compactSelection(ACTIVITY_TYPES).types).toEqual([]);
  });

  it("expands back to the same types, areas and single types merged without repeats", () => {
    const picked = [...chats, "claude_file_uploaded"];
    expect(expandSelection(compactSelection(picked))).toEqual([...picked].sort());
    expect(expandSelection({ areas: ["claude_chat"], types: ["claude_chat_created", "sso_login_failed"] })).toEqual(
      [...chats, "sso_login_failed"].sort(),
    );
    expect(expandSelection({ areas: ["no_such_area"], types: [] })).toEqual([]);
  });

  it("keeps a type outside the known areas as a single type", () => {
    expect(compactSelection(["claude_chat_brand_new_event"], KNOWN_AREAS)).toEqual({
      areas: [],
      types: ["claude_chat_brand_new_event"],
    });
  });
});
