import type { Page } from "@playwright/test";

const collected = new WeakMap<Page, string[]>();

/**
 * The page's Content-Security-Policy violations as the browser reports them (`securitypolicyviolation` events), in
 * every document the page loads from the first call on; later calls return the same list. The console is not
 * enough: a refused `eval` or `new Function` whose exception the script catches (zod's JIT probe, issue 10 §8)
 * fires the event and prints nothing.
 */
export async function collectCspViolations(page: Page): Promise<string[]> {
  const known = collected.get(page);
  if (known) return known;
  const violations: string[] = [];
  collected.set(page, violations);
  await page.exposeBinding("__reportCspViolation", ({ frame }, text: unknown) => {
    // A file opened from a data route (`/api/…/content`) runs under a sandbox that refuses everything on purpose.
    if (new URL(frame.url()).pathname.startsWith("/api/")) return;
    violations.push(`${frame.url()}: ${String(text)}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report: unknown = Reflect.get(window, "__reportCspViolation");
      if (typeof report !== "function") return;
      report(`${e.effectiveDirective} refused ${e.blockedURI || "(inline)"} from ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return violations;
}
