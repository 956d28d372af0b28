import "server-only";
import { ERROR_KIND } from "../error-kind";

// Branded like lib/compliance/errors.ts: recognise them with isComplianceError, never `instanceof`.

/** The caller's deadline passed while it was still queued for the rate budget. */
export class BudgetTimeoutError extends Error {
  override readonly name = "BudgetTimeoutError";
  readonly [ERROR_KIND] = "budget_timeout";
  constructor(
    readonly budgetId: string,
    readonly deadlineMs: number,
  ) {
    super(`Timed out waiting for the upstream rate budget (deadline ${new Date(deadlineMs).toISOString()})`);
  }
}

/**
 * The shared budget's store (Redis) can't be reached. We refuse to send rather than fall back to
 * sending unthrottled: several processes doing that at once would blow the parent org's limit for
 * every other user of it.
 */
export class BudgetUnavailableError extends Error {
  override readonly name = "BudgetUnavailableError";
  readonly [ERROR_KIND] = "budget_unavailable";
  constructor(
    readonly budgetId: string,
    options?: { cause?: unknown },
  ) {
    super(
      `The shared upstream rate budget (Redis) is unreachable, so no request was sent: ${describeCause(options?.cause)}`,
      options,
    );
  }
}

/** The budget was closed while requests were still waiting for it. */
export class BudgetClosedError extends Error {
  override readonly name = "BudgetClosedError";
  readonly [ERROR_KIND] = "budget_closed";
  constructor(readonly budgetId: string) {
    super("The upstream rate budget was closed while a request was waiting for it");
  }
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  return cause === undefined ? "unknown error" : String(cause);
}
