import "server-only";
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign as edSign,
  verify as edVerify,
  type KeyObject,
} from "node:crypto";
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { getServerConfig } from "@/lib/env";
import { stateDir } from "../state-dir";
import type { PublicSigningKey } from "@/lib/schemas/signing-key";

/**
 * The console's Ed25519 signing key: audit checkpoints now, evidence bundles later. The ONE module that reads the
 * private key's bytes (STYLE §4, like the API keys in lib/compliance/http.ts): the KeyObject stays in this closure,
 * and only signatures and the public half leave it. Nothing here logs, and no error message carries key material.
 */
export type SigningKey = {
  /** `ed25519:` + the first 16 hex digits of sha256(raw 32-byte public key). */
  readonly keyId: string;
  sign(bytes: Uint8Array): Buffer;
  verify(bytes: Uint8Array, signature: Uint8Array): boolean;
  publicKey(): PublicSigningKey;
};

export const GENERATED_KEY_FILE = "signing-ed25519.pem";

export class SigningKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SigningKeyError";
  }
}

/** Public half only: what a verifier outside the console holds. */
export function verifierFor(publicKey: PublicSigningKey): Pick<SigningKey, "keyId" | "verify"> {
  const key = createPublicKey({ key: publicKey.publicKeyPem, format: "pem" });
  return { keyId: publicKey.keyId, verify: (bytes, signature) => edVerify(null, bytes, key, signature) };
}

function fromPrivateKey(privateKey: KeyObject, source: string): SigningKey {
  if (privateKey.asymmetricKeyType !== "ed25519") {
    throw new SigningKeyError(`${source} is not an Ed25519 private key`);
  }
  const pub = createPublicKey(privateKey);
  const jwk = pub.export({ format: "jwk" });
  const raw = Buffer.from(String(jwk.x), "base64url");
  const keyId = `ed25519:${createHash("sha256").update(raw).digest("hex").slice(0, 16)}`;
  const dto: PublicSigningKey = {
    keyId,
    algorithm: "Ed25519",
    publicKeyPem: String(pub.export({ format: "pem", type: "spki" })),
    jwk: { kty: "OKP", crv: "Ed25519", x: String(jwk.x), kid: keyId, use: "sig", alg: "EdDSA" },
  };
  return Object.freeze({
    keyId,
    sign: (bytes: Uint8Array) => edSign(null, bytes, privateKey),
    verify: (bytes: Uint8Array, signature: Uint8Array) => edVerify(null, bytes, pub, signature),
    publicKey: () => ({ ...dto, jwk: { ...dto.jwk } }),
  });
}

function readKeyFile(file: string, source: string): SigningKey {
  let pem: Buffer;
  try {
    pem = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "read error";
    throw new SigningKeyError(`${source} could not be read (${code})`);
  }
  try {
    return fromPrivateKey(createPrivateKey({ key: pem, format: "pem" }), source);
  } catch (err) {
    if (err instanceof SigningKeyError) throw err;
    throw new SigningKeyError(`${source} is not a PKCS#8 PEM private key`);
  }
}

/**
 * Reads `<keysDir>/signing-ed25519.pem`, or makes it. Two processes starting at once must end up with ONE key: each
 * writes a complete temporary file (0600) and hard-links it to the final name, which fails for all but the first;
 * the losers read the winner's. A half-written key file can never be seen under the final name.
 */
function readOrCreate(keysDir: string): SigningKey {
  const file = path.join(keysDir, GENERATED_KEY_FILE);
  const source = `the signing key in ${keysDir}`;
  if (existsSync(file)) return readKeyFile(file, source);
  mkdirSync(keysDir, { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync("ed25519");
  const pem = String(privateKey.export({ format: "pem", type: "pkcs8" }));
  const tmp = path.join(keysDir, `.${GENERATED_KEY_FILE}.${process.pid}.${randomBytes(6).toString("hex")}`);
  const fd = openSync(tmp, "wx", 0o600);
  try {
    writeSync(fd, pem);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    chmodSync(tmp, 0o600);
    linkSync(tmp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  } finally {
    unlinkSync(tmp);
  }
  return readKeyFile(file, source);
}

export type SigningKeySource = { keyFile?: string; keysDir: string };

/** CUSTODY_SIGNING_KEY_FILE when set (multi-instance installs share one key), else the data folder's own key. */
export function loadSigningKey(source: SigningKeySource): SigningKey {
  if (source.keyFile) return readKeyFile(path.resolve(source.keyFile), "CUSTODY_SIGNING_KEY_FILE");
  return readOrCreate(source.keysDir);
}

const globalForKey = globalThis as typeof globalThis & { __custodySigningKey?: SigningKey };

/** The process's signing key, loaded (or made) on first use and kept for the life of the process. */
export function getSigningKey(): SigningKey {
  if (!globalForKey.__custodySigningKey) {
    const config = getServerConfig();
    globalForKey.__custodySigningKey = loadSigningKey({
      keyFile: config.signingKeyFile,
      keysDir: path.join(stateDir(config), "keys"),
    });
  }
  return globalForKey.__custodySigningKey;
}
