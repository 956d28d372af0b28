/**
 * Runs once when the server starts (Next's instrumentation hook). Installs the early refusals (TRACE, malformed
 * percent-encoding). Opens the database here, not on the first
 * request: PGlite's start, the migrations and (with CUSTODY_DEMO=1) hashing four demo passwords take seconds, and
 * the first person to sign in after a deploy should not wait for them. A failure is logged (redacted) and left to
 * the first request, which retries the open and answers with a clear error.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ getDbHandle }, { redact }, { installEarlyRefusals }] = await Promise.all([
    import("@/lib/server/db"),
    import("@/lib/server/http/redact"),
    import("@/lib/server/http/early-refusal"),
  ]);
  // Rolled-up audit windows (failed sign-ins, 429s) become entries even when no one writes or reads the trail.
  const { startRollupFlusher } = await import("@/lib/server/audit/rollup");
  startRollupFlusher(async () => (await getDbHandle()).db);
  // TRACE and malformed percent-encoding break inside Next before proxy.ts runs: answered with our envelope first.
  installEarlyRefusals();
  try {
    await getDbHandle();
  } catch (err) {
    console.error(
      `[db] could not open the database at start; the first request will retry: ${redact(err instanceof Error ? err.message : String(err))}`,
    );
  }
}
