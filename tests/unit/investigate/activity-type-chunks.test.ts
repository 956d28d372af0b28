import { describe, expect, it } from "vitest";
import { ACTIVITY_TYPES } from "@/lib/schemas/investigate";
import { chunkTypes, MAX_TYPE_PARAM_CHARS, typeParamChars } from "@/lib/server/activity/type-chunks";

/** The query-string text the client builds for these types (QueryBuilder.list), with its joining `&`s. */
const encoded = (types: string[]) => {
  const q = new URLSearchParams();
  for (const t of types) q.append("activity_types[]", t);
  return q.toString();
};

describe("splitting a choice of types across upstream requests", () => {
  it("counts a type's characters as the client will send them", () => {
    expect(typeParamChars("claude_chat_created")).toBe(encoded(["claude_chat_created"]).length + 1);
  });

  it("keeps every request under the budget, in order, without losing a type", () => {
    const chunks = chunkTypes(ACTIVITY_TYPES);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flat()).toEqual([...ACTIVITY_TYPES]);
    for (const chunk of chunks) expect(encoded(chunk).length).toBeLessThanOrEqual(MAX_TYPE_PARAM_CHARS);
  });

  it("sends a short choice in one request", () => {
    expect(chunkTypes(["claude_chat_created", "claude_file_uploaded"])).toEqual([
      ["claude_chat_created", "claude_file_uploaded"],
    ]);
    expect(chunkTypes([])).toEqual([]);
  });
});
