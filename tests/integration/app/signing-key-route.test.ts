import { createHash, createPrivateKey, createPublicKey, verify } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { PublicSigningKey } from "@/lib/schemas/signing-key";

// Issue 10, signed checkpoints: the console's public key at a stable URL, readable by anyone, never the private half.

vi.hoisted(() => {
  process.env.CUSTODY_DATA_DIR = "memory://signing-key-route";
  delete process.env.CUSTODY_SIGNING_KEY_FILE;
});

describe("GET /api/signing-key", () => {
  it("serves the public key (id, PEM, JWK) to a signed-out caller, and it verifies the console's signatures", async () => {
    const { GET } = await import("@/app/api/signing-key/route");
    const res = await GET(new Request("http://console.test/api/signing-key"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const text = await res.text();
    const body = PublicSigningKey.parse(JSON.parse(text));

    const raw = Buffer.from(body.jwk.x, "base64url");
    expect(body.keyId).toBe(`ed25519:${createHash("sha256").update(raw).digest("hex").slice(0, 16)}`);
    expect(body.jwk.kid).toBe(body.keyId);
    const fromPem = createPublicKey(body.publicKeyPem).export({ format: "jwk" });
    expect(fromPem.x).toBe(body.jwk.x);

    const { getSigningKey } = await import("@/lib/server/signing/signing-key");
    const bytes = Buffer.from("chain head");
    expect(verify(null, bytes, createPublicKey(body.publicKeyPem), getSigningKey().sign(bytes))).toBe(true);

    // The key was made in the process's own state folder, never in a `memory:` folder under the working directory.
    const { stateDir } = await import("@/lib/server/state-dir");
    const keyFile = path.join(stateDir(), "keys", "signing-ed25519.pem");
    expect(existsSync(keyFile)).toBe(true);
    expect(existsSync(path.join(process.cwd(), "memory:"))).toBe(false);
    const pem = readFileSync(keyFile, "utf8");
    const seed = Buffer.from(String(createPrivateKey(pem).export({ format: "jwk" }).d), "base64url");
    expect(text).not.toContain("PRIVATE");
    expect(text).not.toContain(pem.split("\n")[1]);
    for (const encoding of ["hex", "base64", "base64url"] as const) expect(text).not.toContain(seed.toString(encoding));
    expect(Object.keys(body.jwk).sort()).toEqual(["alg", "crv", "kid", "kty", "use", "x"]);
  });
});
