import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listChatsRoute, transcriptRoute } from "@/lib/server/chats/routes";
import { KEYS, landmarkId, landmarkIds } from "@/tests/support/simulator";
import { errorOf, FIXED_NOW, simClient, startInvestigation, windowOf, type Investigation } from "./support/harness";

describe("upstream failures in our envelope", () => {
  let t: Investigation;
  beforeAll(async () => {
    t = await startInvestigation();
  });
  afterAll(async () => t?.close());

  const chatsUrl = () =>
    `/api/chats?${new URLSearchParams({ user_ids: landmarkIds(t.store, "demo_custodians")[0], ...windowOf(FIXED_NOW, 30) })}`;

  it("names the missing scope, never the key", async () => {
    const client = simClient(t.sim, { accessKey: KEYS.activitiesOnly });
    const res = await t.call(listChatsRoute, chatsUrl(), undefined, client);
    const text = await res.clone().text();
    const err = await errorOf(res);
    expect(err).toMatchObject({ status: 502, code: "upstream_unavailable" });
    expect(err.message).toMatch(/lacks scope .*read:compliance_user_data/);
    expect(text).not.toContain(KEYS.activitiesOnly);
    expect(text).not.toContain("sk-ant-");
  });

  it("reports a deactivated key as an upstream problem", async () => {
    const client = simClient(t.sim, { accessKey: KEYS.deactivated });
    const err = await errorOf(await t.call(listChatsRoute, chatsUrl(), undefined, client));
    expect(err).toMatchObject({
      status: 502,
      code: "upstream_unavailable",
      message: "The configured Compliance API key was rejected (invalid, deactivated or expired)",
    });
  });

  it("passes an exhausted upstream rate limit on as 429 with Retry-After", async () => {
    const tight = await startInvestigation({ rateLimit: 1 });
    try {
      const client = simClient(tight.sim, { maxRetries: 0 });
      const chatId = landmarkId(tight.store, "tool_chat");
      const call = () => tight.call(transcriptRoute, `/api/chats/${chatId}/messages`, { chatId }, client);
      expect((await call()).status).toBe(200);
      const res = await call();
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await errorOf(res)).code).toBe("rate_limited");
    } finally {
      await tight.close();
    }
  });
});
