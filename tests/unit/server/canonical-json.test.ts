import { describe, expect, it } from "vitest";
import { canonicalJson } from "@/lib/server/audit/canonical-json";

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it("gives the same text for equal values built in different orders", () => {
    const one = { targets: [{ type: "chat", id: "c1" }], actor: "u", details: { q: "x", n: 2 } };
    const two = { details: { n: 2, q: "x" }, actor: "u", targets: [{ id: "c1", type: "chat" }] };
    expect(canonicalJson(one)).toBe(canonicalJson(two));
  });

  it("keeps array order, escapes strings like JSON, and writes dates as ISO strings", () => {
    expect(canonicalJson(["b", "a"])).toBe('["b","a"]');
    expect(canonicalJson({ s: 'quote " and \n newline, é' })).toBe(JSON.stringify({ s: 'quote " and \n newline, é' }));
    expect(canonicalJson({ at: new Date("2026-03-04T05:06:07.089Z") })).toBe('{"at":"2026-03-04T05:06:07.089Z"}');
  });

  it("drops undefined members as JSON does, and refuses values JSON cannot carry", () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/non-finite/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/unsupported/);
    expect(() => canonicalJson({ big: BigInt(1) })).toThrow(/unsupported/);
  });
});
