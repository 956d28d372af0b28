/**
 * Runs once when the server starts (Next's instrumentation hook). Installs the early refusals (TRACE, malformed
 * percent-encoding). Opens the database here, not on the first
 * request: PGlite's start, the migrations and (with CUSTODY_DEMO=1) hashing four demo passwords take seconds, and
 * the first person to sign in after a deploy should not wait for them. A failure is logged (redacted) and left to
 * the first request, which retries the open and answers with a clear error. Also starts the audit checkpoints.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ getDbHandle }, { redact }, { installEarlyRefusals }, { startProcessCheckpoints }] = await Promise.all([
    import("@/lib/server/db"),
    import("@/lib/server/http/redact"),
    import("@/lib/server/http/early-refusal"),
    import("@/lib/server/audit-checkpoints/process-checkpointer"),
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
  // The signing key is made (or read) now, not at the first checkpoint, so a bad CUSTODY_SIGNING_KEY_FILE shows at
  // start; the hourly checkpoint timer starts with it. Neither keeps the server from serving.
  try {
    startProcessCheckpoints();
  } catch (err) {
    console.error(
      `[audit] signing key unavailable; audit checkpoints are not written until it is: ${redact(err instanceof Error ? err.message : String(err))}`,
    );
  }
}
