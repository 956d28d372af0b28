import { createPrivateKey } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { DEMO_KEYS } from "../../lib/simulator/keys";
import { E2E_NEXTAUTH_SECRET, E2E_OIDC, RESULTS } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";

// Runs as the teardown project, after every other spec: it reads what they left behind.

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((rel) => path.join(dir, rel))
    .filter((file) => statSync(file).isFile());
}

const NEEDLES: { name: string; test: (text: string) => number }[] = [
  ...DEMO_KEYS.map((k) => ({ name: `demo key ${k.key.slice(0, 22)}…`, test: (t: string) => t.indexOf(k.key) })),
  { name: "an Anthropic API or admin key", test: (t: string) => t.search(/sk-ant-(api|admin)\d\d-/) },
  { name: "NEXTAUTH_SECRET", test: (t: string) => t.indexOf(E2E_NEXTAUTH_SECRET) },
  { name: "the OIDC client secret", test: (t: string) => t.indexOf(E2E_OIDC.clientSecret) },
  { name: "a password hash", test: (t: string) => t.search(/scrypt\$\d+\$\d+\$\d+\$/) },
];

/** The console's Ed25519 signing key, made by the e2e server in its data dir at start (issue 10, signed checkpoints). */
const SIGNING_KEY_FILE = path.join(RESULTS.dataDir, "keys", "signing-ed25519.pem");

/** Its private material in every form it could leak in: the PEM body (PKCS#8 DER, base64) and the raw 32-byte seed. */
function signingKeyNeedles(): { name: string; test: (text: string) => number }[] {
  const pem = readFileSync(SIGNING_KEY_FILE, "utf8");
  const body = pem.replace(/-----[A-Z ]+-----/g, "").replace(/\s+/g, "");
  const seed = Buffer.from(String(createPrivateKey(pem).export({ format: "jwk" }).d), "base64url");
  const forms: [string, string][] = [
    ["PEM body", body],
    ["seed (hex)", seed.toString("hex")],
    ["seed (base64)", seed.toString("base64")],
    ["seed (base64url, JWK d)", seed.toString("base64url")],
  ];
  return forms.map(([form, value]) => ({
    name: `the signing key's ${form}`,
    test: (t: string) => t.indexOf(value),
  }));
}

function scan(files: string[]): string[] {
  const hits: string[] = [];
  const needles = [...NEEDLES, ...signingKeyNeedles()];
  for (const file of files) {
    const text = readFileSync(file, "latin1");
    for (const needle of needles) {
      const at = needle.test(text);
      if (at >= 0) hits.push(`${file}: ${needle.name} at offset ${at}`);
    }
  }
  return hits;
}

test.describe("no secret reaches the browser or the logs", () => {
  test("the server made its signing key during the run and serves only the public half", async ({ request }) => {
    expect(existsSync(SIGNING_KEY_FILE), "made at start by instrumentation.ts").toBe(true);
    expect(statSync(SIGNING_KEY_FILE).mode & 0o777).toBe(0o600);
    const res = await request.get("/api/signing-key");
    expect(res.status()).toBe(200);
    const text = await res.text();
    const served = JSON.parse(text) as { keyId: string; jwk: { x: string } };
    const own = createPrivateKey(readFileSync(SIGNING_KEY_FILE, "utf8")).export({ format: "jwk" });
    expect(served.jwk.x, "the key served is the one in the data dir").toBe(own.x);
    const leaks = signingKeyNeedles().filter((n) => n.test(text) >= 0);
    expect(leaks.map((n) => n.name)).toEqual([]);
    expect(text).not.toContain("PRIVATE");
  });

  test("not in the built browser assets (.next/static)", () => {
    const files = filesUnder(".next/static");
    expect(files.length, "npm run build must have produced .next/static").toBeGreaterThan(10);
    expect(scan(files)).toEqual([]);
  });

  test("not in any HTML page or API error body served during the run", () => {
    const pages = filesUnder(RESULTS.pages);
    const errors = filesUnder(RESULTS.errorBodies);
    // A run that recorded nothing would prove nothing (a subset of specs may hit no API error, though).
    expect(pages.length, "HTML pages recorded by tests/e2e/support/fixtures.ts").toBeGreaterThan(0);
    test
      .info()
      .annotations.push({ type: "scanned", description: `${pages.length} pages, ${errors.length} error bodies` });
    expect(scan([...pages, ...errors])).toEqual([]);
  });

  test("not in the server's log", () => {
    expect(existsSync(RESULTS.serverLog), "next start output is teed to test-results/server.log").toBe(true);
    expect(readFileSync(RESULTS.serverLog, "utf8")).toMatch(/Ready|started|Local:/i);
    expect(scan([RESULTS.serverLog])).toEqual([]);
  });
});
