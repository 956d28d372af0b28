import type { ComplianceClient } from "@/lib/compliance";

export interface HammerResult {
  /** HTTP requests actually sent (retries included). */
  sent: number;
  /** Calls that returned data / threw. */
  ok: number;
  failed: number;
  byStatus: Record<string, number>;
  firstError: string | null;
}

/** A fetch that counts what it sends and the statuses that come back, for HammerResult. */
export function countingFetch(result: HammerResult): typeof fetch {
  return async (input, init) => {
    result.sent++;
    const response = await fetch(input, init);
    result.byStatus[response.status] = (result.byStatus[response.status] ?? 0) + 1;
    return response;
  };
}

export const emptyResult = (): HammerResult => ({ sent: 0, ok: 0, failed: 0, byStatus: {}, firstError: null });

/**
 * `concurrency` loops calling a cheap endpoint (O1, list organizations) back to back for `durationMs`:
 * as fast as the client's rate budget lets them. Waiting for the budget is cut off at the end.
 */
export async function hammer(
  client: ComplianceClient,
  result: HammerResult,
  opts: { durationMs: number; concurrency: number },
): Promise<HammerResult> {
  const stopAt = Date.now() + opts.durationMs;
  const signal = AbortSignal.timeout(opts.durationMs);
  const loop = async () => {
    while (Date.now() < stopAt) {
      try {
        await client.organizations.list({}, { signal, maxRetries: 0 });
        result.ok++;
      } catch (error) {
        if (signal.aborted) return;
        result.failed++;
        result.firstError ??= error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, loop));
  return result;
}
