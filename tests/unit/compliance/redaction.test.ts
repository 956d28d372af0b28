import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { errorFromResponse } from "@/lib/compliance/error-body";
import { InsufficientScopeError } from "@/lib/compliance/errors";
import { redact, redactDeep, registerSecret } from "@/lib/compliance/redact";

const KEY = "sk-ant-api01-AbCdEf_0123456789-leaky-key-value";

describe("redact", () => {
  it("replaces any sk-ant token in text, however it is embedded", () => {
    const out = redact(`bad key ${KEY}, url=https://x/?k=${KEY}&z=1 "${KEY}"`);
    expect(out).not.toContain(KEY.slice(0, 20));
    expect(out).toContain("sk-ant-[REDACTED]");
  });

  it("scrubs registered secrets that don't look like Anthropic keys", () => {
    registerSecret("custom-secret-token-1234567890");
    expect(redact("token custom-secret-token-1234567890 here")).not.toContain("custom-secret");
  });

  it("walks nested values", () => {
    expect(JSON.stringify(redactDeep({ a: [{ b: KEY }], c: 1 }))).not.toContain(KEY.slice(0, 20));
  });

  it("is applied to error messages, bodies and stacks built from upstream responses", () => {
    const body = JSON.stringify({
      error: {
        type: "permission_error",
        message: `Missing required scopes for ${KEY}. Got: ['read:compliance_activities'] Needed: ['x']`,
      },
    });
    const error = errorFromResponse(403, new Headers(), body, { endpoint: "GET /v1/compliance/x", nowMs: 0 });
    expect(error).toBeInstanceOf(InsufficientScopeError);
    const everything = `${error.message}\n${JSON.stringify(error.body)}\n${error.stack}\n${JSON.stringify(error)}`;
    expect(everything).not.toContain(KEY.slice(0, 20));
  });

  it("parses the Needed: form of a delete 403", () => {
    const text = readFileSync(
      fileURLToPath(new URL("../../fixtures/compliance/error-403.json", import.meta.url)),
      "utf8",
    );
    const error = errorFromResponse(403, new Headers({ "request-id": "req_9" }), text, {
      endpoint: "DELETE x",
      nowMs: 0,
    });
    expect(error).toMatchObject({
      granted: ["read:compliance_activities"],
      needed: ["delete:compliance_user_data"],
      requestId: "req_9",
    });
  });
});
