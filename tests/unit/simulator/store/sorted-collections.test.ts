import { describe, expect, it } from "vitest";
import { normalisedIso } from "@/lib/simulator/store/directory-views";
import type { Rec, SimStore, SortedCollection } from "@/lib/simulator/store/types";
import { all, demoStore, landmark, str } from "./helpers";

type KeyOf = (r: Rec) => readonly [string, string];

/** Every adjacent pair strictly ascending, and sortKey(i) derived from at(i). */
function expectSorted(name: string, coll: SortedCollection | undefined, keyOf: KeyOf): void {
  if (!coll) throw new Error(`${name} is undefined`);
  let prev: readonly [string, string] | undefined;
  for (let i = 0; i < coll.size; i++) {
    const key = coll.sortKey(i);
    expect(key, `${name}[${i}]`).toEqual(keyOf(coll.at(i)));
    if (prev) expect(prev[0] < key[0] || (prev[0] === key[0] && prev[1] < key[1]), `${name} order at ${i}`).toBe(true);
    prev = key;
  }
}

const created: KeyOf = (r) => [normalisedIso(str(r, "created_at")), str(r, "id")];

function collections(s: SimStore): [string, SortedCollection | undefined, KeyOf][] {
  const out: [string, SortedCollection | undefined, KeyOf][] = [];
  for (const org of s.organizations()) {
    const uuid = String(org.uuid);
    out.push([`users ${uuid}`, s.users(uuid), created], [`roles ${uuid}`, s.roles(uuid), created]);
  }
  out.push(["groups", s.groups(), created]);
  for (const g of all(s.groups()))
    out.push([
      `members ${str(g, "id")}`,
      s.groupMembers(str(g, "id")),
      (r) => [str(r, "created_at"), str(r, "user_id")],
    ]);
  out.push(["activities", s.activities(), created], ["chatsByCreated", s.chatsByCreated(), created]);
  out.push(["chatsByUpdated", s.chatsByUpdated(), (r) => [str(r, "updated_at"), str(r, "id")]]);
  out.push(
    ["projects", s.projects(), created],
    ["localSessions", s.localSessions(), created],
    ["remoteSessions", s.remoteSessions(), created],
  );
  out.push(["codeArtifacts", s.codeArtifacts(), (r) => [str(r, "id"), str(r, "id")]]);
  return out;
}

describe("sorted collections", () => {
  const s = demoStore();

  it("sorts every top-level collection by its sort key, which matches the record", () => {
    for (const [name, coll, keyOf] of collections(s)) expectSorted(name, coll, keyOf);
  });

  it("sorts per-user chats, projects and remote sessions", () => {
    for (const org of s.organizations()) {
      for (const u of all(s.users(String(org.uuid)))) {
        expectSorted(`chatsOfUser ${str(u, "id")}`, s.chatsOfUser(str(u, "id")), created);
        expectSorted(`projectsOfUser ${str(u, "id")}`, s.projectsOfUser(str(u, "id")), created);
        expectSorted(`remoteSessionsOfUser ${str(u, "id")}`, s.remoteSessionsOfUser(str(u, "id")), created);
      }
    }
  });

  it("partitions chats between users exactly", () => {
    const byUser = s
      .organizations()
      .flatMap((o) => all(s.users(String(o.uuid))))
      .reduce((n, u) => n + s.chatsOfUser(str(u, "id")).size, 0);
    expect(byUser).toBe(s.chatsByCreated().size);
    expect(s.chatsOfUser("user_unknown").size).toBe(0);
  });

  it("sorts messages, attachments, collaborators and session messages", () => {
    for (const id of [
      landmark(s, "long_chat"),
      landmark(s, "tool_chat"),
      ...all(s.chatsByCreated())
        .slice(0, 40)
        .map((c) => str(c, "id")),
    ]) {
      expectSorted(`messages ${id}`, s.messages(id), created);
    }
    for (const p of all(s.projects())) {
      const id = str(p, "id");
      expectSorted(`attachments ${id}`, s.projectAttachments(id), created);
      const collaborators = s.projectCollaborators(id);
      expect(collaborators?.size).toBeGreaterThan(0);
      for (let i = 0; i < (collaborators?.size ?? 0); i++)
        expect(collaborators?.sortKey(i)[0]).toBe(collaborators?.at(i).granted_at);
    }
    for (const ls of all(s.localSessions()))
      expectSorted(`local ${str(ls, "id")}`, s.localSessionMessages(str(ls, "id")), created);
    for (const rs of all(s.remoteSessions())) {
      if (rs.status !== "pending")
        expectSorted(`remote ${str(rs, "id")}`, s.remoteSessionMessages(str(rs, "id")), created);
    }
  });
});
