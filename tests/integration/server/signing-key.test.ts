import { generateKeyPairSync } from "node:crypto";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSigningKey } from "@/lib/server/signing/signing-key";

// Issue 10, signed checkpoints: the console's Ed25519 signing key, made once (0600) or read from configuration.

describe("the signing key", () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), "custody-key-"));
  });
  afterAll(async () => rm(tmp, { recursive: true, force: true }));

  it("is made once in the keys folder with mode 0600 and reused", async () => {
    const keysDir = path.join(tmp, "keys");
    const first = loadSigningKey({ keysDir });
    const file = path.join(keysDir, "signing-ed25519.pem");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const pem = readFileSync(file, "utf8");
    expect(loadSigningKey({ keysDir }).keyId).toBe(first.keyId);
    expect(readFileSync(file, "utf8")).toBe(pem);
    expect(first.keyId).toMatch(/^ed25519:[0-9a-f]{16}$/);
    // Nothing but the id and functions: the key object itself never serialises its private half.
    expect(JSON.stringify(first)).toBe(JSON.stringify({ keyId: first.keyId }));
  });

  it("is read from CUSTODY_SIGNING_KEY_FILE, and a file that is not an Ed25519 key is refused without its contents", async () => {
    const { privateKey } = generateKeyPairSync("ed25519");
    const pem = String(privateKey.export({ format: "pem", type: "pkcs8" }));
    const keyFile = path.join(tmp, "configured.pem");
    writeFileSync(keyFile, pem, { mode: 0o600 });
    const loaded = loadSigningKey({ keyFile, keysDir: path.join(tmp, "unused") });
    expect(existsSync(path.join(tmp, "unused"))).toBe(false);
    const bytes = Buffer.from("evidence");
    expect(loaded.verify(bytes, loaded.sign(bytes))).toBe(true);

    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({ format: "pem", type: "pkcs8" });
    writeFileSync(path.join(tmp, "rsa.pem"), rsa);
    expect(() => loadSigningKey({ keyFile: path.join(tmp, "rsa.pem"), keysDir: tmp })).toThrow(
      /^CUSTODY_SIGNING_KEY_FILE is not an Ed25519 private key$/,
    );
    writeFileSync(path.join(tmp, "junk.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    expect(() => loadSigningKey({ keyFile: path.join(tmp, "junk.pem"), keysDir: tmp })).toThrow(
      /^CUSTODY_SIGNING_KEY_FILE is not a PKCS#8 PEM private key$/,
    );
  });
});
