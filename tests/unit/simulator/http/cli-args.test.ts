import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCliArgs, UsageError } from "@/lib/simulator/cli-args";

describe("simulator CLI flags", () => {
  it("has working defaults and parses every documented flag", () => {
    expect(parseCliArgs([])).toMatchObject({
      port: 4010,
      profile: "demo",
      seed: 42,
      rateLimit: 600,
      organizationsPaginated: true,
    });
    const opts = parseCliArgs([
      "--port",
      "0",
      "--profile",
      "large",
      "--seed",
      "7",
      "--rate-limit",
      "1000000",
      "--latency-ms",
      "5",
      "--jitter-ms",
      "2",
      "--fault-rate",
      "0.1",
      "--fault-no-retry-share",
      "0.5",
      "--throttle-rate",
      "0.2",
      "--truncate-rate",
      "0.3",
      "--orgs-unpaginated",
    ]);
    expect(opts).toMatchObject({
      port: 0,
      profile: "large",
      seed: 7,
      rateLimit: 1_000_000,
      latencyMs: 5,
      jitterMs: 2,
      faultRate: 0.1,
      faultNoRetryShare: 0.5,
      throttleRate: 0.2,
      truncateRate: 0.3,
      organizationsPaginated: false,
    });
  });

  it.each([
    [["--port", "abc"], /--port/],
    [["--profile", "huge"], /--profile/],
    [["--fault-rate", "1.5"], /--fault-rate/],
    [["--bogus"], /bogus/],
    [["--rate-limit", "0"], /--rate-limit/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });

  it("reads and validates a keys file", () => {
    const dir = mkdtempSync(join(tmpdir(), "sim-keys-"));
    const good = join(dir, "good.json");
    writeFileSync(
      good,
      JSON.stringify([{ key: "sk-ant-api01-x", type: "compliance_access_key", scopes: ["read:org_audit"] }]),
    );
    expect(parseCliArgs(["--keys", good]).keys).toEqual([
      { key: "sk-ant-api01-x", type: "compliance_access_key", scopes: ["read:org_audit"] },
    ]);
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify([{ key: "k", type: "owner", scopes: [] }]));
    expect(() => parseCliArgs(["--keys", bad])).toThrow(/--keys .*type/);
  });
});
