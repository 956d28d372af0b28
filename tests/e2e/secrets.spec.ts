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

function scan(files: string[]): string[] {
  const hits: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, "latin1");
    for (const needle of NEEDLES) {
      const at = needle.test(text);
      if (at >= 0) hits.push(`${file}: ${needle.name} at offset ${at}`);
    }
  }
  return hits;
}

test.describe("no secret reaches the browser or the logs", () => {
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
