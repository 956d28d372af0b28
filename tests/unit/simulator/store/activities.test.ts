import { describe, expect, it } from "vitest";
import { all, demoStore, list, obj, str } from "./helpers";

describe("activity feed", () => {
  const s = demoStore();
  const feed = all(s.activities());

  it("has a claude_chat_created by the chat's user for every chat, with its project", () => {
    const created = new Map(
      feed.filter((a) => a.type === "claude_chat_created").map((a) => [str(a, "claude_chat_id"), a]),
    );
    for (const chat of all(s.chatsByCreated())) {
      const a = created.get(str(chat, "id"));
      expect(a, str(chat, "id")).toBeDefined();
      expect(obj(a ?? {}, "actor")).toMatchObject({ type: "user_actor", user_id: obj(chat, "user").id });
      expect(a?.created_at).toBe(chat.created_at);
      expect(a?.claude_project_id ?? null).toBe(chat.project_id);
      expect(a?.organization_uuid).toBe(chat.organization_uuid);
      expect(str(a ?? {}, "organization_id")).toMatch(/^org_/);
    }
  });

  it("has a claude_file_uploaded for every uploaded file and a claude_chat_deleted per soft-deleted chat", () => {
    const uploaded = new Set(
      feed.filter((a) => a.type === "claude_file_uploaded").map((a) => str(a, "claude_file_id")),
    );
    const chats = all(s.chatsByCreated());
    let files = 0;
    for (const chat of chats.filter((c) => c.deleted_at === null)) {
      for (const m of all(s.messages(str(chat, "id")))) {
        for (const f of Array.isArray(m.files) ? list(m, "files") : []) {
          files++;
          expect(uploaded.has(str(f, "id")), str(f, "filename")).toBe(true);
        }
      }
    }
    expect(files).toBeGreaterThan(50);
    const deleted = new Set(feed.filter((a) => a.type === "claude_chat_deleted").map((a) => str(a, "claude_chat_id")));
    for (const c of chats.filter((x) => x.deleted_at !== null)) expect(deleted.has(str(c, "id"))).toBe(true);
  });

  it("covers logins, admin and key events, API access, SCIM, and unknown actor and activity types", () => {
    const types = new Set(feed.map((a) => str(a, "type")));
    for (const t of [
      "sso_login_succeeded",
      "sso_login_initiated",
      "user_logged_out",
      "rbac_role_assigned",
      "org_user_invite_sent",
      "org_user_invite_accepted",
      "api_key_created",
      "admin_api_key_created",
      "compliance_api_accessed",
      "claude_project_created",
    ]) {
      expect(types.has(t), t).toBe(true);
    }
    const actorTypes = new Set(feed.map((a) => str(obj(a, "actor"), "type")));
    for (const t of [
      "user_actor",
      "unauthenticated_user_actor",
      "api_actor",
      "admin_api_key_actor",
      "scim_directory_sync_actor",
    ])
      expect(actorTypes.has(t), t).toBe(true);
    expect(actorTypes.has("raven_courier_actor")).toBe(true);
    expect(types.has("raven_message_dispatched")).toBe(true);
    for (const a of feed.filter((x) => x.type === "sso_login_succeeded" || x.type === "compliance_api_accessed")) {
      expect(a.organization_id).toBeNull();
      expect(a.organization_uuid).toBeNull();
    }
    const access = feed.find((a) => a.type === "compliance_api_accessed");
    expect(access).toMatchObject({
      request_method: expect.any(String),
      status_code: expect.any(Number),
      url: expect.any(String),
      request_id: expect.any(String),
    });
    expect(new Set(feed.map((a) => a.id)).size).toBe(feed.length);
  });

  it("appends activities after the generated history, in order, with fresh ids", () => {
    const t = demoStore(9);
    const before = t.activities().size;
    t.appendActivity({
      type: "compliance_api_accessed",
      organization_id: null,
      organization_uuid: null,
      actor: { type: "api_actor" },
    });
    t.appendActivity({
      id: "ignored",
      type: "compliance_api_accessed",
      organization_id: null,
      organization_uuid: null,
      actor: { type: "api_actor" },
    });
    const coll = t.activities();
    expect(coll.size).toBe(before + 2);
    const [a, b] = [coll.at(before), coll.at(before + 1)];
    expect(b.id).not.toBe("ignored");
    expect(str(a, "created_at") > str(coll.at(before - 1), "created_at")).toBe(true);
    const [ka, kb] = [coll.sortKey(before), coll.sortKey(before + 1)];
    expect(ka[0] < kb[0] || (ka[0] === kb[0] && ka[1] < kb[1])).toBe(true);
    expect(ka).toEqual([a.created_at, a.id]);
  });
});
