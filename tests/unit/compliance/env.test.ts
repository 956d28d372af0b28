import { describe, expect, it } from "vitest";
import { EnvError, parseServerEnv } from "@/lib/env";

describe("server env", () => {
  it("applies the documented defaults", () => {
    expect(parseServerEnv({})).toEqual({
      COMPLIANCE_API_BASE_URL: "http://127.0.0.1:4010",
      COMPLIANCE_ACCESS_KEY: undefined,
      COMPLIANCE_ADMIN_KEY: undefined,
      COMPLIANCE_RATE_LIMIT_RPM: 600,
      COMPLIANCE_MAX_CONCURRENCY: 8,
      COMPLIANCE_TIMEOUT_MS: 30_000,
      REDIS_URL: undefined,
    });
  });

  it("treats empty values as unset and coerces numbers", () => {
    const env = parseServerEnv({
      COMPLIANCE_ACCESS_KEY: "",
      COMPLIANCE_RATE_LIMIT_RPM: "120",
      COMPLIANCE_API_BASE_URL: "https://api.anthropic.com",
    });
    expect(env).toMatchObject({
      COMPLIANCE_ACCESS_KEY: undefined,
      COMPLIANCE_RATE_LIMIT_RPM: 120,
      COMPLIANCE_API_BASE_URL: "https://api.anthropic.com",
    });
  });

  it("names the bad variable without echoing values", () => {
    const secret = "sk-ant-api01-should-not-appear-in-messages";
    let message = "";
    try {
      parseServerEnv({
        COMPLIANCE_MAX_CONCURRENCY: "lots",
        COMPLIANCE_ACCESS_KEY: secret,
        COMPLIANCE_API_BASE_URL: "ftp://x",
      });
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/COMPLIANCE_MAX_CONCURRENCY/);
    expect(message).toMatch(/COMPLIANCE_API_BASE_URL/);
    expect(message).not.toContain(secret);
  });
});
