import { describe, expect, it } from "vitest";
import { parseInvestigateParams, presetWindow, toInvestigateSearch } from "@/lib/urls/investigate-url";

const NOW = new Date("2026-11-25T12:00:30Z");

describe("investigate URL state", () => {
  it("round-trips custodians, window, preset and UTC so a link reproduces the view", () => {
    const state = {
      userIds: ["user_b", "user_a"],
      from: "2026-10-26T12:01:00.000Z",
      to: "2026-11-25T12:01:00.000Z",
      preset: "30d" as const,
      tz: "utc" as const,
    };
    const search = toInvestigateSearch(state);
    expect(search).toContain("u=user_b%2Cuser_a");
    expect(search).toContain("tz=utc");
    expect(parseInvestigateParams(new URLSearchParams(search), NOW)).toEqual(state);
  });

  it("defaults to the last 30 days in the viewer's zone when the window is missing or malformed", () => {
    const state = parseInvestigateParams(new URLSearchParams("from=yesterday&to=2026-01-01T00:00:00Z"), NOW);
    expect(state.preset).toBe("30d");
    expect(state.tz).toBe("local");
    expect(state).toMatchObject(presetWindow("30d", NOW));
  });

  it("honours a preset without times, ending now rounded up to the minute", () => {
    const state = parseInvestigateParams(new URLSearchParams("preset=24h"), NOW);
    expect(state.to).toBe("2026-11-25T12:01:00.000Z");
    expect(state.from).toBe("2026-11-24T12:01:00.000Z");
  });

  it("drops malformed ids, duplicates and anything past the 10-custodian limit", () => {
    const ids = ["user_1", "user_1", "../etc", ...Array.from({ length: 12 }, (_, i) => `user_x${i}`)].join(",");
    const state = parseInvestigateParams(new URLSearchParams({ u: ids }), NOW);
    expect(state.userIds).toHaveLength(10);
    expect(state.userIds[0]).toBe("user_1");
    expect(state.userIds).not.toContain("../etc");
  });

  it("rejects a window whose start is not before its end", () => {
    const state = parseInvestigateParams(
      new URLSearchParams("from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z&preset=custom"),
      NOW,
    );
    expect(state).toMatchObject(presetWindow("30d", NOW));
  });
});
