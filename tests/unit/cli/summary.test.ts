import { describe, expect, test } from "vitest";
import {
  countPlaywright,
  countVitest,
  formatSummaryLine,
  isSuccess,
  outcomeCounts,
  totalCounts,
} from "@/lib/cli/summary";

// Shapes copied from real `vitest run --reporter=json` and Playwright JSON reporter output (trimmed).
const vitestReport = {
  numTotalTestSuites: 3,
  numPassedTests: 1,
  numFailedTests: 1,
  numPendingTests: 2,
  numTodoTests: 1,
  success: false,
  testResults: [
    {
      name: "/repo/tests/unit/a.test.ts",
      status: "failed",
      message: "",
      assertionResults: [
        { status: "passed" },
        { status: "failed" },
        { status: "skipped" },
        { status: "todo" },
        { status: "skipped" },
      ],
    },
    {
      name: "/repo/tests/unit/b.test.ts",
      status: "failed",
      message: "Cannot find module './does-not-exist'",
      assertionResults: [],
    },
  ],
};

const playwrightReport = {
  config: {},
  suites: [],
  errors: [],
  stats: { startTime: "2026-11-25T21:00:14.833Z", duration: 3187, expected: 1, skipped: 1, unexpected: 1, flaky: 1 },
};

describe("countVitest", () => {
  test("counts a file that failed to load as a failure even though it has no tests", () => {
    expect(countVitest(vitestReport)).toEqual({ passed: 1, failed: 2, skipped: 3 });
  });

  test("a green run has no failures", () => {
    const green = {
      numPassedTests: 4,
      numFailedTests: 0,
      numPendingTests: 0,
      testResults: [{ name: "x", status: "passed", assertionResults: [{ status: "passed" }] }],
    };
    expect(countVitest(green)).toEqual({ passed: 4, failed: 0, skipped: 0 });
  });

  test("rejects something that is not a vitest report", () => {
    expect(() => countVitest({ stats: {} })).toThrow();
  });
});

describe("countPlaywright", () => {
  test("a flaky test counts as passed, unexpected as failed", () => {
    expect(countPlaywright(playwrightReport)).toEqual({ passed: 2, failed: 1, skipped: 1 });
  });

  test("a webServer that never started is a failure even with zero tests", () => {
    const report = {
      stats: { expected: 0, skipped: 0, unexpected: 0, flaky: 0 },
      errors: [{ message: "Error: Process from config.webServer was not able to start. Exit code: 3" }],
    };
    expect(countPlaywright(report)).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });
});

describe("runner outcomes", () => {
  test("a runner that crashed without a report adds one failure", () => {
    expect(outcomeCounts({ name: "playwright", exitCode: 1, counts: null })).toEqual({
      passed: 0,
      failed: 1,
      skipped: 0,
    });
  });

  test("a runner killed by a signal with no report still fails", () => {
    expect(outcomeCounts({ name: "vitest", exitCode: null, counts: null }).failed).toBe(1);
  });

  test("a non-zero exit with an all-green report adds one failure", () => {
    const counts = { passed: 5, failed: 0, skipped: 0 };
    expect(outcomeCounts({ name: "vitest", exitCode: 1, counts })).toEqual({ passed: 5, failed: 1, skipped: 0 });
  });

  test("a non-zero exit with reported failures is not double-counted", () => {
    const counts = { passed: 5, failed: 2, skipped: 0 };
    expect(outcomeCounts({ name: "vitest", exitCode: 1, counts }).failed).toBe(2);
  });

  test("totals add every runner plus extra failures such as missing required services", () => {
    const totals = totalCounts(
      [
        { name: "vitest", exitCode: 1, counts: countVitest(vitestReport) },
        { name: "playwright", exitCode: 1, counts: countPlaywright(playwrightReport) },
      ],
      1,
    );
    expect(totals).toEqual({ passed: 3, failed: 4, skipped: 4 });
    expect(isSuccess(totals)).toBe(false);
  });

  test("all green is a success", () => {
    const totals = totalCounts([{ name: "vitest", exitCode: 0, counts: { passed: 3, failed: 0, skipped: 0 } }]);
    expect(isSuccess(totals)).toBe(true);
  });
});

describe("formatSummaryLine", () => {
  test("omits skipped when there are none", () => {
    expect(formatSummaryLine({ passed: 12, failed: 0, skipped: 0 })).toBe("12 passed, 0 failed");
  });

  test("adds skipped when there are some", () => {
    expect(formatSummaryLine({ passed: 12, failed: 1, skipped: 3 })).toBe("12 passed, 1 failed, 3 skipped");
  });
});
