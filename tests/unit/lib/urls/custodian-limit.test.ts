import { describe, expect, it } from "vitest";
import { groupNotice, noMatchNotice, planAdd, sameIds, singlePickNotice } from "@/lib/urls/custodian-limit";

const people = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `u${from + i}`);

describe("adding people to the custodians", () => {
  it("adds the new people in the order offered, up to the limit of 10, and counts who was left out", () => {
    const plan = planAdd(ids(0, 6), people(...ids(4, 16)));
    expect(plan.taken.map((p) => p.id)).toEqual(["u6", "u7", "u8", "u9"]);
    expect(plan.next).toEqual(ids(0, 10));
    expect(plan).toMatchObject({ offered: 12, alreadyPicked: 2, refused: 6 });
  });

  it("counts a person offered twice once", () => {
    const plan = planAdd([], people("a", "b", "a"));
    expect(plan.next).toEqual(["a", "b"]);
    expect(plan.offered).toBe(2);
  });

  it("adds no one when the query is already full", () => {
    const plan = planAdd(ids(0, 10), people("x", "y"));
    expect(plan.next).toEqual(ids(0, 10));
    expect(plan).toMatchObject({ taken: [], refused: 2 });
  });
});

describe("what the picker says after adding a group", () => {
  const say = (current: string[], offered: string[]) => groupNotice("Kingsguard", planAdd(current, people(...offered)));

  it("names how many of the group were added and how many were not, and why", () => {
    expect(say(ids(0, 6), ids(100, 112))).toEqual({
      text: "Added 4 of 12 members of Kingsguard; 8 not added: at most 10 custodians per query.",
      tone: "warning",
    });
  });

  it("counts the members already picked apart from those refused, so the numbers add up", () => {
    expect(say(ids(0, 6), [...ids(0, 2), ...ids(100, 110)]).text).toBe(
      "Added 4 of 12 members of Kingsguard (2 already picked); 6 not added: at most 10 custodians per query.",
    );
  });

  it("says so when everyone in the group is already picked", () => {
    expect(say(ids(0, 6), ids(2, 5))).toEqual({ text: "Everyone in Kingsguard is already picked.", tone: "info" });
  });

  it("says no one was added when no slot is free", () => {
    const notice = say(ids(0, 10), ids(100, 103));
    expect(notice.tone).toBe("warning");
    expect(notice.text).toBe(
      "No one from Kingsguard was added: at most 10 custodians per query, and 10 are picked. Remove someone to make room.",
    );
  });

  it("confirms a group that fitted, mentioning members that were already there", () => {
    expect(say([], ids(0, 6))).toEqual({ text: "Added all 6 members of Kingsguard.", tone: "info" });
    expect(say(["u0"], ids(0, 6)).text).toBe("Added 5 members of Kingsguard; 1 was already picked.");
    expect(say([], ["u0"]).text).toBe("Added the 1 member of Kingsguard.");
  });

  it("says when the group is empty", () => {
    expect(say([], []).text).toBe("Kingsguard has no members.");
  });
});

describe("what the picker says for a single pick or an Enter", () => {
  it("refuses the 11th custodian with the reason", () => {
    expect(singlePickNotice(planAdd(ids(0, 10), people("x")))?.text).toBe(
      "At most 10 custodians per query: the Compliance API refuses more. Remove someone to add another.",
    );
    expect(singlePickNotice(planAdd(ids(0, 9), people("x")))).toBeNull();
  });

  it("tells an empty search apart from one whose matches are all picked", () => {
    expect(noMatchNotice(" zzz ", 0).text).toBe("No one matches “zzz”.");
    expect(noMatchNotice("arya", 1).text).toBe("Everyone matching “arya” is already picked.");
  });
});

describe("sameIds", () => {
  it("compares who is picked, not the order", () => {
    expect(sameIds(["a", "b"], ["b", "a"])).toBe(true);
    expect(sameIds(["a"], ["a", "b"])).toBe(false);
    expect(sameIds(["a", "c"], ["a", "b"])).toBe(false);
  });
});
