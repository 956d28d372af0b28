import { describe, expect, it } from "vitest";
import { activityFilterOf, parseActivitySelection, selectionParams } from "@/components/activity/activity-url";
import { parseInvestigateParams } from "@/lib/urls/investigate-url";
import { activityKeys, activityParams } from "@/lib/queries/activity";

const window = "from=2026-10-01T00:00:00.000Z&to=2026-11-01T00:00:00.000Z&preset=custom";
const filterOf = (search: string) => {
  const params = new URLSearchParams(search);
  return activityFilterOf(parseInvestigateParams(params, new Date("2026-11-15T00:00:00Z")), params);
};

describe("activity URL", () => {
  it("still reads a link from the old one-area <select>", () => {
    expect(parseActivitySelection(new URLSearchParams("area=claude_chat"))).toEqual({
      areas: ["claude_chat"],
      types: [],
    });
  });

  it("reads an old area id as the types it stood for, in today's areas", () => {
    // `sso` was its own area; its four types now sit in "Sign-in & authentication" with others.
    expect(parseActivitySelection(new URLSearchParams("area=sso,claude_file&types=claude_chat_created"))).toEqual({
      areas: ["claude_file"],
      types: [
        "claude_chat_created",
        "sso_login_failed",
        "sso_login_initiated",
        "sso_login_succeeded",
        "sso_second_factor_magic_link",
      ],
    });
  });

  it("reads several areas and types, dropping malformed names and repeats", () => {
    expect(
      parseActivitySelection(
        new URLSearchParams(
          "area=claude_file,claude_chat,claude_chat&types=sso_login_failed,Bad Name,claude_chat_created",
        ),
      ),
    ).toEqual({
      areas: ["claude_chat", "claude_file"],
      types: ["claude_chat_created", "sso_login_failed"],
    });
  });

  it("writes an empty selection as no parameters, so the URL drops them", () => {
    expect(selectionParams({ areas: [], types: [] })).toEqual({ area: null, types: null });
    expect(selectionParams({ areas: ["claude_chat"], types: ["a", "b"] })).toEqual({
      area: "claude_chat",
      types: "a,b",
    });
  });

  it("gives the same query key for the same view however the link orders its lists (server prefetch = browser)", () => {
    const a = filterOf(`${window}&types=b_type,a_type&area=sign_in,claude_chat&api=1&u=user_2,user_1`);
    const b = filterOf(`u=user_1,user_2&api=1&area=claude_chat,sign_in&types=a_type,b_type&${window}`);
    expect(activityKeys.list(a)).toEqual(activityKeys.list(b));
    expect(activityKeys.histogram(a)).toEqual(activityKeys.histogram(b));
    expect(activityParams(a)).toMatchObject({
      areas: ["claude_chat", "sign_in"],
      types: ["a_type", "b_type"],
      include_api_access: "true",
    });
  });
});
