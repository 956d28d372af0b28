import { describe, expect, it } from "vitest";
import { createStore } from "@/lib/simulator/store/create-store";
import { all, demoStore, landmark, NOW } from "./helpers";

describe("determinism", () => {
  it("builds byte-identical records from the same options", () => {
    const [a, b] = [demoStore(7), demoStore(7)];
    expect(JSON.stringify(all(a.chatsByCreated()))).toBe(JSON.stringify(all(b.chatsByCreated())));
    expect(JSON.stringify(all(a.activities()))).toBe(JSON.stringify(all(b.activities())));
    expect(a.landmarks()).toEqual(b.landmarks());
    const chat = landmark(a, "tool_chat");
    expect(JSON.stringify(all(a.messages(chat)))).toBe(JSON.stringify(all(b.messages(chat))));
    const org = a.organizations()[0].uuid;
    expect(typeof org).toBe("string");
    expect(JSON.stringify(all(a.users(String(org))))).toBe(JSON.stringify(all(b.users(String(org)))));
  });

  it("answers at(i) the same whatever order records are asked for", () => {
    const s = demoStore(7);
    const forward = Array.from({ length: 50 }, (_, i) => JSON.stringify(s.chatsByCreated().at(i)));
    const fresh = demoStore(7);
    const backward = Array.from({ length: 50 }, (_, k) => JSON.stringify(fresh.chatsByCreated().at(49 - k))).reverse();
    expect(backward).toEqual(forward);
  });

  it("produces different data for a different seed", () => {
    const [a, b] = [demoStore(1), demoStore(2)];
    expect(a.organizations()[0].uuid).not.toBe(b.organizations()[0].uuid);
    expect(a.chatsByCreated().at(0).id).not.toBe(b.chatsByCreated().at(0).id);
    expect(a.chat(String(b.chatsByCreated().at(0).id))).toBeUndefined(); // ids never cross seeds
  });

  it("keeps every timestamp at or before now and within 90 days for chats", () => {
    const s = demoStore();
    const start = NOW.getTime() - 90 * 86_400_000;
    for (const c of all(s.chatsByCreated())) {
      const created = Date.parse(String(c.created_at));
      expect(created).toBeGreaterThanOrEqual(start);
      expect(Date.parse(String(c.updated_at))).toBeLessThanOrEqual(NOW.getTime());
      expect(String(c.created_at)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
    for (const a of all(s.activities())) expect(Date.parse(String(a.created_at))).toBeLessThanOrEqual(NOW.getTime());
  });

  it("defaults now to the current time truncated to the second", () => {
    const s = createStore({ profile: "demo", seed: 3 });
    expect(s.now.getTime() % 1000).toBe(0);
    expect(Math.abs(s.now.getTime() - Date.now())).toBeLessThan(60_000);
    expect(NOW.getTime() % 1000).toBe(0);
  });
});
