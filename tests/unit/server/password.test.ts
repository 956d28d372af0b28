import { describe, expect, it } from "vitest";
import { generatePassword, hashPassword, verifyPassword } from "@/lib/server/auth/password";

// Cheap parameters keep the suite fast; the stored format carries them, so verify uses what was stored.
const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe("scrypt passwords", () => {
  it("verifies the right password and rejects a wrong one", async () => {
    const stored = await hashPassword("correct horse battery", FAST);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[\w-]+\$[\w-]{43}$/);
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batterY", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("salts every hash, and uses N=2^15 by default", async () => {
    const [a, b] = await Promise.all([hashPassword("same", FAST), hashPassword("same", FAST)]);
    expect(a).not.toBe(b);
    expect(await hashPassword("x")).toMatch(/^scrypt\$32768\$8\$1\$/);
  });

  it("treats Unicode-equivalent spellings as the same password", async () => {
    const stored = await hashPassword("caf\u00e9 au lait", FAST);
    expect(await verifyPassword("cafe\u0301 au lait", stored)).toBe(true);
  });

  it("refuses malformed or tampered hashes instead of throwing or burning memory", async () => {
    const stored = await hashPassword("pw", FAST);
    const parts = stored.split("$");
    expect(await verifyPassword("pw", "plain-text-password")).toBe(false);
    expect(await verifyPassword("pw", ["bcrypt", ...parts.slice(1)].join("$"))).toBe(false);
    expect(await verifyPassword("pw", [parts[0], String(2 ** 30), ...parts.slice(2)].join("$"))).toBe(false);
    expect(await verifyPassword("pw", [parts[0], "1000", ...parts.slice(2)].join("$"))).toBe(false);
    expect(await verifyPassword("pw", [...parts.slice(0, 5), "AAAA"].join("$"))).toBe(false);
  });

  it("generates 120-bit passwords", () => {
    const pw = generatePassword();
    expect(pw).toMatch(/^[\w-]{20}$/);
    expect(generatePassword()).not.toBe(pw);
  });
});
