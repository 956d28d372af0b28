import { z } from "zod";

/**
 * Turns the JSON reports of vitest and Playwright into one set of totals for `npm test`.
 * Pure (no I/O) so the arithmetic that decides the exit code is unit-tested.
 */

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export const ZERO: Counts = { passed: 0, failed: 0, skipped: 0 };

export function addCounts(a: Counts, b: Counts): Counts {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped };
}

// vitest's `--reporter=json` (jest-compatible shape). Only the fields we read; extra fields pass.
const VitestAssertion = z.object({ status: z.string() });
const VitestFile = z.object({
  name: z.string(),
  status: z.string(),
  message: z.string().optional(),
  assertionResults: z.array(VitestAssertion),
});
const VitestReport = z.object({
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numPendingTests: z.number(),
  numTodoTests: z.number().optional(),
  testResults: z.array(VitestFile),
});

/**
 * Counts per test. A file that failed without any failing test (an import error, a crash in a
 * hook) counts as one failure: otherwise a suite that never ran would look green.
 */
export function countVitest(json: unknown): Counts {
  const report = VitestReport.parse(json);
  let fileErrors = 0;
  for (const file of report.testResults) {
    const hasFailedTest = file.assertionResults.some((a) => a.status === "failed");
    if (file.status === "failed" && !hasFailedTest) fileErrors += 1;
  }
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + fileErrors,
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
  };
}

// Playwright's JSON reporter: `stats` plus top-level `errors` (webServer failure, global setup…).
const PlaywrightReport = z.object({
  stats: z.object({
    expected: z.number(),
    unexpected: z.number(),
    skipped: z.number(),
    flaky: z.number(),
  }),
  errors: z.array(z.unknown()).default([]),
});

/** A flaky test passed on retry, so it counts as passed; each top-level error counts as a failure. */
export function countPlaywright(json: unknown): Counts {
  const report = PlaywrightReport.parse(json);
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected + report.errors.length,
    skipped: report.stats.skipped,
  };
}

export interface RunnerOutcome {
  name: string;
  /** Process exit code; null when it was killed by a signal. */
  exitCode: number | null;
  /** Parsed counts, or null when no readable report was written. */
  counts: Counts | null;
}

/**
 * A runner's contribution to the totals. A runner that exited non-zero must show at least one
 * failure, even if its report has none (vitest's unhandled errors, a crash before any report).
 */
export function outcomeCounts(outcome: RunnerOutcome): Counts {
  const counts = outcome.counts ?? ZERO;
  const failedWithoutReason = outcome.exitCode !== 0 && counts.failed === 0;
  const missingReport = outcome.counts === null;
  return { ...counts, failed: counts.failed + (failedWithoutReason || missingReport ? 1 : 0) };
}

export function totalCounts(outcomes: RunnerOutcome[], extraFailures = 0): Counts {
  const sum = outcomes.map(outcomeCounts).reduce(addCounts, ZERO);
  return { ...sum, failed: sum.failed + extraFailures };
}

/** The exact last line of `npm test`: `N passed, N failed` plus `, N skipped` when any were skipped. */
export function formatSummaryLine(counts: Counts): string {
  const line = `${counts.passed} passed, ${counts.failed} failed`;
  return counts.skipped > 0 ? `${line}, ${counts.skipped} skipped` : line;
}

export function isSuccess(counts: Counts): boolean {
  return counts.failed === 0;
}
